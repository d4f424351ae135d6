import ArgumentParser
import PortraitCore
import PortraitData

/// `portrait diff`: what changed from one edition of the portrait to another.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: localized(fr: "Comparer deux éditions : totaux, initiatives et organismes ajoutés et retirés, changements de statut et de catégorie.",
                           en: "Compare two editions: totals, initiatives and bodies added and removed, status and category changes."),
        discussion: discussion(fr: """
            Les comptes par catégorie, statut et portefeuille sont donnés pour les deux éditions.
            Une initiative est la même dans les deux quand son organisme public et
            son nom concordent, sans égard à la casse, aux accents ni aux espaces.
            Les noms d'un même organisme (renommé, nom complet ou court) sont réunis
            par le fichier d'alias intégré et par les fichiers --aliases (colonnes
            alias,organisation,note ; voir Data/README.md).
            Les filtres comparent la même tranche des deux éditions.

            --format csv : un fait par ligne, sous section,value,organisation,old,new.
              edition, initiatives, organisations    les étiquettes, puis les totaux
              category, status, portfolio            une valeur et ses comptes
              organisation_added, _removed           un organisme et ses initiatives
              initiative_added, _removed             un nom, son organisme, 0 ou 1
              status_change, category_change         un nom, son organisme, les libellés
            --format json : un objet avec les clés old, new (label, initiatives,
            organisations), organisations_added, organisations_removed,
            initiatives_added, initiatives_removed, status_changes,
            category_changes, by_category, by_status, by_portfolio.

            Exemples :
              portrait diff                  # les deux dernières éditions officielles, sinon l'échantillon
              portrait diff portrait-2024.csv portrait-2025.xlsx --format json
              portrait diff old.csv new.csv --edition 2024-10 --edition 2025-06
              portrait diff --portfolio "Santé et Services sociaux" --labels en
            """, en: """
            Counts per category, status and portfolio are given for both editions.
            An initiative is the same in both when its public body and its name
            match, ignoring case, accents and spaces. The names of one body (renamed,
            full or short name) are joined by the built-in alias file and by
            --aliases files (columns alias,organisation,note; see Data/README.md).
            The filters compare the same slice of both editions.

            --format csv: one fact a line, under section,value,organisation,old,new.
              edition, initiatives, organisations    labels, then totals
              category, status, portfolio            a value and its counts
              organisation_added, _removed           a body and its initiatives
              initiative_added, _removed             a name, its body, 0 or 1
              status_change, category_change         a name, its body, the labels
            --format json: one object with the keys old, new (label, initiatives,
            organisations), organisations_added, organisations_removed,
            initiatives_added, initiatives_removed, status_changes,
            category_changes, by_category, by_status, by_portfolio.

            Examples:
              portrait diff                  # the last two official editions, else the sample's
              portrait diff portrait-2024.csv portrait-2025.xlsx --format json
              portrait diff old.csv new.csv --edition 2024-10 --edition 2025-06
              portrait diff --portfolio "Santé et Services sociaux" --labels en
            """)
    )

    /// What `--format` accepts.
    @Argument(help: ArgumentHelp(localized(fr: "L'ancienne (OLD) et la nouvelle (NEW) édition (CSV, XLSX ou HTML). Aucune : les deux dernières éditions officielles enregistrées par portrait update, sinon les éditions 2024 et 2025 de l'échantillon intégré.",
                                         en: "The OLD and the NEW edition (CSV, XLSX or HTML). None: the last two official editions stored by portrait update, else the embedded sample's 2024 and 2025 editions."),
                                 valueName: "old new"))
    var files: [UserPath] = []

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var filters: FilterOptions

    @Flag(help: ArgumentHelp(localized(fr: "Sans fichiers, comparer les éditions de l'échantillon illustratif intégré même quand des éditions officielles sont enregistrées.",
                                       en: "With no files, compare the embedded illustrative sample's editions even when official editions are stored.")))
    var sample = false
    @OptionGroup var labels: LabelOptions

    @Option(help: ArgumentHelp(localized(fr: "Sortie : un tableau, du CSV en format long ou du JSON.",
                                         en: "Output: a table, long-format CSV or JSON."), valueName: "format"))
    var format: SummaryFormat = .table

    @Option(help: ArgumentHelp(localized(fr: "Un fichier d'alias (alias,organisation,note) dont chaque nom désigne un organisme, en plus du fichier intégré.",
                                         en: "An alias file (alias,organisation,note) whose names each stand for one body, on top of the built-in one."),
                               valueName: "file"))
    var aliases: [UserPath] = []

    @Flag(help: ArgumentHelp(localized(fr: "Ne pas utiliser le fichier d'alias intégré (Data/organisation-aliases.csv).",
                                            en: "Do not use the built-in alias file (Data/organisation-aliases.csv).")))
    var noBuiltinAliases = false

    @Flag(help: ArgumentHelp(localized(fr: "Ne pas préfixer d'une apostrophe, en CSV, les valeurs qui commencent par = + - @.",
                                            en: "Do not prefix values starting with = + - @ with an apostrophe in CSV.")))
    var noFormulaGuard = false

    func validate() throws {
        if files.count != 0 && files.count != 2 {
            throw ValidationError(CommandText.diffNeedsTwoFiles.text(labels.interface, ["count": String(files.count)]))
        }
    }

    func run() throws {
        try reportingErrors(in: labels.interface) {
            let loaded: LoadedPortrait
            let official = files.isEmpty ? try EditionSources.official(sample: sample) : []
            if official.count == 1 {
                throw PortraitError(.noInput, .fewerThanTwoOfficial)
            } else if official.count >= 2 {
                loaded = try reading.load(paths: official.suffix(2).map { UserPath($0.path) }, ReadingOptions.How(language: labels.interface))
            } else if files.isEmpty {
                let embedded = EmbeddedData.decodedFiles
                guard embedded.count >= 2 else { throw PortraitError(.noInput, .fewerThanTwoEmbedded) }
                loaded = try reading.load(embedded: Array(embedded.suffix(2)), ReadingOptions.How(language: labels.interface))
            } else {
                // Every row is read (no search while loading): each file's rows then follow the previous file's.
                loaded = try reading.load(paths: files, ReadingOptions.How(language: labels.interface))
            }
            let kept = loaded.store.select(try filters.query(for: loaded.store, language: labels.interface)).rows
            let comparison = EditionComparison(store: loaded.store, old: loaded.fileRows(0, among: kept),
                                               new: loaded.fileRows(1, among: kept), aliases: try aliasMapping(),
                                               labels: labels.labels)
            switch format {
            case .table:
                let provenance = EditionSources.provenance(of: loaded, official: official, embedded: files.isEmpty && official.isEmpty)
                emit(Array((ComparisonWriter.table(comparison, language: labels.labels, interface: labels.interface, width: tableWidth)
                            + ProvenanceText.comparisonFooter(provenance, language: labels.interface)).utf8))
            case .csv:
                let text = ComparisonWriter.csv(comparison, language: labels.labels, formulaGuard: !noFormulaGuard)
                // On a terminal, control characters from the data are shown, not obeyed.
                emit(Array((standardOutputIsTerminal ? TerminalSafe.visibleKeepingLayout(text) : text).utf8))
            case .json:
                emit(Array(ComparisonWriter.json(comparison, language: labels.labels).utf8))
            }
        }
    }

    /// The built-in alias file (unless refused), then every --aliases file.
    private func aliasMapping() throws -> OrganisationAliases {
        var mapping = OrganisationAliases.none
        if !noBuiltinAliases { mapping = try OrganisationAliases.builtIn() }
        for path in aliases { mapping = mapping.merging(try OrganisationAliases.read(path: path)) }
        return mapping
    }
}
