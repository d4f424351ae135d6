extension BrowserState {
    /// A click focuses the pane under it and acts on the line: a facet value is toggled, a result becomes
    /// the current one (a click on the current one opens it), the search line starts a search.
    mutating func click(row: Int, column: Int) {
        guard !helpVisible else {
            helpVisible = false
            return
        }
        let layout = self.layout
        guard !layout.isTooSmall, input == nil || input == .search else { return }
        if row == layout.searchRow {
            view = .list
            figures = nil
            input = .search
            return
        }
        guard view == .list else { return }
        if input == .search { input = nil }
        if let index = layout.facetPane(atRow: row, column: column) {
            let pane = facetPanes[index]
            focus = pane
            let line = row - layout.facetPanes[index].row - 1
            guard line >= 0, offset(pane) + line < lineCount(pane) else { return }
            paneCursors[cursor: pane] = offset(pane) + line
            update(.toggle)
        } else if row == layout.resultsHeaderRow {
            focus = .results
        } else if layout.results.contains(row: row, column: column) {
            let index = offset(.results) + row - layout.results.row
            guard index < selection.rows.count else { return }
            if focus == .results && cursor(.results) == index {
                update(.openDetail)
            } else {
                focus = .results
                paneCursors[cursor: Pane.results] = index
            }
        }
    }

    /// The wheel scrolls what is under the pointer: a facet pane, the results, the detail view or the help.
    mutating func wheel(_ delta: Int, row: Int, column: Int) {
        let layout = self.layout
        if helpVisible || view != .list {
            move(by: delta)
        } else if let index = layout.facetPane(atRow: row, column: column) {
            moveCursor(of: facetPanes[index], by: delta)
        } else if layout.results.contains(row: row, column: column) || row == layout.resultsHeaderRow {
            moveCursor(of: .results, by: delta)
        } else {
            move(by: delta)
        }
    }
}
