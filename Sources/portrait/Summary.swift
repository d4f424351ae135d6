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
            let text = SummaryWriter.text(store: loaded.store, sources: loaded.reports.map(\.file),
                                          provenance: try input.provenance(of: loaded), interface: interface,
                                          labels: labels.labels, width: tableWidth)
            emit(Array(text.utf8))
        }
    }
}
