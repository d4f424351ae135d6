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
    /// data labels in `options.language`.
    public static func bytes(store: PortraitStore, rows: [Int], options: ExportOptions) -> [UInt8] {
        let context = options.report ?? ReportContext.describing(store, query: Query(), interface: options.language,
                                                                 files: [], embedded: false)
        let table = ExportTable(store: store, rows: rows, language: options.language, edition: options.edition)
        let model = HTMLReportModel(store: store, rows: rows, table: table, context: context, labels: options.language)
        return Array(render(model.values).utf8)
    }

    /// The page for a table alone (its rows, without counts, charts or sources).
    public static func bytes(table: ExportTable, options: ExportOptions) -> [UInt8] {
        let language = options.report?.interface ?? options.language
        var values = HTMLReportModel.tableValues(table, language: language)
        values["lang"] = language.rawValue
        values["style"] = HTMLReportTemplate.style
        values["pageTitle"] = ReportText.heading.text(language)
        values["heading"] = ReportText.heading.text(language)
        values["initiativesHeading"] = ReportText.initiatives.text(language)
        values["noInitiatives"] = ReportText.noInitiatives.text(language)
        values["sourceHeading"] = ReportText.source.text(language)
        values["generatedBy"] = ReportText.generatedBy.text(language)
        return Array(render(values).utf8)
    }

    /// The template, parsed once.
    private static let template: MustacheTemplate = {
        do {
            return try MustacheTemplate(string: HTMLReportTemplate.page)
        } catch {
            fatalError("the report template does not parse: \(error)")
        }
    }()

    private static func render(_ values: [String: Any]) -> String { template.render(values) }
}
