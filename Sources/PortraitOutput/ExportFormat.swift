import PortraitText
import PortraitStore
import PortraitCompare

/// A format the selection can be written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv
    case tsv
    case json
    case md
    case html

    /// The format a file name's extension asks for.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        default: return nil
        }
    }
}

/// How a selection is written: label language, byte-order mark, formula guard.
public struct ExportOptions: Sendable {
    public var language: Language
    /// Start CSV with a UTF-8 byte-order mark (some spreadsheet programs need it to see accents).
    public var bom: Bool
    /// Prefix CSV/TSV cells that begin with = + - @ (or tab/CR) with an apostrophe, so that spreadsheets
    /// do not run them as formulas.
    public var formulaGuard: Bool
    /// Whether to add the edition column; nil: when the store holds several editions.
    public var edition: Bool?
    /// For HTML: the query, sources and interface language the report describes (nil: the rows alone,
    /// from files of unknown source, headings in the labels' language).
    public var report: ReportContext?
    /// The changes between two editions, for a `change` column after the edition's; nil: no such column.
    public var changes: EditionChanges?

    public init(language: Language = .fr, bom: Bool = false, formulaGuard: Bool = true, edition: Bool? = nil,
                changes: EditionChanges? = nil) {
        self.language = language
        self.bom = bom
        self.formulaGuard = formulaGuard
        self.edition = edition
        self.changes = changes
    }
}
