import ArgumentParser
import PortraitCore

/// `portrait query`: prints or writes the initiatives that match the filters.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Print the initiatives that match the filters, as CSV, TSV, JSON or Markdown.",
        discussion: """
            Filters on different facets are combined with AND; repeated values of one facet with OR.

            Examples:
              portrait query --status production --category "agent conversationnel"
              portrait query --portfolio "Santé et Services sociaux (Réseau)" --format md
              portrait query --search foret -o forets.csv
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var labels: LabelOptions

    @Option(help: ArgumentHelp("Order of the rows.", valueName: "field"))
    var sort: SortKey = .fileOrder

    @Option(help: ArgumentHelp("Output format (default: from the -o extension, else csv).", valueName: "format"))
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the -o file if it exists.")
    var force = false

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for spreadsheet programs).")
    var bom = false

    @Flag(help: "Do not prefix cells starting with = + - @ with an apostrophe in CSV/TSV.")
    var noFormulaGuard = false

    func run() throws {
        try reportingErrors(in: labels.interface) {
            let loaded = try input.load(keepingRowsMatching: filters.search, language: labels.interface)
            let store = loaded.store
            let query = try filters.query(for: store, sort: sort)
            let selection = store.select(query, language: labels.labels)
            let chosen = format ?? output.flatMap { ExportFormat(fileName: $0) } ?? .csv
            let options = ExportOptions(language: labels.labels, bom: bom, formulaGuard: !noFormulaGuard)
            let bytes = SelectionWriter.bytes(store: store, rows: selection.rows, format: chosen, options: options)
            if let output {
                try AtomicFile.write(bytes, to: output, replace: force)
                printError(CommandText.queryWritten.text(labels.interface, ["count": String(selection.rows.count),
                                                                             "file": TerminalSafe.visible(output)]))
            } else if standardOutputIsTerminal && (chosen == .csv || chosen == .tsv) {
                // On a terminal, control characters from the data are shown, not obeyed.
                emit(Array(TerminalSafe.visibleKeepingLayout(String(decoding: bytes, as: UTF8.self)).utf8))
            } else {
                emit(bytes)
            }
        }
    }
}
