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

    /// The six fields, the edition (when `edition` says so; by default when several are loaded), the change
    /// between two editions (when `changes` are given), then the file's extra columns.
    public init(store: PortraitStore, rows: [Int], language: Language, edition: Bool? = nil, changes: EditionChanges? = nil) {
        var keys = Field.allCases.map(\.rawValue)
        var titles = Field.allCases.map { $0.title(language) }
        let withEdition = edition ?? (store.values(.edition).count > 1)
        if withEdition {
            keys.append("edition")
            titles.append(language == .fr ? "Édition" : "Edition")
        }
        if changes != nil {
            keys.append("change")
            titles.append(language == .fr ? "Changement" : "Change")
        }
        // Extra columns keep their titles; a key that clashes with a field's gets " (2)", " (3)", ….
        var taken = Set(keys)
        for title in store.extraTitles {
            var key = title
            var n = 2
            while taken.contains(key) {
                key = "\(title) (\(n))"
                n += 1
            }
            taken.insert(key)
            keys.append(key)
            titles.append(title)
        }
        self.keys = keys
        self.titles = titles
        self.rows = rows.map { row in
            var cells = Field.allCases.map { store.text($0, row: row, language: language) }
            if withEdition { cells.append(store.edition(row: row)) }
            if let changes { cells.append(changes.label(row: row, language: language)) }
            for index in store.extraTitles.indices { cells.append(store.extra(index, row: row)) }
            return cells
        }
    }
}
