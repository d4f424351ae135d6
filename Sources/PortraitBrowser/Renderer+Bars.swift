import PortraitCore

extension Renderer {
    /// The search line on top: what is searched (matches are what the list highlights), and the title.
    /// A search wider than the line scrolls sideways: its end, where the cursor is, stays visible.
    static func drawSearchLine(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let ui = state.interface
        let editing = state.input == .search
        var line = StyledLine(" " + UIString.searchLabel.text(ui), editing ? [.reverse, .bold] : [.bold, .accent])
        if state.query.search.isEmpty && !editing {
            line.append(UIString.searchPlaceholder.text(ui), .dim)
        } else {
            line.append(shownSearch(state, layout), .bold)
        }
        let width = layout.size.columns
        let source = TerminalSafe.visible(state.sourceName)
        let room = width - line.width - 3
        // The register's name only over the register's rows: another file is named by itself alone.
        let named = ProvenanceText.allRegister(state.provenance) ? [UIString.appTitle.text(ui) + " · " + source + " "] : []
        let titles = (named + [source + " "]).map { StyledLine($0, .dim) }
        if room >= 12, let title = titles.first(where: { $0.width <= room }) ?? titles.last {
            let shown = title.truncated(to: room)
            line = line.fitted(to: width - shown.width)
            line.append(shown)
        }
        screen.draw(line.truncated(to: width), row: layout.searchRow, column: 0)
    }

    /// The search text as the line shows it: whole, or its end after … when it is too wide, leaving a
    /// cell for the cursor after it.
    static func shownSearch(_ state: BrowserState, _ layout: Layout) -> String {
        let label = DisplayWidth.of(" " + UIString.searchLabel.text(state.interface))
        return TextCut.tail(TerminalSafe.visible(state.query.search), width: layout.size.columns - label - 1)
    }

    /// Where the text cursor goes while typing a search: after the text shown.
    static func searchCursor(_ state: BrowserState, _ layout: Layout) -> (row: Int, column: Int)? {
        guard state.input == .search else { return nil }
        let text = " " + UIString.searchLabel.text(state.interface) + shownSearch(state, layout)
        return (layout.searchRow, min(DisplayWidth.of(text), layout.size.columns - 1))
    }

    /// The status line: "N / M initiatives" (M: in the editions chosen, named when there are several) and
    /// the active filters and search on the left, the order and label language on the right. When space runs short the right part is shortened, then dropped,
    /// before the filters are cut.
    static func drawStatusLine(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let ui = state.interface
        var parts = [UIString.countLine.text(ui, ["n": String(state.selection.rows.count), "total": String(state.editionScopeTotal)])]
        if state.hasEditions { parts.append(editionScope(state)) }
        var filters: [String] = []
        // The panes' selections, whether the first pane shows them now or not (`v`).
        for pane in Pane.firstPaneFacets + [.benefit, .change] + Pane.ownPanes {
            let chosen = state.paneSelection(pane)
            guard !chosen.isEmpty else { continue }
            let ordered = pane == .benefit ? chosen.sorted() : state.values(in: pane).filter { chosen.contains($0) }
            let names = ordered.compactMap { state.paneText(pane, $0).map { TerminalSafe.visible($0) } }
            filters.append(UIString.facetFilter.text(ui, ["facet": pane.title.text(ui), "values": names.joined(separator: ", ")]))
        }
        if !state.query.search.isEmpty {
            filters.append(UIString.searchFilter.text(ui, ["text": TerminalSafe.visible(state.query.search)]))
        }
        parts.append(filters.isEmpty ? UIString.noFilters.text(ui) : filters.joined(separator: " · "))
        let sort = state.sortText
        let labels = UIString.labelsLine.text(ui, ["lang": state.labels.rawValue.uppercased()])
        let width = layout.size.columns
        var line = StyledLine(" " + parts.joined(separator: " │ ") + " ", [.reverse, .bold])
        let rights = [" " + sort + " · " + labels + " ", " " + sort + " "].map { StyledLine($0, .reverse) }
        let right = rights.first { line.width + $0.width <= width } ?? StyledLine()
        line = line.fitted(to: max(width - right.width, 0), fill: .reverse)
        line.append(right)
        screen.draw(line.truncated(to: width), row: layout.statusRow, column: 0)
    }

    /// The editions the status line's count is about: "édition 2025", or "éditions 2024 + 2025" (all
    /// of them when none is selected), oldest first.
    static func editionScope(_ state: BrowserState) -> String {
        let chosen = state.query.selected[.edition] ?? []
        let values = state.store.values(.edition)
        let codes = state.values(in: .facet(.edition)).reversed().filter { chosen.isEmpty || chosen.contains($0) }
        let names = codes.map { TerminalSafe.visible(values[$0].raw) }
        let form: UIString = names.count == 1 ? .editionScopeOne : .editionScopeSeveral
        return form.text(state.interface, ["editions": names.joined(separator: " + ")])
    }

    /// The bottom line: the export prompt or question, else the last message, else the key hints of the
    /// current scope (after the whole label of the facet value under the cursor, when its pane cuts it).
    /// Returns where the text cursor goes when something is being typed there.
    static func drawBottomLine(_ state: BrowserState, _ layout: Layout, on screen: Screen) -> (row: Int, column: Int)? {
        let ui = state.interface
        let width = layout.size.columns
        switch state.input {
        case .exportPath(let path):
            var line = StyledLine(" " + UIString.exportPrompt.text(ui), [.bold, .reverse])
            line.append(" " + TextCut.tail(TerminalSafe.visible(path), width: width - line.width - 2), .bold)
            let cursorColumn = min(line.width, width - 1)
            if state.exportBOM && ExportFormat(fileName: path) == .csv {
                line.append("  " + UIString.exportWithBOM.text(ui), .accent)
            }
            if let message = state.message, message.isError {
                // Why the name was refused, next to it while it is corrected.
                line.append("  " + message.text, [.bold, .failure])
            } else {
                line.append(hintLine(KeyHelp.hints(for: .export, ui), leading: "  ", width: width - 1 - line.width))
            }
            screen.draw(line.truncated(to: width), row: layout.hintRow, column: 0)
            return (layout.hintRow, cursorColumn)
        case .confirmReplace(let path):
            let line = StyledLine(" " + UIString.exportConfirm.text(ui, ["path": TerminalSafe.visible(path)]), [.bold, .reverse])
            screen.draw(line.truncated(to: width), row: layout.hintRow, column: 0)
            return (layout.hintRow, min(line.width, width - 1))
        case .confirmEmptyExport:
            let line = StyledLine(" " + UIString.exportConfirmEmpty.text(ui), [.bold, .reverse])
            screen.draw(line.truncated(to: width), row: layout.hintRow, column: 0)
            return (layout.hintRow, min(line.width, width - 1))
        case .search, nil:
            break
        }
        if let message = state.message {
            let style: Style = message.isError ? [.bold, .failure] : [.bold, .success]
            var line = StyledLine(" " + message.text, style)
            if message.withFirstHints {
                // The notice, then the first screen's hints; when both do not fit, the hints first and the
                // notice after them, cut.
                let hints = hintLine(KeyHelp.hints(for: state.scope, ui, focus: state.focus, editions: state.hasEditions,
                                                   named: KeyHelp.firstScreenHints), leading: "  ", width: width)
                if line.width + hints.width <= width {
                    line.append(hints)
                } else {
                    line = hintLine(KeyHelp.hints(for: state.scope, ui, focus: state.focus, editions: state.hasEditions,
                                                  named: KeyHelp.firstScreenHints), leading: " ", width: width)
                    line.append(StyledLine("  " + message.text, style))
                }
            }
            screen.draw(line.truncated(to: width), row: layout.hintRow, column: 0)
            return nil
        }
        var line = StyledLine(" ")
        if let label = cutFacetLabel(state, layout) {
            line.append(label, .bold)
            line.append("  ")
        }
        line.append(hintLine(KeyHelp.hints(for: state.scope, ui, focus: state.focus, editions: state.hasEditions), leading: "",
                             width: width - line.width))
        screen.draw(line.truncated(to: width), row: layout.hintRow, column: 0)
        return nil
    }

    /// Key hints as "keys text" pairs two spaces apart, after `leading`: as many whole hints as fit in
    /// `width` cells (none cut in the middle; an empty line when not even one fits).
    private static func hintLine(_ hints: [(keys: String, text: String)], leading: String, width: Int) -> StyledLine {
        var line = StyledLine(leading, .dim)
        for (index, hint) in hints.enumerated() {
            var piece = StyledLine(index > 0 ? "  " : "")
            piece.append(hint.keys, [.bold, .accent])
            piece.append(" " + hint.text, .dim)
            guard line.width + piece.width <= width else { break }
            line.append(piece)
        }
        return line.width > DisplayWidth.of(leading) ? line : StyledLine()
    }
}
