import PortraitText

/// One facet as one entry: the field it reads (whose `FieldDescriptor` gives its column in exports and the
/// header words that map a column to it), its official vocabulary, its options on the command line and
/// `stats --by`'s words for it, the message when a value names none, its pane in the browser and its
/// chart, phrase, total and definitions in the HTML report, its counts in `summary` and `diff`, the note
/// on a value outside its terms, and the sort key it gives. The store, the command line, the browser's
/// panes, the writers and the help read this table (`FacetDescriptor.all`, one entry per `Facet`, in the
/// order they list facets) instead of naming facets one by one; the words themselves are in `FacetText`
/// and `ErrorText`.
public struct FacetDescriptor: Sendable {
    /// Where the browser shows a facet.
    public enum PaneSlot: Sendable, Equatable {
        /// One of the choices of the first pane (`v` cycles them).
        case firstPane
        /// A pane of its own, left to right in the table's order.
        case ownPane
        /// The edition pane, shown only when several editions are loaded.
        case editionPane
    }

    /// A command-line option that keeps the rows with the values given (repeated: OR).
    public struct Option: Sendable {
        /// The long name, without `--`.
        public let name: String
        /// Its help, in both languages.
        public let help: FacetText
    }

    /// How `query --sort` and the browser's `s` order rows by a facet: by its values' labels in the
    /// language of the labels, case and accents aside (`SortRanks`), ties by name.
    public struct Sorting: Sendable {
        /// The word `--sort` takes.
        public let word: String
        /// The order's name on the browser's status line.
        public let label: FacetText
        /// Its place among the sort keys, after file order and names (`SortKey.allCases`).
        public let rank: Int
    }

    /// How `diff` writes a facet's counts in both editions, and the initiatives whose value changed.
    public struct Comparison: Sendable {
        /// Its word: JSON keys `by_<key>` and `<key>_changes`, CSV sections `<key>` and `<key>_change`.
        public let key: String
        /// Its counts' place in JSON and CSV (lowest first).
        public let rank: Int
        /// The heading over its counts in the text table, and their place there (lowest first).
        public let tableTitle: FacetText
        public let tableRank: Int
        /// The heading over the initiatives whose value changed, and the list's place among such lists in
        /// every format (nil: changes not listed).
        public let changes: (title: FacetText, rank: Int)?
    }

    public let facet: Facet
    /// The file's field the facet reads; nil for the edition, which is the file a row was read from.
    public let field: Field?
    /// The official terms its values resolve to, in their official order (none: values as written).
    public let terms: [Term]
    /// The index that resolves a label onto one of `terms` (nil: none).
    let vocabulary: VocabularyIndex?
    /// Whether the official order follows the English labels in English (categories, portfolios) or stays
    /// as published (statuses).
    let officialOrderFollowsLanguage: Bool
    /// The options of `query`, `stats` and `diff` that filter on it, in the order `--help` lists them;
    /// the first is the one a printed command uses. None for the edition, whose `--edition` labels files.
    public let options: [Option]
    /// The words `stats --by` takes for it.
    public let countedBy: [String]
    /// The message when a value given on the command line names none of the facet's values.
    let noMatch: ErrorText
    /// Whether a search looks at its labels (besides names and benefits).
    public let searched: Bool
    /// Its pane in the browser, and the pane's title.
    public let pane: PaneSlot
    public let paneTitle: FacetText
    /// The HTML report's phrase for its values in the selection sentence (none: said otherwise).
    public let selectionPhrase: FacetText?
    /// The HTML report's chart of it: the title, and how many of the largest values are kept (nil: all).
    public let chart: (title: FacetText, top: Int?)?
    /// Whether and how rows sort by it (nil: no sort key).
    public let sorting: Sorting?
    /// The HTML report's total of its distinct values (not counting a blank one): the label, and its place
    /// among the totals after the initiatives (lowest first).
    public let reportTotal: (title: FacetText, rank: Int)?
    /// The heading of the HTML report's definitions of its terms present (nil: none), in the table's order.
    public let definitions: FacetText?
    /// The heading of `summary`'s bars of it, and their place (lowest first); nil: not in `summary`.
    public let summary: (title: FacetText, rank: Int)?
    /// How `diff` compares it (nil: not at all; it needs official `terms`).
    public let comparison: Comparison?
    /// The note `validate` shows for a value outside its `terms`, `{value}` the value (nil: not noted).
    public let unknownNote: FacetText?

    /// Every facet, in the order of `Facet.allCases`: the store's columns, the command's options, the
    /// report's charts and sentence, and the browser's own panes follow it.
    public static let all: [FacetDescriptor] = [
        FacetDescriptor(facet: .portfolio, field: .portfolio, terms: Vocabulary.portfolios, vocabulary: .portfolios, officialOrderFollowsLanguage: true,
                        options: [Option(name: "portfolio", help: .optionPortfolio)], countedBy: ["portfolio"],
                        noMatch: .noPortfolioMatches, searched: true, pane: .firstPane, paneTitle: .panePortfolio,
                        selectionPhrase: .selectionPortfolio, chart: (.chartPortfolio, nil),
                        sorting: Sorting(word: "portfolio", label: .sortPortfolio, rank: 2),
                        reportTotal: (.totalPortfolios, 1), definitions: nil, summary: nil,
                        comparison: Comparison(key: "portfolio", rank: 2, tableTitle: .countsPortfolio, tableRank: 2, changes: nil),
                        unknownNote: nil),
        FacetDescriptor(facet: .category, field: .category, terms: Vocabulary.categories, vocabulary: .categories, officialOrderFollowsLanguage: true,
                        options: [Option(name: "category", help: .optionCategory)], countedBy: ["category"],
                        noMatch: .noCategoryMatches, searched: true, pane: .ownPane, paneTitle: .paneCategory,
                        selectionPhrase: .selectionCategory, chart: (.chartCategory, nil),
                        sorting: Sorting(word: "category", label: .sortCategory, rank: 3),
                        reportTotal: (.totalCategories, 2), definitions: .definitionsCategory, summary: (.countsCategory, 1),
                        comparison: Comparison(key: "category", rank: 0, tableTitle: .countsCategory, tableRank: 1,
                                               changes: (.changesCategory, 1)),
                        unknownNote: .unknownCategory),
        FacetDescriptor(facet: .status, field: .status, terms: Vocabulary.statuses, vocabulary: .statuses, officialOrderFollowsLanguage: false,
                        options: [Option(name: "status", help: .optionStatus)], countedBy: ["status"],
                        noMatch: .noStatusMatches, searched: true, pane: .ownPane, paneTitle: .paneStatus,
                        selectionPhrase: .selectionStatus, chart: (.chartStatus, nil),
                        sorting: Sorting(word: "status", label: .sortStatus, rank: 4),
                        reportTotal: nil, definitions: .definitionsStatus, summary: (.countsStatus, 0),
                        comparison: Comparison(key: "status", rank: 1, tableTitle: .countsStatus, tableRank: 0,
                                               changes: (.changesStatus, 0)),
                        unknownNote: .unknownStatus),
        FacetDescriptor(facet: .organisation, field: .organisation, terms: [], vocabulary: nil, officialOrderFollowsLanguage: false,
                        options: [Option(name: "org", help: .optionOrg), Option(name: "body", help: .optionBody)],
                        countedBy: ["org", "organisation", "body"],
                        noMatch: .noOrganisationMatches, searched: true, pane: .firstPane, paneTitle: .paneOrganisation,
                        selectionPhrase: .selectionOrganisation, chart: (.chartTopOrganisations, 10),
                        sorting: Sorting(word: "organisation", label: .sortOrganisation, rank: 1),
                        reportTotal: (.totalOrganisations, 0), definitions: nil, summary: nil, comparison: nil, unknownNote: nil),
        FacetDescriptor(facet: .edition, field: nil, terms: [], vocabulary: nil, officialOrderFollowsLanguage: false,
                        options: [], countedBy: ["edition"],
                        noMatch: .noEditionMatches, searched: false, pane: .editionPane, paneTitle: .paneEdition,
                        selectionPhrase: nil, chart: nil, sorting: nil,
                        reportTotal: nil, definitions: nil, summary: nil, comparison: nil, unknownNote: nil),
    ]

    /// The entries that have a `rank` (`\.summary?.rank`, `\.comparison?.rank`, …), in its order.
    public static func ranked(by rank: (FacetDescriptor) -> Int?) -> [FacetDescriptor] {
        all.compactMap { entry in rank(entry).map { (entry, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// The facet that reads `field`, if one does (names and benefits are no facet's).
    public static func facet(reading field: Field) -> Facet? { facetOfField[field.position] }

    /// The facet of each field, by `Field.position`.
    private static let facetOfField: [Facet?] = Field.allCases.map { field in all.first { $0.field == field }?.facet }
}

extension Facet {
    /// This facet's entry in `FacetDescriptor.all`.
    public var descriptor: FacetDescriptor { FacetDescriptor.all[index] }

    /// The official vocabulary this facet's values resolve to, if it has one.
    var vocabulary: VocabularyIndex? { descriptor.vocabulary }
}
