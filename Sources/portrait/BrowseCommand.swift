import ArgumentParser
import Foundation
import PortraitCore
import PortraitBrowser
import PortraitTerminal

/// `portrait browse` (the default command): the full-screen terminal browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: localized(fr: "Parcourir le portrait dans une interface plein écran du terminal (la commande par défaut).",
                           en: "Browse the portrait in a full-screen terminal interface (the default command)."),
        usage: localized(fr: "portrait [browse] [FICHIERS…] [<options>]", en: "portrait [browse] [FILES…] [<options>]"),
        discussion: discussion(fr: """
            Volets de filtres par portefeuille, catégorie et statut avec leurs comptes,
            liste des résultats, fiche détaillée, recherche à la frappe et export de la
            sélection. Tapez ? dans le navigateur pour les touches. Sans FICHIERS, il
            ouvre les éditions officielles enregistrées par portrait update, sinon
            l'échantillon illustratif intégré, la dernière sélectionnée dans un volet
            Édition. L'interface est en français, ou en anglais quand LC_ALL, LC_MESSAGES
            ou LANG commence par « en ». Pour les scripts et les tubes, utilisez `portrait
            query`.
            """, en: """
            Facet panes for portfolio, category and status with live counts, a results
            list, a detail view, search as you type and export of the selection. Press ?
            inside for the keys. With no FILES it opens the official editions stored by
            portrait update, else the embedded illustrative sample, with the latest
            selected in an Édition pane. The interface is in French, or in English
            when LC_ALL, LC_MESSAGES or LANG starts with "en". For scripts and pipes use
            `portrait query`.
            """)
    )

    @OptionGroup var input: InputOptions

    /// `--lang` and `--labels` (the labels at start: `L` switches them).
    @OptionGroup var labels: LabelOptions

    @Flag(help: ArgumentHelp(localized(fr: "Ne pas demander les événements de la souris au terminal (garde sa propre sélection de texte).",
                                            en: "Do not ask the terminal for mouse events (keeps the terminal's own text selection).")))
    var noMouse = false

    @Flag(help: .hidden)
    var printKeys = false

    @Option(help: .hidden)
    var printScreen: String?

    /// Draws the first frame on the terminal and quits: `scripts/bench-first-frame.sh` times it.
    @Flag(help: .hidden)
    var quitAfterFirstFrame = false

    func run() throws {
        let interface = labels.interface
        if printKeys {
            emit(Array(KeyHelp.markdown(interface).utf8))
            return
        }
        try reportingErrors(in: interface) {
            if let printScreen {
                try printFirstScreen(printScreen, interface: interface)
                return
            }
            guard TerminalApp.hasTerminal else {
                printError(CommandText.errorLine.text(interface, ["message": UIString.notATerminal.text(interface)]))
                throw ExitCode(PortraitError.Kind.usage.exitCode)
            }
            let loaded = try input.load(language: interface, everyEmbeddedEdition: true)
            // The word index and the sort positions are built while the first screens are shown; until the
            // index is ready, a search reads every row.
            let store = loaded.store
            DispatchQueue.global(qos: .utility).async {
                store.prepareSearch()
                store.prepareSorting()
            }
            let state = try makeState(loaded, size: TermSize(columns: 80, rows: 24))
            let options = TerminalApp.Options(colour: TerminalApp.wantsColour(), mouse: !noMouse,
                                              quitAfterFirstFrame: quitAfterFirstFrame)
            switch TerminalApp.run(BrowserSession(state: state, exporter: Exporter()),
                                    options: options) {
            case .quit, .inputClosed:
                return
            case .signal(let signal):
                TerminalApp.reraise(signal)
                throw ExitCode(128 + signal)
            case .cannotOpen:
                let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
                printError(CommandText.errorLine.text(interface, ["message": UIString.cannotOpenTerminal.text(interface, ["term": TerminalSafe.visible(term)])]))
                throw ExitCode(PortraitError.Kind.usage.exitCode)
            }
        }
    }

    /// Prints the first screen at a size such as `100x30` as text (for the README and quick checks).
    private func printFirstScreen(_ sizeText: String, interface: Language) throws {
        let parts = sizeText.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 1000 else {
            throw PortraitError(.usage, .printScreenSize)
        }
        let loaded = try input.load(language: interface, everyEmbeddedEdition: true)
        let size = TermSize(columns: parts[0], rows: parts[1])
        let session = BrowserSession.printing(try makeState(loaded, size: size))
        let screen = GridScreen(size: size)
        Renderer.render(session.state, on: screen)
        emit(Array((screen.text + "\n").utf8))
    }

    /// The browser's first state on what was loaded: with no file given, the latest embedded edition chosen.
    private func makeState(_ loaded: LoadedPortrait, size: TermSize) throws -> BrowserState {
        let provenance = try input.provenance(of: loaded)
        return BrowserState(store: loaded.store, sourceName: sourceName(loaded, provenance), size: size, interface: labels.interface,
                            labels: labels.chosenLabels, latestEditionOnly: input.usesEmbeddedData,
                            aliases: try OrganisationAliases.builtIn(), provenance: provenance, reading: input.readingArguments)
    }

    /// The title's source, as `ProvenanceText.short` says it: the official editions with their catalogue's
    /// host and retrieval date, "illustrative sample", or the file names.
    private func sourceName(_ loaded: LoadedPortrait, _ provenance: [Provenance]) -> String {
        ProvenanceText.short(provenance, language: labels.interface)
    }
}
