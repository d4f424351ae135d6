import PortraitText
import PortraitStore
import PortraitCompare

/// The cells of a selection as they are exported: a header and one row of texts per initiative.
public struct ExportTable: Sendable {
    /// Stable machine keys (JSON), one per column.
    public var keys: [String]
    /// Column titles for people (CSV, TSV, Markdown headers).
    public var titles: [String]
    public var rows: [[String]]

    /// The columns `ExportColumns` decides, then one row of texts per row of `rows`.
    public init(store: PortraitStore, rows: [Int], language: Language, edition: Bool? = nil, changes: EditionChanges? = nil) {
        self.init(store: store, rows: rows, columns: ExportColumns(store: store, language: language, edition: edition, changes: changes),
                  language: language)
    }

    /// `columns`' keys and titles, then their texts for each row of `rows`.
    public init(store: PortraitStore, rows: [Int], columns: ExportColumns, language: Language) {
        self.keys = columns.keys
        self.titles = columns.titles
        self.rows = rows.map { row in columns.kinds.indices.map { columns.text($0, row: row, store: store, language: language) } }
    }
}
