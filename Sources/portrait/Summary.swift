import ArgumentParser
import PortraitCore

/// `portrait summary` (the default for now): totals of the portrait by status and by category.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Summarise the portrait: initiatives, bodies, and counts by status and by category."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var labels: LabelOptions

    func run() throws {
        try reportingErrors {
            let loaded = try input.load(keepingText: false)
            let store = loaded.store
            let rows = Array(0..<store.count)
            let fr = labels.labels == .fr
            let sources = loaded.reports.map { TerminalSafe.visible($0.file) }.joined(separator: ", ")
            var text = fr
                ? "Portrait des utilisations de l'IA dans l'administration publique — \(sources)\n"
                : "Portrait of AI uses in Québec's public administration — \(sources)\n"
            let bodies = store.tally(.organisation, rows: rows).filter { !store.values(.organisation)[$0.code].isBlank }.count
            text += fr ? "\(store.count) initiatives, \(bodies) organismes publics\n\n" : "\(store.count) initiatives, \(bodies) public bodies\n\n"
            text += (fr ? "Par statut\n" : "By status\n")
            text += BarChart.render(store.tally(.status, rows: rows, language: labels.labels), total: store.count, language: labels.labels)
            text += (fr ? "\nPar catégorie\n" : "\nBy category\n")
            text += BarChart.render(store.tally(.category, rows: rows, language: labels.labels), total: store.count, language: labels.labels)
            text += fr
                ? "\nPour filtrer et exporter : portrait query --help · portrait stats --help\n"
                : "\nTo filter and export: portrait query --help · portrait stats --help\n"
            emit(Array(text.utf8))
        }
    }
}
