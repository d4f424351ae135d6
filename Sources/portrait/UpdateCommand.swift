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
        discussion: discussion(fr: """
            Sans --catalog : Données Québec (https://www.donneesquebec.ca/recherche/api/3/action, le jeu de
            données trouvé par son titre), puis le portail du gouvernement du Canada
            (https://open.canada.ca/data/api/action, id 1c9131d2-ab2a-4513-9a46-945b2bc96e1b).
            Un fichier CSV (sinon XLSX) par édition, l'année (2020 à l'an prochain) tirée du nom de la
            ressource, sinon de sa date ; les fichiers d'une édition sont essayés dans cet ordre.
            Chaque fichier est vérifié par le même lecteur que tout fichier avant de remplacer l'ancien ; un
            fichier inchangé n'est pas retransféré. Les fichiers et leurs manifestes vont dans
            $PORTRAIT_DATA_DIR, sinon $XDG_DATA_HOME/portrait, sinon ~/.local/share/portrait.
            Ensuite, sans FICHIERS, chaque commande lit ces éditions ; --sample lit l'échantillon intégré.

            Une seule mise à jour à la fois par dossier : une deuxième attend --timeout puis s'arrête (75).
            Pour cron : portrait update --quiet (rien n'est écrit sauf un changement ou un échec).

            Statuts : 65 fichier refusé (page web, tronqué, trop gros, pas un portrait), 69 catalogue ou
            réseau injoignable, 73 dossier de données impossible à créer, 75 une autre mise à jour tourne.
            """, en: """
            Without --catalog: Données Québec (https://www.donneesquebec.ca/recherche/api/3/action, the
            dataset found by its title), then the Government of Canada portal
            (https://open.canada.ca/data/api/action, id 1c9131d2-ab2a-4513-9a46-945b2bc96e1b).
            One CSV (else XLSX) file per edition, the year (2020 to next year) taken from the resource's
            name, else its date; the files of an edition are tried in that order.
            Each file is checked by the same reader as any file before it replaces the previous one; an
            unchanged file is not transferred again. Files and their manifests go to $PORTRAIT_DATA_DIR,
            else $XDG_DATA_HOME/portrait, else ~/.local/share/portrait. Then, with no FILES, every command
            reads these editions; --sample reads the embedded sample.

            One update at a time per folder: a second one waits --timeout, then stops (75).
            For cron: portrait update --quiet (nothing is written unless something changed or failed).

            Statuses: 65 file refused (web page, truncated, too large, not a portrait), 69 catalogue or
            network unreachable, 73 data folder cannot be created, 75 another update is running.
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

    @Option(help: ArgumentHelp(localized(fr: "Secondes que toute la mise à jour peut prendre.",
                                         en: "Seconds the whole update may take."), valueName: "seconds"))
    var deadline: Double = 600

    @Flag(help: ArgumentHelp(localized(fr: "N'écrire que ce qui a changé ou échoué (pour cron).",
                                       en: "Write only what changed or failed (for cron).")))
    var quiet = false

    @Option(help: ArgumentHelp(localized(fr: "Taille maximale d'un fichier, en Mo.",
                                         en: "Largest file accepted, in MB."), valueName: "MB"))
    var maxSize: Int = 200

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        let interface = language.interface
        guard timeout > 0, timeout <= 3600 else { throw ValidationError(CommandText.parserInvalidValue.text(interface, ["value": String(timeout), "option": "--timeout"])) }
        guard deadline > 0, deadline <= 86_400 else { throw ValidationError(CommandText.parserInvalidValue.text(interface, ["value": String(deadline), "option": "--deadline"])) }
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
                                  limits: FetchLimits(timeout: timeout, maxBytes: maxSize * 1_000_000).ending(after: deadline))
            let report: UpdateReport
            do {
                report = try updater.run { name, body in
                    if quiet { try body(nil) } else {
                        try LoadingIndicator.around(files: [name], language: interface, text: .downloadProgress) { try body($0) }
                    }
                }
            } catch let unavailable as CataloguesUnavailable {
                try reportUnavailable(unavailable, folder: updater.folder, language: interface)
                return
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

    /// One line per catalogue tried and what it answered, then which stored editions are still used;
    /// exits 69.
    private func reportUnavailable(_ unavailable: CataloguesUnavailable, folder: DataFolder, language: Language) throws {
        for failure in unavailable.failures {
            printError(CommandText.errorLine.text(language, ["message": TerminalSafe.visible(failure.description(in: language))]))
        }
        let stored = folder.contents().current
        if !stored.isEmpty {
            let editions = stored.map(\.manifest.provenance.edition).joined(separator: ", ")
            printError(CommandText.errorLine.text(language, ["message": CommandText.updateStillUsed.text(language, ["editions": editions])]))
        }
        throw ExitCode(PortraitError.Kind.unavailable.exitCode)
    }

    /// One line per edition (new, updated, unchanged, withdrawn on standard output, each new or updated
    /// one followed by what changed; refused on standard error, with the stored copy kept), then the
    /// folder; exits with the first refusal's status. With --quiet, standard output stays empty unless
    /// an edition was stored, replaced or found withdrawn.
    private func printReport(_ report: UpdateReport, folder: DataFolder, language: Language) throws {
        var text = CommandText.updateCatalogue.text(language, TerminalSafe.visible(values: ["url": report.catalogue.absoluteString,
                                                                                          "title": report.dataset.title])) + "\n"
        var firstRefusal: PortraitError?
        var changed = false
        for path in report.setAside {
            printError(CommandText.errorLine.text(language, ["message": CommandText.updateSetAside.text(language, ["file": path])]))
        }
        for outcome in report.outcomes {
            switch outcome {
            case .new(let stored, let delta), .updated(let stored, let delta):
                changed = true
                let template: CommandText = if case .new = outcome { .updateNew } else { .updateUpdated }
                text += template.text(language, TerminalSafe.visible(values: [
                    "edition": stored.manifest.provenance.edition, "file": stored.manifest.file, "rows": String(stored.manifest.rows),
                    "size": ByteSize.text(stored.manifest.size, language: language)])) + "\n"
                if let delta { text += Self.deltaLine(delta, edition: stored.manifest.provenance.edition, language: language) + "\n" }
            case .unchanged(let stored):
                text += CommandText.updateUnchanged.text(language, TerminalSafe.visible(values: ["edition": stored.manifest.provenance.edition,
                                                                                                 "file": stored.manifest.file])) + "\n"
            case .withdrawn(let stored, let newly):
                changed = changed || newly
                text += CommandText.updateWithdrawn.text(language, TerminalSafe.visible(values: ["edition": stored.manifest.provenance.edition,
                                                                                                 "file": stored.manifest.file])) + "\n"
            case .refused(let edition, let error, let kept):
                firstRefusal = firstRefusal ?? error
                var reason = error.description(in: language)
                if let kept {
                    reason += CommandText.updateKept.text(language, [
                        "edition": kept.manifest.provenance.edition, "date": String((kept.manifest.provenance.retrievedAt ?? "?").prefix(10))])
                }
                printError(CommandText.errorLine.text(language, ["message": CommandText.updateRefused.text(
                    language, ["edition": edition, "reason": TerminalSafe.visible(reason)])]))
            }
        }
        text += CommandText.updateFolder.text(language, TerminalSafe.visible(values: ["folder": folder.path])) + "\n"
        if !quiet || changed { emit(Array(TerminalSafe.visibleKeepingLayout(text).utf8)) }
        if let firstRefusal { throw ExitCode(firstRefusal.kind.exitCode) }
    }

    /// "2025  since 2024: 27 added, 0 removed, 3 status changes".
    static func deltaLine(_ delta: EditionDelta, edition: String, language: Language) -> String {
        let since = delta.sinceRetrieved.map { CommandText.updateSinceCopy.text(language, ["date": String($0.prefix(10))]) } ?? delta.since
        return CommandText.updateDelta.text(language, ["edition": edition, "since": since, "added": String(delta.added),
                                                       "removed": String(delta.removed), "status": String(delta.statusChanges)])
    }
}
