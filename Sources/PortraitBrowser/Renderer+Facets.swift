import PortraitCore

extension Renderer {
    /// Panes of up to this many values tell each cut label apart from all the others; a larger pane (a
    /// million distinct benefits) from the others on the screen only, so that a frame costs the same
    /// whatever the number of values.
    static let wholePaneCutLimit = 10_000

    /// The facet panes: a title (reversed when focused), then each value with its mark and its
    /// disjunctive count; selected values bold with [x], values at zero dimmed.
    static func drawFacetPanes(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let countWidth = String(state.store.count).count
        for (index, pane) in state.facetPanes.enumerated() {
            guard index < layout.facetPanes.count else { continue }
            let rect = layout.facetPanes[index]
            let width = max(rect.width - 1, 1)  // a blank column before the separator
            let focused = state.focus == pane && state.view == .list && state.input == nil
            let codes = state.values(in: pane)
            let offset = state.offset(pane)
            let rows = layout.valueRows(ofPane: index)
            // Title row.
            var title = StyledLine(focused ? "▸ " : "  ", focused ? [.reverse, .bold] : [.bold, .accent])
            title.append(pane.title.text(state.interface), focused ? [.reverse, .bold] : [.bold, .accent])
            let chosen = state.paneSelection(pane)
            let selectedCount = chosen.count
            var suffix = selectedCount > 0 ? " (\(selectedCount))" : ""
            if codes.count > rows {
                let last = min(offset + rows, codes.count)
                suffix += " " + UIString.moreValues.text(state.interface, ["first": String(offset + 1), "last": String(last),
                                                                            "n": String(codes.count)])
            }
            let titleStyle: Style = focused ? [.reverse] : [.dim]
            let suffixLine = StyledLine(suffix + " ", titleStyle)
            title = title.fitted(to: max(width - suffixLine.width, 0), fill: focused ? .reverse : .plain)
            title.append(suffixLine)
            screen.draw(title.truncated(to: width), row: rect.row, column: rect.column)
            if pane == .change && state.changesPending && rows > 0 {
                // The changes are being made in the background: the pane fills when they arrive.
                let waiting = StyledLine(UIString.changesComputing.text(state.interface), .dim)
                screen.draw(waiting.truncated(to: width), row: rect.row + 1, column: rect.column)
                continue
            }
            // Values, cut so that different labels stay different: told apart from every other value of the
            // pane, or in a pane of more than `wholePaneCutLimit` values from the others on the screen.
            let labelWidth = max(Layout.facetLabelWidth(pane: rect.width, count: countWidth), 1)
            let considered = codes.count <= wholePaneCutLimit ? 0..<codes.count : min(offset, codes.count)..<min(offset + rows, codes.count)
            let labels = TextCut.labels(considered.map { TerminalSafe.visible(state.paneText(pane, codes[$0]) ?? "") }, width: labelWidth)
            for line in 0..<rows {
                let position = offset + line
                guard position < codes.count else { break }
                let code = codes[position]
                let isSelected = chosen.contains(code)
                let count = state.paneCount(pane, code)
                var style: Style = isSelected ? [.bold, .marked] : (count == 0 ? [.dim] : [])
                if focused && position == state.cursor(pane) { style.insert(.reverse) }
                var text = StyledLine(isSelected ? "[x] " : "[ ] ", style)
                let countText = String(count)
                text.append(StyledLine(labels[position - considered.lowerBound], style).fitted(to: labelWidth, fill: style))
                text.append(" " + String(repeating: " ", count: max(countWidth - countText.count, 0)) + countText, style)
                screen.draw(text.truncated(to: width), row: rect.row + 1 + line, column: rect.column)
            }
        }
        // Separators between the panes (not after those that end at the right edge).
        for rect in layout.facetPanes where rect.column + rect.width < layout.size.columns {
            for row in rect.row..<(rect.row + rect.height) {
                screen.put("│", row: row, column: rect.column + rect.width, style: .dim)
            }
        }
    }

    /// The whole label of the facet value under the cursor when its pane shows it cut, else nil.
    static func cutFacetLabel(_ state: BrowserState, _ layout: Layout) -> String? {
        guard state.view == .list, state.input == nil, !state.helpVisible, let index = state.facetPanes.firstIndex(of: state.focus),
              index < layout.facetPanes.count else { return nil }
        let codes = state.values(in: state.focus)
        let cursor = state.cursor(state.focus)
        guard codes.indices.contains(cursor) else { return nil }
        let label = TerminalSafe.visible(state.paneText(state.focus, codes[cursor]) ?? "")
        let labelWidth = Layout.facetLabelWidth(pane: layout.facetPanes[index].width, count: String(state.store.count).count)
        return DisplayWidth.of(label) > max(labelWidth, 1) ? label : nil
    }
}
