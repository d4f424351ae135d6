import PortraitText
import PortraitStore

/// What was detected while loading one file: format, encoding, delimiter, header row, column mapping,
/// row count and anomalies.
public struct SourceReport: Sendable {
    /// The file as the user named it (or the embedded file's name).
    public var file: String
    public var format: SourceFormat
    /// The encoding (CSV only).
    public var encoding: SourceEncoding?
    /// The delimiter and quote (CSV only).
    public var dialect: CSVDialect?
    /// The delimiter (CSV only).
    public var delimiter: UInt8? { dialect?.delimiter }
    /// 1-based line (CSV) or row (XLSX) of the header.
    public var headerLine: Int
    public var mapping: ColumnMapping
    /// The edition label the rows carry.
    public var edition: String
    public var rowCount: Int
    public var anomalies: AnomalyLog
    /// For an HTML page: which table was read and what was passed over.
    public var htmlTable: HTMLTableChoice? = nil
    /// For XLSX: the worksheet the portrait was read from.
    public var sheet: String? = nil
    /// Whether the encoding was given (`--encoding`) rather than detected.
    public var encodingGiven = false
    /// Whether the delimiter was given (`--delimiter`) rather than detected.
    public var delimiterGiven = false

    /// Records which of the encoding and delimiter `options` gave.
    mutating func note(_ options: LoadOptions) {
        encodingGiven = encoding != nil && options.encoding != nil
        delimiterGiven = dialect != nil && options.delimiter != nil
    }
}

/// The container format of a source file.
public enum SourceFormat: String, Sendable, CaseIterable {
    case csv = "CSV"
    case xlsx = "XLSX"
    case html = "HTML"
}

/// How to read files: column overrides, the worksheet, the edition label.
public struct LoadOptions: Sendable {
    public var columnOverrides: [Field: String]
    public var sheet: String?
    /// Edition labels, one per file in order; a missing one is taken from the file name.
    public var editions: [String]
    /// Look for duplicate rows and control characters in cells (what `validate` reports); off by default,
    /// as it hashes and scans every row.
    public var findsDuplicates: Bool
    /// Keep only the rows holding all these folded search words (as `Query.searchWords` gives them):
    /// for one-shot questions, which then never copy the other rows. Empty keeps every row.
    public var keepingRowsMatching: [String]
    /// The encoding to read CSV and HTML files in (`--encoding`); nil detects it.
    public var encoding: SourceEncoding?
    /// The CSV delimiter (`--delimiter`); nil detects it (the quote is always detected).
    public var delimiter: UInt8?
    /// Where the loader reports the bytes read, for a progress display.
    public var progress: LoadProgress?
    /// Whether names, benefits and extra columns are kept. Commands that only count rows set it to false:
    /// the rows' facets are read as usual, their text is left blank and its anomalies are not looked for
    /// (ignored when rows are searched or duplicates looked for, which need the text).
    public var keepsText = true

    public init(columnOverrides: [Field: String] = [:], sheet: String? = nil, editions: [String] = [],
                findsDuplicates: Bool = false, keepingRowsMatching: [String] = []) {
        self.columnOverrides = columnOverrides
        self.sheet = sheet
        self.editions = editions
        self.findsDuplicates = findsDuplicates
        self.keepingRowsMatching = keepingRowsMatching
    }

    /// An empty builder for these options.
    var builder: PortraitStoreBuilder { PortraitStoreBuilder(keepingRowsMatching: keepingRowsMatching) }
}

/// A store and what was learnt about each file it came from.
public struct LoadedPortrait: Sendable {
    public let store: PortraitStore
    public let reports: [SourceReport]
}
