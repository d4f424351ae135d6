import PortraitCore

extension Renderer {
    /// The results list: a header of column titles, then one initiative per line (name, body, status,
    /// category, and the benefits on wide screens, each cut with … to its column), search matches
    /// highlighted, the cursor line reversed.
    /// When the list mixes editions, each name starts with its edition, dimmed. When it holds initiatives
    /// of the editions compared, each name starts with a mark: + new, ~ another status, − removed (the
    /// name column's title says so).
    static func drawResults(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let ui = state.interface
        let focused = state.focus == .results && state.input == nil
        let widths = layout.resultColumns
        let width = layout.size.columns
        let shown = state.selectionEditions
        let pair = state.markedEditions
        let (newer, older) = (pair.map { shown.contains($0.newer) } ?? false, pair.map { shown.contains($0.older) } ?? false)
        let marks = newer || older ? state.markTable() : nil
        // The name column's title explains the marks the list can hold.
        let nameTitle: UIString = marks == nil ? .columnName : newer && older ? .columnNameMarkedBoth : newer ? .columnNameMarked : .columnNameRemoved
        // Header.
        let headerStyle: Style = focused ? [.reverse, .bold] : [.bold, .underline]
        var header = StyledLine(focused ? "▸ " : "  ", headerStyle)
        let columns = ResultsColumn.all.prefix(widths.count)
        let titles: [UIString] = columns.map { $0.field == .name ? nameTitle : $0.title }
        for (index, title) in titles.enumerated() {
            if index > 0 { header.append(" ", headerStyle) }
            // The sorted column's arrow right after the column's name (before the marks' legend), kept
            // when the title is cut; none while the rows wait for their order (`sortPending`).
            let arrow = state.sortPending ? "" : SortIndicator.suffix(column: index, state.query)
            var text = title.text(ui)
            let name = UIString.columnName.text(ui)
            if !arrow.isEmpty && title == nameTitle && title != .columnName && text.hasPrefix(name) {
                text = name + arrow + text.dropFirst(name.count)
            } else if !arrow.isEmpty {
                text = StyledLine(text).truncated(to: max(widths[index] - DisplayWidth.of(arrow), 0)).text + arrow
            }
            header.append(StyledLine(text, headerStyle).fitted(to: widths[index], fill: headerStyle))
        }
        screen.draw(header.fitted(to: width, fill: headerStyle), row: layout.resultsHeaderRow, column: 0)
        // Lines.
        let rows = state.selection.rows
        guard !rows.isEmpty else {
            if layout.results.height > 0 {
                screen.draw(StyledLine("  " + UIString.noResults.text(ui), .dim).truncated(to: width), row: layout.results.row, column: 0)
            }
            return
        }
        let words = state.searchWords
        let store = state.store
        let offset = state.offset(.results)
        let editions = state.selectionEditions.count > 1 ? store.values(.edition).map { TerminalSafe.visible($0.raw) + " " } : nil
        for line in 0..<layout.results.height {
            let position = offset + line
            guard position < rows.count else { break }
            let row = rows[position]
            let isCursor = position == state.cursor(.results)
            let base: Style = isCursor && focused ? [.reverse] : []
            var text = StyledLine(isCursor ? (focused ? "▸ " : "› ") : "  ", isCursor ? base.union(.bold) : base)
            for (index, column) in columns.enumerated() {
                let cell = store.text(column.field, row: row, language: state.labels)
                if index > 0 { text.append(" ", base) }
                let safe = TerminalSafe.visible(cell)
                var styled = SearchMarks.line(safe, words: words, base: base)
                if index == 0 {
                    var tagged = StyledLine()
                    if marks != nil { tagged.append(BrowserState.mark(row, in: marks).glyph + " ", base.union([.bold, .accent])) }
                    if let editions { tagged.append(editions[store.code(.edition, row: row)], base.union(.dim)) }
                    tagged.append(styled)
                    styled = tagged
                }
                text.append(styled.fitted(to: widths[index], fill: base))
            }
            screen.draw(text.fitted(to: width, fill: base), row: layout.results.row + line, column: 0)
        }
    }
}
