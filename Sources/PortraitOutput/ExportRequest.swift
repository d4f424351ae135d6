import PortraitText
import PortraitStore
import PortraitCompare
import PortraitLoad

/// One export of a selection, as `portrait query` and the browser's `e` both ask for it: each front fills
/// one request from what it parsed or holds, and `bytes()` makes the file's bytes the same way for both
/// (the columns of `ExportColumns`, the writers of `SelectionWriter`, the HTML report with its context,
/// the Markdown source footer), so the same selection gives the same bytes whichever front asks.
public struct ExportRequest: Sendable {
    public var store: PortraitStore
    /// The rows to write, in order.
    public var rows: [Int]
    /// The filters and search that chose them (for the report's sentence and command).
    public var query: Query
    public var format: ExportFormat
    /// The language of data labels (categories, statuses, portfolios, column titles).
    public var labels: Language
    /// The language of the report's headings and of the source lines.
    public var interface: Language
    /// Start CSV with a UTF-8 byte-order mark (`query --bom`; in the browser, chosen with Tab in the export prompt).
    public var bom = false
    /// Prefix CSV/TSV cells that a spreadsheet would evaluate with an apostrophe.
    public var formulaGuard = true
    /// Whether to add the edition column; nil: when the store holds several editions.
    public var edition: Bool?
    /// The changes between two editions, for a `change` column; nil: no such column.
    public var changes: EditionChanges?
    /// Where each edition of the store comes from (one per edition, matched by label).
    public var provenances: [Provenance]
    /// How the rows were read (files and reading options), for the report's equivalent `portrait query` command.
    public var reading: ReadingArguments

    public init(store: PortraitStore, rows: [Int], query: Query, format: ExportFormat, labels: Language, interface: Language,
                provenances: [Provenance], reading: ReadingArguments) {
        self.store = store
        self.rows = rows
        self.query = query
        self.format = format
        self.labels = labels
        self.interface = interface
        self.provenances = provenances
        self.reading = reading
    }

    /// The sources of the editions the rows come from, in the order of `provenances`: a report of
    /// 2025-only rows names the 2025 edition alone. With no row, those of the editions the query keeps
    /// (every one when it keeps none in particular).
    public var sources: [Provenance] {
        let editions = store.values(.edition)
        var used = Set<Int>()
        if rows.isEmpty {
            used = query.selected[.edition].flatMap { $0.isEmpty ? nil : $0 } ?? Set(editions.indices)
        } else {
            for row in rows {
                used.insert(store.code(.edition, row: row))
                if used.count == editions.count { break }
            }
        }
        let labels = Set(used.filter { editions.indices.contains($0) }.map { editions[$0].raw })
        return provenances.filter { labels.contains($0.edition) }
    }

    /// The bytes of the file: the rows in `format`, then for Markdown (read by people) where they come
    /// from; the HTML report with its sentence, command and sources.
    public func bytes() -> [UInt8] {
        var options = ExportOptions(language: labels, bom: bom, formulaGuard: formulaGuard, edition: edition, changes: changes)
        if format == .html {
            options.report = ReportContext(query: query, provenances: sources, interface: interface, reading: reading)
        }
        var bytes = SelectionWriter.bytes(store: store, rows: rows, format: format, options: options)
        if format == .md { bytes += Array(ProvenanceText.markdownFooter(sources, language: interface).utf8) }
        return bytes
    }
}
