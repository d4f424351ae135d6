import PortraitCore

extension Renderer {
    /// The search line on top: what is searched (matches are what the list highlights), and the title.
    static func drawSearchLine(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let ui = state.interface
        let editing = state.input == .search
        var line = StyledLine(" " + UIString.searchLabel.text(ui), editing ? [.reverse, .bold] : [.bold, .accent])
        if state.query.search.isEmpty && !editing {
            line.append(UIString.searchPlaceholder.text(ui), .dim)
        } else {
            line.append(TerminalSafe.visible(state.query.search), .bold)
        }
        let width = layout.size.columns
        let source = TerminalSafe.visible(state.sourceName)
        let room = width - line.width - 3
        let titles = [UIString.appTitle.text(ui) + " · " + source + " ", source + " "].map { StyledLine($0, .dim) }
        if room >= 12, let title = titles.first(where: { $0.width <= room }) ?? titles.last {
            let shown = title.truncated(to: room)
            line = line.fitted(to: width - shown.width)
            line.append(shown)
        }
        screen.draw(line.truncated(to: width), row: layout.searchRow, column: 0)
    }

    /// Where the text cursor goes while typing a search.
    static func searchCursor(_ state: BrowserState, _ layout: Layout) -> (row: Int, column: Int)? {
        guard state.input == .search else { return nil }
        let text = " " + UIString.searchLabel.text(state.interface) + TerminalSafe.visible(state.query.search)
        return (layout.searchRow, min(DisplayWidth.of(text), layout.size.columns - 1))
    }

    /// The status line: "N / M initiatives", the active filters and search, the order and label language.
    static func drawStatusLine(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let ui = state.interface
        var parts = [UIString.countLine.text(ui, ["n": String(state.selection.rows.count), "total": String(state.store.count)])]
        var filters: [String] = []
        for pane in Pane.facetPanes {
            guard let facet = pane.facet, let chosen = state.query.selected[facet], !chosen.isEmpty else { continue }
            let values = state.store.values(facet)
            let names = state.values(in: pane).filter { chosen.contains($0) }.map { TerminalSafe.visible(values[$0].label(state.labels)) }
            filters.append(UIString.facetFilter.text(ui, ["facet": pane.title.text(ui), "values": names.joined(separator: ", ")]))
        }
        if !state.query.search.isEmpty {
            filters.append(UIString.searchFilter.text(ui, ["text": TerminalSafe.visible(state.query.search)]))
        }
        parts.append(filters.isEmpty ? UIString.noFilters.text(ui) : filters.joined(separator: " · "))
        var right = UIString.sortLine.text(ui, ["key": state.query.sort.label.text(ui)])
        right += " · " + UIString.labelsLine.text(ui, ["lang": state.labels.rawValue.uppercased()])
        let width = layout.size.columns
        let rightLine = StyledLine(" " + right + " ", .reverse)
        var line = StyledLine(" " + parts.joined(separator: " │ ") + " ", [.reverse, .bold])
        line = line.fitted(to: max(width - rightLine.width, 0), fill: .reverse)
        line.append(rightLine)
        screen.draw(line.truncated(to: width), row: layout.statusRow, column: 0)
    }

    /// The bottom line: the export prompt or question, else the last message, else the key hints.
    /// Returns where the text cursor goes when something is being typed there.
    static func drawBottomLine(_ state: BrowserState, _ layout: Layout, on screen: Screen) -> (row: Int, column: Int)? {
        let ui = state.interface
        let width = layout.size.columns
        switch state.input {
        case .exportPath(let path):
            var line = StyledLine(" " + UIString.exportPrompt.text(ui), [.bold, .reverse])
            line.append(" " + TerminalSafe.visible(path), .bold)
            let cursorColumn = min(line.width, width - 1)
            let hints = StyledLine("  " + UIString.exportPromptHints.text(ui), .dim)
            if line.width + hints.width < width { line.append(hints) }
            screen.draw(line.truncated(to: width), row: layout.hintRow, column: 0)
            return (layout.hintRow, cursorColumn)
        case .confirmReplace(let path):
            let line = StyledLine(" " + UIString.exportConfirm.text(ui, ["path": TerminalSafe.visible(path)]), [.bold, .reverse])
            screen.draw(line.truncated(to: width), row: layout.hintRow, column: 0)
            return (layout.hintRow, min(line.width, width - 1))
        case .search, nil:
            break
        }
        if let message = state.message {
            let style: Style = message.isError ? [.bold, .failure] : [.bold, .success]
            screen.draw(StyledLine(" " + message.text, style).truncated(to: width), row: layout.hintRow, column: 0)
            return nil
        }
        var line = StyledLine(" ")
        let scope: KeyScope = state.view == .detail ? .detail : .list
        for (index, hint) in KeyHelp.hints(for: scope, ui).enumerated() {
            if index > 0 { line.append("  ") }
            line.append(hint.keys, [.bold, .accent])
            line.append(" " + hint.text, .dim)
        }
        screen.draw(line.truncated(to: width), row: layout.hintRow, column: 0)
        return nil
    }
}
