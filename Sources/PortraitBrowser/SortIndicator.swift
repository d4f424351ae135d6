import PortraitCore

/// The order of the results as a mark: ↑ ascending, ↓ descending, after the title of the column sorted
/// on and after the order's name on the status line.
enum SortIndicator {
    /// The sort key of each results column (`ResultsColumn.sortKey`).
    static let columnKeys: [SortKey?] = ResultsColumn.all.map(\.sortKey)

    /// The arrow of `query`'s direction.
    static func arrow(_ query: Query) -> String { query.descending ? "↓" : "↑" }

    /// " ↑" or " ↓" when the results are sorted on column `index`, else "".
    static func suffix(column index: Int, _ query: Query) -> String {
        guard columnKeys.indices.contains(index), let key = columnKeys[index], key == query.sort else { return "" }
        return " " + arrow(query)
    }

    /// The order's name for the status line, with its arrow (file order only when reversed).
    static func name(_ query: Query, _ language: Language) -> String {
        let label = query.sort.label.text(language)
        return query.sort == .fileOrder && !query.descending ? label : label + " " + arrow(query)
    }
}
