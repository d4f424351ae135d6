import Mustache
import PortraitText
import PortraitStore

/// Writes a selection as one self-contained HTML page that people can open, read and print: a title with
/// the editions and the selection (as a sentence and as a command), totals, bar charts as inline SVG with
/// their numbers in tables, every initiative, the official definitions of the categories and statuses
/// present, and the source. Generated with a Mustache template, which escapes every value from the data.
/// The same store, rows and options give the same bytes (nothing in it depends on the clock).
public enum HTMLReport {
    /// The page for `rows` of `store`; headings in `options.report`'s interface language (else the labels'),
    /// data labels in `options.language`. The rows of initiatives are written between the template's two
    /// halves (`HTMLReportRows`), so their cost is that of a CSV export.
    public static func bytes(store: PortraitStore, rows: [Int], options: ExportOptions) -> [UInt8] {
        let context = options.report ?? ReportContext.describing(store, query: Query(), interface: options.language,
                                                                 files: [], embedded: false)
        let columns = ExportColumns(store: store, language: options.language, edition: options.edition)
        let model = HTMLReportModel(store: store, rows: rows, columns: columns, context: context, labels: options.language)
        var out = Array(head.render(model.values).utf8)
        out.reserveCapacity(out.count + rows.count * 480 + 65_536)
        HTMLReportRows.write(store: store, rows: rows, columns: columns, language: options.language, into: &out)
        out += Array(tail.render(model.values).utf8)
        return out
    }

    /// The page for a table alone (its rows, without counts, charts or sources).
    public static func bytes(table: ExportTable, options: ExportOptions) -> [UInt8] {
        let language = options.report?.interface ?? options.language
        var values = HTMLReportModel.tableValues(titles: table.titles, count: table.rows.count, language: language)
        values["lang"] = language.rawValue
        values["style"] = HTMLReportTemplate.style
        values["pageTitle"] = ReportText.heading.text(language)
        values["heading"] = ReportText.heading.text(language)
        values["initiativesHeading"] = ReportText.initiatives.text(language)
        values["noInitiatives"] = ReportText.noInitiatives.text(language)
        values["sourceHeading"] = ReportText.source.text(language)
        values["generatedBy"] = ReportText.generatedBy.text(language)
        var out = Array(head.render(values).utf8)
        HTMLReportRows.write(table, into: &out)
        out += Array(tail.render(values).utf8)
        return out
    }

    /// The template's two halves, parsed once.
    private static let head = parse(HTMLReportTemplate.head)
    private static let tail = parse(HTMLReportTemplate.tail)

    private static func parse(_ text: String) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch {
            fatalError("the report template does not parse: \(error)")
        }
    }
}
