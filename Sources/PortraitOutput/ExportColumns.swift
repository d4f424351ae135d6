import PortraitText
import PortraitStore
import PortraitCompare

/// The columns of an export, decided once for every format and every writer (`ExportTable`, the
/// store writer of `SelectionWriter`, the rows of the HTML report): the fields, the edition (when
/// `edition` says so; by default when the store holds several), the change between two editions (when
/// `changes` are given), then the file's extra columns.
public struct ExportColumns: Sendable {
    /// What one column holds.
    public enum Kind: Sendable {
        case field(Field)
        case edition
        case change(EditionChanges)
        case extra(Int)
    }

    public let kinds: [Kind]
    /// Stable machine keys (JSON), one per column.
    public let keys: [String]
    /// Column titles for people (CSV, TSV, Markdown and HTML headers).
    public let titles: [String]

    public init(store: PortraitStore, language: Language, edition: Bool? = nil, changes: EditionChanges? = nil) {
        var kinds = Field.allCases.map { Kind.field($0) }
        var keys = Field.allCases.map(\.rawValue)
        var titles = Field.allCases.map { $0.title(language) }
        if edition ?? (store.values(.edition).count > 1) {
            kinds.append(.edition)
            keys.append("edition")
            titles.append(language == .fr ? "Édition" : "Edition")
        }
        if let changes {
            kinds.append(.change(changes))
            keys.append("change")
            titles.append(language == .fr ? "Changement" : "Change")
        }
        // Extra columns keep their titles; a key that clashes with a field's gets " (2)", " (3)", ….
        var taken = Set(keys)
        for (index, title) in store.extraTitles.enumerated() {
            var key = title
            var n = 2
            while taken.contains(key) {
                key = "\(title) (\(n))"
                n += 1
            }
            taken.insert(key)
            kinds.append(.extra(index))
            keys.append(key)
            titles.append(title)
        }
        self.kinds = kinds
        self.keys = keys
        self.titles = titles
    }

    /// The text of column `column` for `row` of `store`, as exported (labels in `language`).
    public func text(_ column: Int, row: Int, store: PortraitStore, language: Language) -> String {
        switch kinds[column] {
        case .field(let field): return store.text(field, row: row, language: language)
        case .edition: return store.edition(row: row)
        case .change(let changes): return changes.label(row: row, language: language)
        case .extra(let index): return store.extra(index, row: row)
        }
    }
}
