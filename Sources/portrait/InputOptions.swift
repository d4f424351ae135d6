import ArgumentParser
import PortraitCore
import PortraitData

/// The files to read and how to read them; shared by every command but `diff` and `validate` (which reads
/// only the files it is given: `ReadingOptions` alone).
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(localized(
        fr: "Fichiers du portrait (CSV, XLSX ou page HTML), une édition chacun. Aucun : la dernière édition officielle enregistrée par portrait update, sinon celle de l'échantillon intégré (le navigateur : toutes les éditions, la dernière sélectionnée).",
        en: "Portrait files (CSV, XLSX or HTML page), one edition each. None: the latest official edition stored by portrait update, else the embedded sample's (the browser: every edition, the latest selected).")))
    var files: [UserPath] = []

    @OptionGroup var reading: ReadingOptions

    @Flag(help: ArgumentHelp(localized(fr: "Sans FICHIERS, lire l'échantillon illustratif intégré même quand des éditions officielles sont enregistrées (portrait update).",
                                       en: "With no FILES, read the embedded illustrative sample even when official editions are stored (portrait update).")))
    var sample = false

    /// The files and options as the commands that `y` and the HTML report print repeat them.
    var readingArguments: ReadingArguments {
        ReadingArguments(files: files, columns: reading.columns, sheet: reading.sheet, editions: reading.editions,
                         delimiter: reading.delimiter, encoding: reading.encoding, sample: sample)
    }

    /// Whether no file was given, so that the official or embedded editions are read.
    var usesEmbeddedData: Bool { files.isEmpty }

    /// Loads the files; with none, the embedded latest edition, or every embedded edition when
    /// `everyEmbeddedEdition` (the browser, which lets people switch and compare them). One-shot commands
    /// pass their `search` so that rows without the words are dropped while reading instead of being
    /// stored and searched afterwards. A slow load shows its progress on standard error when that is a
    /// terminal, in `language`. Commands that only count pass `keepingText: false`: names and benefits
    /// are then never stored.
    func load(findingDuplicates: Bool = false, keepingRowsMatching search: String? = nil, keepingText: Bool = true,
              language: Language, everyEmbeddedEdition: Bool = false) throws -> LoadedPortrait {
        let how = ReadingOptions.How(findingDuplicates: findingDuplicates, keepingRowsMatching: search,
                                     keepingText: keepingText, language: language)
        if files.isEmpty {
            let official = try EditionSources.official(sample: sample)
            if !official.isEmpty {
                return try reading.load(paths: (everyEmbeddedEdition ? official : [official[official.count - 1]]).map { UserPath($0.path) }, how)
            }
            let embedded = everyEmbeddedEdition ? EmbeddedData.decodedFiles : EmbeddedData.latest.map { [$0] } ?? []
            guard !embedded.isEmpty else { throw PortraitError(.noInput, .noEmbeddedPortrait) }
            return try reading.load(embedded: embedded, how)
        }
        return try reading.load(paths: files, how)
    }

    /// Where the rows of `loaded` (as `load` gave it) come from.
    func provenance(of loaded: LoadedPortrait) throws -> [Provenance] {
        let official = files.isEmpty ? try EditionSources.official(sample: sample) : []
        return EditionSources.provenance(of: loaded, official: official, embedded: files.isEmpty && official.isEmpty)
    }
}

/// How to read portrait files: the column map, the worksheet and each file's edition label.
struct ReadingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        localized(fr: "Associer les colonnes par en-tête : champ=En-tête,… (champs : \(Field.names)).",
                  en: "Map columns by header: field=Header,… (fields: \(Field.names))."),
        valueName: "mapping"))
    var columns: String?

    @Option(help: ArgumentHelp(localized(fr: "Feuille à lire dans les fichiers XLSX (par défaut : la première).",
                                         en: "Worksheet to read in XLSX files (default: the first)."), valueName: "name"))
    var sheet: String?

    @Option(name: .customLong("edition"), help: ArgumentHelp(
        localized(fr: "Étiquette d'édition de chaque fichier, dans l'ordre (par défaut : l'année dans le nom du fichier, sinon son nom).",
                  en: "Edition label of each file, in order (default: the year in the file name, else the file name)."), valueName: "label"))
    var editions: [String] = []

    @Option(help: ArgumentHelp(
        localized(fr: "Séparateur des fichiers CSV : un caractère, p. ex. « ; », « | » ou tab (par défaut : détecté ; validate dit lequel).",
                  en: "Delimiter of CSV files: one character, e.g. ';', '|' or tab (default: detected; validate says which)."), valueName: "char"))
    var delimiter: String?

    @Option(help: ArgumentHelp(
        localized(fr: "Encodage des fichiers CSV et HTML : utf-8, utf-16le, utf-16be ou windows-1252 (par défaut : détecté ; validate dit lequel).",
                  en: "Encoding of CSV and HTML files: utf-8, utf-16le, utf-16be or windows-1252 (default: detected; validate says which)."),
        valueName: "name"))
    var encoding: String?

    /// What a command asks of the loader besides these options (see `InputOptions.load`).
    struct How {
        var findingDuplicates = false
        var keepingRowsMatching: String?
        var keepingText = true
        var language: Language
        /// Whether a column mapping guessed from the headers' meaning is said on standard error (`validate`
        /// shows it in its report instead).
        var announcesGuesses = true
    }

    /// Loads the files at `paths`, one edition each, with a progress line when the load is slow.
    func load(paths: [UserPath], _ how: How) throws -> LoadedPortrait {
        var options = try options(files: paths.count, how)
        try EditionLabels.checkDistinct(paths: paths, given: options.editions)
        let loaded = try LoadingIndicator.around(files: paths.map(\.display), language: how.language) { progress in
            options.progress = progress
            return try Loader.load(paths: paths, options: options)
        }
        if how.announcesGuesses {
            for report in loaded.reports {
                if let notice = ColumnGuessText.notice(report, language: how.language) { printError(notice) }
            }
        }
        return loaded
    }

    /// Loads embedded files, one edition each.
    func load(embedded files: [(name: String, bytes: [UInt8])], _ how: How) throws -> LoadedPortrait {
        try Loader.load(csvFiles: files, options: options(files: files.count, how))
    }

    private func options(files: Int, _ how: How) throws -> LoadOptions {
        if editions.count > files {
            throw PortraitError(.usage, files == 1 ? .editionRepeatedOneFile : .editionRepeated,
                                ["count": String(editions.count), "files": String(files)])
        }
        if !editions.isEmpty && editions.count < files {
            throw PortraitError(.usage, .editionFewer, ["count": String(editions.count), "files": String(files)])
        }
        if editions.contains(where: { CellText.tidy($0).isEmpty }) {
            throw PortraitError(.usage, .editionLabelEmpty)
        }
        var options = LoadOptions(sheet: sheet, editions: editions.map { CellText.tidy($0) }, findsDuplicates: how.findingDuplicates,
                                  keepingRowsMatching: Query(search: how.keepingRowsMatching ?? "").searchWords)
        options.keepsText = how.keepingText
        if let delimiter {
            guard let byte = CSVDialect.delimiter(named: delimiter) else { throw PortraitError(.usage, .delimiterInvalid, ["value": delimiter]) }
            options.delimiter = byte
        }
        if let encoding {
            guard let named = SourceEncoding(optionName: encoding) else { throw PortraitError(.usage, .encodingUnknown, ["value": encoding]) }
            options.encoding = named
        }
        if let columns { options.columnOverrides = try HeaderMapper.parseOverrides(columns) }
        return options
    }
}

/// Facet filters and search text; shared by `query` and `stats`. Each facet option's name and help are its
/// entry's in `FacetDescriptor.all`, and `query(for:)` reads them through that table (`given`):
/// ArgumentParser declares options as stored properties, so each still needs its line here.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong(Self.option(.portfolio, 0).name), help: Self.help(.portfolio, 0))
    var portfolio: [String] = []

    @Option(name: .customLong(Self.option(.category, 0).name), help: Self.help(.category, 0))
    var category: [String] = []

    @Option(name: .customLong(Self.option(.status, 0).name), help: Self.help(.status, 0))
    var status: [String] = []

    @Option(name: .customLong(Self.option(.organisation, 0).name), help: Self.help(.organisation, 0))
    var org: [String] = []

    @Option(name: .customLong(Self.option(.organisation, 1).name), help: Self.help(.organisation, 1))
    var body: [String] = []

    @Option(help: ArgumentHelp(localized(fr: "Garder les initiatives qui déclarent ce bénéfice (un des textes séparés par « ; ») ; à répéter pour plusieurs : OU.",
                                         en: "Keep the initiatives that state this benefit (one of the texts separated by ';'); repeat for several: OR."),
                               valueName: "text"))
    var benefit: [String] = []

    @Option(help: ArgumentHelp(localized(fr: "Mots qui doivent chacun commencer un mot (casse et accents indifférents) du nom, de l'organisme, du portefeuille, de la catégorie, du statut ou des bénéfices ; \"…\" pour des mots qui se suivent.",
                                         en: "Words that must each begin a word (any case or accents) of the name, body, portfolio, category, status or benefits; \"…\" for consecutive words."),
                               valueName: "text"))
    var search: String?

    /// The values given to each facet option, by the option's name (`FacetDescriptor.Option.name`).
    var given: [String: [String]] {
        [Self.option(.portfolio, 0).name: portfolio, Self.option(.category, 0).name: category, Self.option(.status, 0).name: status,
         Self.option(.organisation, 0).name: org, Self.option(.organisation, 1).name: body]
    }

    /// The `number`th option of `facet`'s entry.
    private static func option(_ facet: Facet, _ number: Int) -> FacetDescriptor.Option { facet.descriptor.options[number] }

    /// The help of that option, in the startup language.
    private static func help(_ facet: Facet, _ number: Int) -> ArgumentHelp {
        let words = option(facet, number).help
        return ArgumentHelp(localized(fr: words.text(.fr), en: words.text(.en)), valueName: "value")
    }

    /// The search to apply while loading, dropping rows without the words: none when benefits are given,
    /// whose values must be found among every row.
    var searchWhileLoading: String? { benefit.isEmpty ? search : nil }

    /// The query of these filters on `store`; a value that names none is said in `language`.
    func query(for store: PortraitStore, sort: SortKey = .fileOrder, language: Language) throws -> Query {
        var query = Query(search: search ?? "", sort: sort)
        for entry in FacetDescriptor.all {
            let texts = entry.options.flatMap { given[$0.name] ?? [] }
            guard !texts.isEmpty else { continue }
            query.selected[entry.facet] = try texts.reduce(into: Set<Int>()) { $0.formUnion(try store.resolve(entry.facet, $1, language: language)) }
        }
        query.benefits = try benefit.reduce(into: Set<Int>()) { $0.formUnion(try store.resolveBenefit($1)) }
        return query
    }
}

/// The interface language (`--lang`) and the language of data labels (`--labels`: categories, statuses,
/// portfolios), which is the interface language unless given.
struct LabelOptions: ParsableArguments {
    @OptionGroup var language: LanguageOptions

    @Option(name: .customLong("labels"),
            help: ArgumentHelp(localized(fr: "Langue des libellés (catégories, statuts, portefeuilles) ; par défaut celle de l'interface.",
                                         en: "Language of data labels (categories, statuses, portfolios); default: the interface language."),
                               valueName: "fr|en"))
    var chosenLabels: Language?

    /// The interface language.
    var interface: Language { language.interface }

    /// The language of data labels.
    var labels: Language { chosenLabels ?? interface }
}

extension Language: ExpressibleByArgument {}
extension SortKey: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension ChangeKind: ExpressibleByArgument {}
