import ArgumentParser
import PortraitCore

/// `portrait stats`: counts of initiatives per value of one facet.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: localized(fr: "Compter les initiatives par portefeuille, catégorie, statut, organisme, bénéfice ou édition, du plus grand au plus petit.",
                           en: "Count initiatives per portfolio, category, status, organisation, benefit or edition, largest first."),
        discussion: discussion(fr: """
            Les filtres choisissent les initiatives comptées.

            Exemples :
              portrait stats --by category
              portrait stats --by org --status production --format csv
            """, en: """
            The filters select the initiatives counted.

            Examples:
              portrait stats --by category
              portrait stats --by org --status production --format csv
            """)
    )

    /// What `--by` accepts: a facet's words (`FacetDescriptor.countedBy`), or `benefit`, a facet of several
    /// values per initiative, listed after the facets that have a filter option.
    struct Dimension: ExpressibleByArgument {
        /// The word as given.
        let word: String
        /// The store facet counted; nil for benefits.
        let facet: Facet?

        static let benefit = "benefit"

        init?(argument: String) {
            if argument == Self.benefit {
                (word, facet) = (argument, nil)
            } else if let entry = FacetDescriptor.all.first(where: { $0.countedBy.contains(argument) }) {
                (word, facet) = (argument, entry.facet)
            } else {
                return nil
            }
        }

        static var allValueStrings: [String] {
            let (filtered, others) = (FacetDescriptor.all.filter { !$0.options.isEmpty }, FacetDescriptor.all.filter { $0.options.isEmpty })
            return filtered.flatMap(\.countedBy) + [benefit] + others.flatMap(\.countedBy)
        }

        static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

        var defaultValueDescription: String { word }
    }

    /// What `--format` accepts.
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var labels: LabelOptions

    @Option(help: ArgumentHelp(localized(fr: "Ce par quoi compter.",
                                         en: "What to count by."), valueName: "facet"))
    var by: Dimension = Dimension(argument: Facet.category.descriptor.countedBy[0])!

    @Option(help: ArgumentHelp(localized(fr: "Sortie : un tableau avec barres, CSV ou JSON.",
                                         en: "Output: a table with bars, CSV or JSON."), valueName: "format"))
    var format: SummaryFormat = .table

    @Flag(help: ArgumentHelp(localized(fr: "Ne pas préfixer d'une apostrophe, en CSV, les valeurs qui commencent par = + - @.",
                                            en: "Do not prefix values starting with = + - @ with an apostrophe in CSV.")))
    var noFormulaGuard = false

    func run() throws {
        try reportingErrors(in: labels.interface) {
            // Counting by edition with no file counts every edition, not only the latest.
            // Names and benefits are not kept unless benefits are counted or filtered.
            let needsBenefits = by.facet == nil || !filters.benefit.isEmpty
            let loaded = try input.load(keepingRowsMatching: filters.searchWhileLoading, keepingText: needsBenefits, language: labels.interface,
                                        everyEmbeddedEdition: by.facet == .edition)
            let store = loaded.store
            let selection = store.select(try filters.query(for: store, language: labels.interface), language: labels.labels)
            let tallies = by.facet.map { store.tally($0, rows: selection.rows, language: labels.labels) } ?? store.benefitTally(rows: selection.rows)
            // Written a part at a time: a million distinct values are never held as one text.
            let write: (String) -> Void = { emit(Array($0.utf8)) }
            switch format {
            case .table:
                let footer = ProvenanceText.tableFooter(try input.provenance(of: loaded), language: labels.interface)
                TallyWriter.table(tallies, total: selection.rows.count, language: labels.interface, width: tableWidth, into: write)
                write(footer)
            case .csv:
                TallyWriter.csv(tallies, formulaGuard: !noFormulaGuard, terminalSafe: standardOutputIsTerminal, into: write)
            case .json:
                TallyWriter.json(tallies, into: write)
            }
        }
    }
}
