import ArgumentParser
import PortraitCore

/// `portrait summary`: totals of the portrait by status and by category.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: localized(fr: "Résumer le portrait : initiatives, organismes, et comptes par statut et par catégorie.",
                           en: "Summarise the portrait: initiatives, bodies, and counts by status and by category.")
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var labels: LabelOptions

    func run() throws {
        let interface = labels.interface
        try reportingErrors(in: interface) {
            let loaded = try input.load(keepingText: false, language: interface)
            let store = loaded.store
            let rows = Array(0..<store.count)
            let sources = loaded.reports.map { TerminalSafe.visible($0.file) }.joined(separator: ", ")
            var text = CommandText.summaryTitle.text(interface, ["sources": sources]) + "\n"
            text += SummarySource.lines(try input.provenance(of: loaded), language: interface)
            let bodies = store.tally(.organisation, rows: rows).filter { !store.values(.organisation)[$0.code].isBlank }.count
            text += CommandText.summaryCounts.text(interface, ["initiatives": String(store.count), "bodies": String(bodies)]) + "\n\n"
            text += CommandText.summaryByStatus.text(interface) + "\n"
            text += BarChart.render(store.tally(.status, rows: rows, language: labels.labels), total: store.count, language: interface, width: tableWidth)
            text += "\n" + CommandText.summaryByCategory.text(interface) + "\n"
            text += BarChart.render(store.tally(.category, rows: rows, language: labels.labels), total: store.count, language: interface, width: tableWidth)
            text += "\n" + CommandText.summaryHint.text(interface) + "\n"
            emit(Array(text.utf8))
        }
    }
}
