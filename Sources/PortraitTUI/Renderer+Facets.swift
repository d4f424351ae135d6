import PortraitCore

extension Renderer {
    /// The three facet panes: a title (reversed when focused), then each value with its mark and its
    /// disjunctive count; selected values bold with [x], values at zero dimmed.
    static func drawFacetPanes(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let countWidth = String(state.store.count).count
        for (index, pane) in Pane.facetPanes.enumerated() {
            guard let facet = pane.facet, index < layout.facetPanes.count else { continue }
            let rect = layout.facetPanes[index]
            let width = max(rect.width - 1, 1)  // a blank column before the separator
            let focused = state.focus == pane && state.view == .list && state.input == nil
            let codes = state.values(in: pane)
            let offset = state.offset(pane)
            // Title row.
            var title = StyledLine(focused ? "▸ " : "  ", focused ? [.reverse, .bold] : [.bold, .accent])
            title.append(pane.title.text(state.interface), focused ? [.reverse, .bold] : [.bold, .accent])
            let selectedCount = state.query.selected[facet]?.count ?? 0
            var suffix = selectedCount > 0 ? " (\(selectedCount))" : ""
            if codes.count > layout.facetValueRows {
                let last = min(offset + layout.facetValueRows, codes.count)
                suffix += " " + UIString.moreValues.text(state.interface, ["first": String(offset + 1), "last": String(last),
                                                                            "n": String(codes.count)])
            }
            let titleStyle: Style = focused ? [.reverse] : [.dim]
            let suffixLine = StyledLine(suffix + " ", titleStyle)
            title = title.fitted(to: max(width - suffixLine.width, 0), fill: focused ? .reverse : .plain)
            title.append(suffixLine)
            screen.draw(title.truncated(to: width), row: rect.row, column: rect.column)
            // Values.
            let values = state.store.values(facet)
            let chosen = state.query.selected[facet] ?? []
            for line in 0..<layout.facetValueRows {
                let position = offset + line
                guard position < codes.count else { break }
                let code = codes[position]
                let isSelected = chosen.contains(code)
                let count = state.selection.count(facet, code)
                var style: Style = isSelected ? [.bold, .marked] : (count == 0 ? [.dim] : [])
                if focused && position == state.cursor(pane) { style.insert(.reverse) }
                var text = StyledLine(isSelected ? "[x] " : "[ ] ", style)
                let countText = String(count)
                let labelWidth = max(width - 4 - countWidth - 1, 1)
                text.append(StyledLine(TerminalSafe.visible(values[code].label(state.labels)), style).fitted(to: labelWidth, fill: style))
                text.append(" " + String(repeating: " ", count: max(countWidth - countText.count, 0)) + countText, style)
                screen.draw(text.truncated(to: width), row: rect.row + 1 + line, column: rect.column)
            }
        }
        // Separators between the panes.
        for rect in layout.facetPanes.dropLast() {
            for row in rect.row..<(rect.row + rect.height) {
                screen.put("│", row: row, column: rect.column + rect.width, style: .dim)
            }
        }
    }
}
