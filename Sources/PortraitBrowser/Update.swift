import PortraitCore

extension BrowserState {
    /// Applies `command`: the browser's only way to change. Never waits for anything: returns what it asks
    /// the outside world to do, in order (carried out by `BrowserSession`), whose outcomes come back later
    /// as messages.
    @discardableResult
    public mutating func apply(_ command: Command) -> [Effect] {
        requested = []
        update(command)
        askForMissingMarks()
        askForSorting()
        defer { requested = [] }
        return requested
    }

    /// What `command` changes in the state (the effects it asks for go to `requested`).
    mutating func update(_ command: Command) {
        if case .resize(let newSize) = command {
            size = newSize
            normalise()
            return
        }
        switch command {
        case .ignore, .marksReady, .sortingReady: break  // a message from the background leaves the status line as it is
        default:
            message = nil
            commandLine = nil
        }
        switch command {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -pageSize)
        case .pageDown: move(by: pageSize)
        case .home: move(by: -Int.max / 2)
        case .end: move(by: Int.max / 2)
        case .nextPane: focusPane(by: 1)
        case .previousPane: focusPane(by: -1)
        case .toggle: toggleFocusedValue()
        case .clearFacet:
            if let facet = focus.facet { changeQuery { $0.selected[facet] = nil } }
            if focus == .benefit { changeQuery { $0.benefits = [] } }
            if focus == .change { changeQuery { $0.selectedClasses = [] } }
        case .clearAll:
            // The editions chosen stay: they say which portrait is looked at, not what is filtered in it;
            // so do the order and what the answer counts.
            changeQuery {
                $0.selected = $0.selected.filter { $0.key == .edition }
                $0.benefits = []
                $0.selectedClasses = []
                $0.search = ""
            }
        case .cycleSort: cycleSort()
        case .reverseSort: reverseSort()
        case .startSearch:
            // A new search: the kept one is replaced as soon as the line opens.
            view = .list
            changeQuery { $0.search = "" }
            input = .search
        case .clearSearch: changeQuery { $0.search = "" }
        case .switchLabels:
            labels = labels == .fr ? .en : .fr
            metrics = measure()
            refresh(keepCursor: true)
        case .cycleFirstPane: cycleFirstPane()
        case .focusResults: focus = .results
        case .openDetail where focus != .results:
            // Enter in a facet pane toggles its value, as Space does.
            toggleFocusedValue()
        case .openDetail:
            if currentRow != nil {
                view = .detail
                detailScroll = 0
            }
        case .back:
            view = .list
            figures = nil
        case .previousItem: step(by: -1)
        case .nextItem: step(by: 1)
        case .openChart: openFigures(.chart)
        case .openComparison: openFigures(.comparison)
        case .help:
            helpVisible = true
            helpScroll = 0
        case .closeHelp:
            helpVisible = false
        case .export:
            // An empty list is exported only when the person says so (a file of the header alone).
            input = selection.rows.isEmpty ? .confirmEmptyExport : .exportPath(defaultExportName)
        case .showQueryCommand: showQueryCommand()
        case .quit:
            finished = true
        case .insert, .deleteBackward, .clearInput, .accept, .cancel, .answerYes, .answerNo, .cycleExportFormat:
            edit(command)
        case .click(let row, let column): click(row: row, column: column)
        case .wheel(let delta, let row, let column): wheel(delta, row: row, column: column)
        case .exportFinished(let outcome): finishExport(outcome)
        case .marksReady(let ready): takeMarks(ready)
        case .sortingReady: takeSorting()
        case .resize, .ignore:
            break
        }
        normalise()
    }

    /// Moves the focus `delta` panes along `panes`, going round.
    private mutating func focusPane(by delta: Int) {
        let order = panes
        let position = order.firstIndex(of: focus) ?? 0
        focus = order[(position + delta + order.count) % order.count]
    }

    /// Changes the query, then answers it again; the results cursor goes back to the top.
    mutating func changeQuery(_ change: (inout Query) -> Void) {
        var changed = query
        change(&changed)
        guard changed != query else { return }
        query = changed
        refresh(keepCursor: false)
    }

    /// Answers the query again (in file order while the sort positions it needs are not ready:
    /// `answerableQuery`). The results cursor stays on its line when `keepCursor`, else goes to the top.
    mutating func refresh(keepCursor: Bool) {
        selection = store.select(answerableQuery(), language: labels)
        if !keepCursor {
            paneCursors[cursor: Pane.results] = 0
            paneCursors[offset: Pane.results] = 0
        }
        orderPanes()
        if selection.rows.isEmpty && view == .detail { view = .list }
    }

    /// The facet panes' values for the new answer: those at 0 after the others (`ValueOrder.countedFirst`
    /// over each pane's stable order), each pane's cursor kept on the value it was on.
    mutating func orderPanes() {
        for facet in Pane.valueFacets {
            guard let stable = facetOrder[facet] else { continue }
            let pane = Pane.facet(facet)
            let was = values(in: pane).indices.contains(cursor(pane)) ? values(in: pane)[cursor(pane)] : nil
            shownOrder[facet] = ValueOrder.countedFirst(stable) { selection.count(facet, $0) }
            if let was { keepCursor(pane, on: was) }
        }
        if !benefitOrder.isEmpty {
            let was = shownBenefits.indices.contains(cursor(.benefit)) ? shownBenefits[cursor(.benefit)] : nil
            shownBenefits = ValueOrder.countedFirst(benefitOrder) { paneCount(.benefit, $0) }
            if let was { keepCursor(.benefit, on: was) }
        }
    }

    /// Puts `pane`'s cursor on the line of `code`, scrolled into view.
    private mutating func keepCursor(_ pane: Pane, on code: Int) {
        guard let line = values(in: pane).firstIndex(of: code), line != cursor(pane) else { return }
        paneCursors[cursor: pane] = line
        let rows = max(layout.valueRows(ofPane: facetPanes.firstIndex(of: pane) ?? 0), 1)
        if line < paneCursors[offset: pane] || line >= paneCursors[offset: pane] + rows {
            paneCursors[offset: pane] = max(0, line - rows / 2)
        }
    }

    /// Opens the chart or the comparison of the selection (the key of the open one closes it). The counts
    /// are computed here, once; without two editions the comparison says what it needs instead.
    private mutating func openFigures(_ target: BrowserView) {
        if view == target {
            view = .list
            figures = nil
            return
        }
        let computed = target == .chart ? Figures.chart(self) : Figures.comparison(self)
        guard let computed else {
            message = StatusMessage(UIString.comparisonNeedsEditions.text(interface), isError: true)
            return
        }
        figures = computed
        view = target
        figuresScroll = 0
    }

    private mutating func toggleFocusedValue() {
        let codes = values(in: focus)
        let line = cursor(focus)
        guard codes.indices.contains(line) else { return }
        if focus == .benefit {
            let code = codes[line]
            changeQuery { if $0.benefits.contains(code) { $0.benefits.remove(code) } else { $0.benefits.insert(code) } }
            return
        }
        if focus == .change { return toggleChange(codes[line]) }
        guard let facet = focus.facet else { return }
        changeQuery { $0.toggle(facet, codes[line]) }
    }

    private mutating func cycleSort() {
        let keys = SortKey.allCases
        let position = keys.firstIndex(of: query.sort) ?? 0
        let next = keys[(position + 1) % keys.count]
        keepingCurrentRow {
            $0.query.sort = next
            $0.refresh(keepCursor: true)
        }
        message = StatusMessage(sortText)
    }

    /// `S`: the same order the other way; the cursor stays on its initiative.
    private mutating func reverseSort() {
        keepingCurrentRow {
            $0.query.descending.toggle()
            $0.refresh(keepCursor: true)
        }
        message = StatusMessage(sortText)
    }

    /// In the detail view: the previous or next initiative of the results.
    private mutating func step(by delta: Int) {
        let index = cursor(.results) + delta
        guard selection.rows.indices.contains(index) else { return }
        paneCursors[cursor: Pane.results] = index
        detailScroll = 0
    }
}

extension SortKey {
    /// The name of the order in the status line.
    var label: any LocalizedTemplate {
        switch self {
        case .fileOrder: return UIString.sortFile
        case .name: return UIString.sortName
        case .facet(let facet): return facet.descriptor.sorting?.label ?? facet.descriptor.paneTitle
        }
    }
}
