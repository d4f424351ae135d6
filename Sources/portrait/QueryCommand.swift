import ArgumentParser
import PortraitCore

/// `portrait query`: prints or writes the initiatives that match the filters.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: localized(fr: "Afficher les initiatives qui répondent aux filtres, en CSV, TSV, JSON, Markdown ou rapport HTML.",
                           en: "Print the initiatives that match the filters, as CSV, TSV, JSON, Markdown or an HTML report."),
        discussion: discussion(fr: """
            Les filtres de volets différents se combinent par ET ; les valeurs répétées d'un même volet par OU.

            Exemples :
              portrait query --status production --category "agent conversationnel"
              portrait query --portfolio "Santé et Services sociaux (Réseau)" --format md
              portrait query --search foret -o forets.csv
              portrait query --status production -o rapport.html
            """, en: """
            Filters on different facets are combined with AND; repeated values of one facet with OR.

            Examples:
              portrait query --status production --category "agent conversationnel"
              portrait query --portfolio "Santé et Services sociaux (Réseau)" --format md
              portrait query --search foret -o forets.csv
              portrait query --status production -o report.html
            """)
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var labels: LabelOptions

    @Option(help: ArgumentHelp(localized(
        fr: "Garder les initiatives qui ont ce changement entre les deux dernières éditions : new (nouvelle), status (statut modifié), category (catégorie modifiée), unchanged (inchangée), removed (retirée de la plus récente) ; à répéter pour plusieurs : OU. Sans fichier : les deux dernières éditions officielles enregistrées par portrait update, sinon les éditions 2024 et 2025 de l'échantillon intégré.",
        en: "Keep the initiatives with this change between the last two editions: new, status (status changed), category (category changed), unchanged, removed (dropped from the newer); repeat for several: OR. With no file: the last two official editions stored by portrait update, else the embedded sample's 2024 and 2025 editions."),
        valueName: "change"))
    var change: [ChangeKind] = []

    @Option(help: ArgumentHelp(localized(fr: "Ordre des lignes.",
                                         en: "Order of the rows."), valueName: "field"))
    var sort: SortKey = .fileOrder

    @Flag(help: ArgumentHelp(localized(fr: "Ordre inverse (--sort à rebours ; sans --sort : de la dernière ligne lue à la première).",
                                       en: "Reverse order (--sort backwards; without --sort: from the last row read to the first).")))
    var descending = false

    @Option(help: ArgumentHelp(localized(fr: "Format de sortie (par défaut : selon l'extension de -o, sinon csv).",
                                         en: "Output format (default: from the -o extension, else csv)."), valueName: "format"))
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp(localized(fr: "Écrire dans ce fichier (de façon atomique) plutôt que sur la sortie standard ; - est la sortie standard.",
                                         en: "Write to this file (atomically) instead of standard output; - is standard output."), valueName: "file"))
    var output: UserPath?

    @Flag(help: ArgumentHelp(localized(fr: "Remplacer le fichier -o s'il existe.",
                                            en: "Replace the -o file if it exists.")))
    var force = false

    @Flag(help: ArgumentHelp(localized(fr: "Commencer le CSV par une marque d'ordre des octets UTF-8 (pour les tableurs).",
                                            en: "Start CSV output with a UTF-8 byte-order mark (for spreadsheet programs).")))
    var bom = false

    @Flag(help: ArgumentHelp(localized(fr: "Ne pas préfixer d'une apostrophe, en CSV/TSV, les cellules qui commencent par = + - @.",
                                            en: "Do not prefix cells starting with = + - @ with an apostrophe in CSV/TSV.")))
    var noFormulaGuard = false

    func run() throws {
        try reportingErrors(in: labels.interface) {
            // Changes pair initiatives over whole editions (two files or more, or --change): the search then
            // applies after loading instead of dropping rows while reading.
            let comparing = !change.isEmpty
            let editions = comparing || input.files.count >= 2
            let loaded = try input.load(keepingRowsMatching: editions ? nil : filters.searchWhileLoading, language: labels.interface,
                                        everyEmbeddedEdition: comparing)
            let store = loaded.store
            var query = try filters.query(for: store, sort: sort, language: labels.interface)
            query.descending = descending
            let changes = editions ? EditionChanges.latestTwo(of: store, aliases: try OrganisationAliases.builtIn()) : nil
            if comparing {
                guard let changes else { throw PortraitError(.usage, .changeNeedsTwoEditions) }
                query.classes = changes.classes
                query.selectedClasses = Set(change.map(\.classNumber))
            }
            let selection = store.select(query, language: labels.labels)
            let chosen = format ?? output.flatMap { ExportFormat(fileName: $0.display) } ?? .csv
            var request = ExportRequest(store: store, rows: selection.rows, query: query, format: chosen, labels: labels.labels,
                                        interface: labels.interface, provenances: try input.provenance(of: loaded), reading: input.readingArguments)
            request.bom = bom
            request.formulaGuard = !noFormulaGuard
            request.changes = changes
            let bytes = request.bytes()
            if let output, output != "-" {
                try AtomicFile.write(bytes, to: output, replace: force)
                printError(CommandText.queryWritten.text(labels.interface, ["count": String(selection.rows.count),
                                                                             "file": output.display]))
            } else if standardOutputIsTerminal && (chosen == .csv || chosen == .tsv) {
                // On a terminal, control characters from the data are shown, not obeyed.
                emit(Array(TerminalSafe.visibleKeepingLayout(String(decoding: bytes, as: UTF8.self)).utf8))
            } else {
                emit(bytes)
            }
        }
    }
}
