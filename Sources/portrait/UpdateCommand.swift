import ArgumentParser
import Foundation
import PortraitCore
import PortraitUpdate

/// `portrait update`: fetches the official editions of the register from the open-data catalogue into
/// the data folder, where every command then finds them; `--list` prints what is stored.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: localized(fr: "Télécharger les éditions officielles du registre depuis le catalogue de données ouvertes.",
                           en: "Download the official editions of the register from the open-data catalogue."),
        discussion: localized(fr: """
            Sans --catalog : Données Québec (https://www.donneesquebec.ca/recherche/api/3/action, le jeu de
            données trouvé par son titre), puis le portail du gouvernement du Canada
            (https://open.canada.ca/data/api/action, id 1c9131d2-ab2a-4513-9a46-945b2bc96e1b).
            Un fichier CSV (sinon XLSX) par édition, l'année tirée du nom de la ressource, sinon de sa date.
            Chaque fichier est vérifié par le même lecteur que tout fichier avant de remplacer l'ancien ; un
            fichier inchangé n'est pas retransféré. Les fichiers et leurs manifestes vont dans
            $PORTRAIT_DATA_DIR, sinon $XDG_DATA_HOME/portrait, sinon ~/.local/share/portrait.
            Ensuite, sans FICHIERS, chaque commande lit ces éditions ; --sample lit l'échantillon intégré.

            Statuts : 65 fichier refusé (page web, tronqué, trop gros, pas un portrait), 69 catalogue ou
            réseau injoignable, 73 dossier de données impossible à créer.
            """, en: """
            Without --catalog: Données Québec (https://www.donneesquebec.ca/recherche/api/3/action, the
            dataset found by its title), then the Government of Canada portal
            (https://open.canada.ca/data/api/action, id 1c9131d2-ab2a-4513-9a46-945b2bc96e1b).
            One CSV (else XLSX) file per edition, the year taken from the resource's name, else its date.
            Each file is checked by the same reader as any file before it replaces the previous one; an
            unchanged file is not transferred again. Files and their manifests go to $PORTRAIT_DATA_DIR,
            else $XDG_DATA_HOME/portrait, else ~/.local/share/portrait. Then, with no FILES, every command
            reads these editions; --sample reads the embedded sample.

            Statuses: 65 file refused (web page, truncated, too large, not a portrait), 69 catalogue or
            network unreachable, 73 data folder cannot be created.
            """)
    )

    @Option(name: .customLong("catalog"), help: ArgumentHelp(
        localized(fr: "Base de l'API d'actions CKAN du catalogue (à répéter : essayées dans l'ordre).",
                  en: "Base of the catalogue's CKAN action API (repeat: tried in order)."), valueName: "url"))
    var catalogs: [String] = []

    @Option(help: ArgumentHelp(localized(fr: "Id ou nom du jeu de données dans le catalogue.",
                                         en: "Id or name of the dataset in the catalogue."), valueName: "id"))
    var dataset: String?

    @Flag(help: ArgumentHelp(localized(fr: "Afficher les éditions enregistrées et leur provenance, sans rien télécharger.",
                                       en: "Print the stored editions and their provenance, downloading nothing.")))
    var list = false

    @Option(help: ArgumentHelp(localized(fr: "Secondes de silence du serveur avant d'abandonner.",
                                         en: "Seconds of silence from the server before giving up."), valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp(localized(fr: "Taille maximale d'un fichier, en Mo.",
                                         en: "Largest file accepted, in MB."), valueName: "MB"))
    var maxSize: Int = 200

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        let interface = language.interface
        guard timeout > 0, timeout <= 3600 else { throw ValidationError(CommandText.parserInvalidValue.text(interface, ["value": String(timeout), "option": "--timeout"])) }
        guard maxSize > 0 else { throw ValidationError(CommandText.parserInvalidValue.text(interface, ["value": String(maxSize), "option": "--max-size"])) }
    }

    func run() throws {
        let interface = language.interface
        try reportingErrors(in: interface) {
            if list {
                SourcesCommand.printStored(language: interface)
                return
            }
            let catalogues = try chosenCatalogues()
            let updater = Updater(catalogues: catalogues, folder: DataFolder.fromEnvironment(), language: interface,
                                  limits: FetchLimits(timeout: timeout, maxBytes: maxSize * 1_000_000))
            let report = try updater.run { name, body in
                try LoadingIndicator.around(files: [name], language: interface, text: .downloadProgress) { try body($0) }
            }
            try printReport(report, folder: updater.folder, language: interface)
        }
    }

    /// The catalogues given (each checked), else the built-in ones.
    private func chosenCatalogues() throws -> [Catalogue] {
        guard !catalogs.isEmpty else {
            return Catalogue.builtIn.map { catalogue in
                dataset.map { Catalogue(actionAPI: catalogue.actionAPI, datasetID: $0) } ?? catalogue
            }
        }
        return try catalogs.map { text in
            guard let url = URL(string: text), url.host != nil else {
                throw PortraitError(.usage, .insecureAddress, ["url": text])
            }
            try AddressPolicy.check(url, kind: .usage)
            return Catalogue(actionAPI: url, datasetID: dataset)
        }
    }

    /// One line per edition (new, updated, unchanged on standard output; refused on standard error),
    /// then the folder; exits with the first refusal's status.
    private func printReport(_ report: UpdateReport, folder: DataFolder, language: Language) throws {
        var text = CommandText.updateCatalogue.text(language, ["url": report.catalogue.absoluteString,
                                                               "title": report.dataset.title]) + "\n"
        var firstRefusal: PortraitError?
        for outcome in report.outcomes {
            switch outcome {
            case .new(let stored), .updated(let stored):
                let template: CommandText = if case .new = outcome { .updateNew } else { .updateUpdated }
                text += template.text(language, ["edition": stored.manifest.provenance.edition, "file": stored.manifest.file,
                                                 "rows": String(stored.manifest.rows),
                                                 "size": ByteSize.text(stored.manifest.size, language: language)]) + "\n"
            case .unchanged(let stored):
                text += CommandText.updateUnchanged.text(language, ["edition": stored.manifest.provenance.edition,
                                                                    "file": stored.manifest.file]) + "\n"
            case .refused(let edition, let error):
                firstRefusal = firstRefusal ?? error
                printError(CommandText.errorLine.text(language, ["message": CommandText.updateRefused.text(
                    language, ["edition": edition, "reason": TerminalSafe.visible(error.description(in: language))])]))
            }
        }
        text += CommandText.updateFolder.text(language, ["folder": folder.path]) + "\n"
        emit(Array(TerminalSafe.visibleKeepingLayout(text).utf8))
        if let firstRefusal { throw ExitCode(firstRefusal.kind.exitCode) }
    }
}
