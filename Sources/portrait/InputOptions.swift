import ArgumentParser
import PortraitCore
import PortraitData

/// The files to read and how to read them; shared by every command.
struct InputOptions: ParsableArguments {
    @Argument(help: "Portrait files (CSV or XLSX). None: the embedded latest edition.")
    var files: [String] = []

    @Option(help: ArgumentHelp(
        "Map columns by header: field=Header,… (fields: name, category, organisation, portfolio, benefits, status).",
        valueName: "mapping"))
    var columns: String?

    @Option(help: ArgumentHelp("Worksheet to read in XLSX files (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(name: .customLong("edition"), help: ArgumentHelp(
        "Edition label of each file, in order (default: the year in the file name).", valueName: "label"))
    var editions: [String] = []

    /// Loads the files (or the embedded edition). One-shot commands pass their `search` so that rows
    /// without the words are dropped while reading instead of being stored and searched afterwards.
    /// A slow load shows its progress on standard error when that is a terminal, in `language`.
    /// Commands that only count pass `keepingText: false`: names and benefits are then never stored.
    func load(findingDuplicates: Bool = false, keepingRowsMatching search: String? = nil, keepingText: Bool = true,
              language: Language = .en) throws -> LoadedPortrait {
        var options = LoadOptions(sheet: sheet, editions: editions, findsDuplicates: findingDuplicates,
                                  keepingRowsMatching: Query(search: search ?? "").searchWords)
        options.keepsText = keepingText
        if let columns { options.columnOverrides = try HeaderMapper.parseOverrides(columns) }
        if files.isEmpty {
            guard let latest = EmbeddedData.latest else {
                throw PortraitError(.noInput, "no embedded portrait in this build; give a file")
            }
            return try Loader.load(csvFiles: [latest], options: options)
        }
        return try LoadingIndicator.around(files: files, language: language) { progress in
            options.progress = progress
            return try Loader.load(paths: files, options: options)
        }
    }
}

/// Facet filters and search text; shared by `query` and `stats`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep this ministerial portfolio (repeat for several: OR).", valueName: "value"))
    var portfolio: [String] = []

    @Option(help: ArgumentHelp("Keep this category, in French or English (repeat for several: OR).", valueName: "value"))
    var category: [String] = []

    @Option(help: ArgumentHelp("Keep this status, e.g. production, développement (repeat for several: OR).", valueName: "value"))
    var status: [String] = []

    @Option(help: ArgumentHelp("Keep this public body; part of a name selects every body that contains it.", valueName: "value"))
    var org: [String] = []

    @Option(help: ArgumentHelp("Words that must all appear (any case or accents) in name, body, portfolio, category or benefits.",
                               valueName: "text"))
    var search: String?

    func query(for store: PortraitStore, sort: SortKey = .fileOrder) throws -> Query {
        var query = Query(search: search ?? "", sort: sort)
        let given: [(Facet, [String])] = [(.portfolio, portfolio), (.category, category), (.status, status), (.organisation, org)]
        for (facet, texts) in given where !texts.isEmpty {
            query.selected[facet] = try texts.reduce(into: Set<Int>()) { $0.formUnion(try store.resolve(facet, $1)) }
        }
        return query
    }
}

/// The language of data labels (categories, statuses, portfolios).
struct LabelOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Language of data labels (categories, statuses, portfolios).", valueName: "fr|en"))
    var labels: Language = .fr
}

extension Language: ExpressibleByArgument {}
extension SortKey: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
