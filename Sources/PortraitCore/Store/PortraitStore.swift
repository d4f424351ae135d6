import Synchronization

/// The loaded portrait, immutable once built: text fields in contiguous columns, facet fields
/// dictionary-encoded (one small integer code per row into a list of values), and a pre-folded search text.
public final class PortraitStore: Sendable {
    /// Number of initiatives (rows).
    public let count: Int
    let names: TextColumn
    let benefits: TextColumn
    let facets: [FacetColumn]
    /// Titles of the columns that hold none of the six fields, in first-seen order.
    public let extraTitles: [String]
    let extras: [TextColumn]
    /// Line of each row in its source file.
    let lines: [Int32]
    /// Folded name and benefits of each row, for search.
    let searchText: TextColumn
    /// Folded label matching for facet values, reused by every search.
    let foldedLabels: [[String]]
    /// Sort positions, computed on the first sort that needs them (a million names take a while to sort).
    private let sortRanksCache = Mutex<SortRanks?>(nil)

    init(names: TextColumn, benefits: TextColumn, facets: [FacetColumn], extraTitles: [String], extras: [TextColumn],
         lines: [Int32], searchText: TextColumn) {
        self.count = names.count
        self.names = names
        self.benefits = benefits
        self.facets = facets
        self.extraTitles = extraTitles
        self.extras = extras
        self.lines = lines
        self.searchText = searchText
        self.foldedLabels = facets.map { column in
            column.values.map { value in
                var labels = [TextFold.fold(value.raw)]
                if let term = value.term { labels += [TextFold.fold(term.fr), TextFold.fold(term.en)] }
                return labels.joined(separator: "\u{1}")
            }
        }
    }

    var sortRanks: SortRanks {
        sortRanksCache.withLock { cached in
            if let cached { return cached }
            let ranks = SortRanks(facets: facets, names: names)
            cached = ranks
            return ranks
        }
    }

    /// The distinct values of `facet`, indexed by their code.
    public func values(_ facet: Facet) -> [FacetValue] { facets[facet.index].values }

    /// The value code of `facet` for `row`.
    public func code(_ facet: Facet, row: Int) -> Int { Int(facets[facet.index].codes[row]) }

    /// The value of `facet` for `row`.
    public func value(_ facet: Facet, row: Int) -> FacetValue {
        let column = facets[facet.index]
        return column.values[Int(column.codes[row])]
    }

    /// The text of `field` for `row`; vocabulary fields in `language`.
    public func text(_ field: Field, row: Int, language: Language = .fr) -> String {
        switch field {
        case .name: return names[row]
        case .benefits: return benefits[row]
        case .category: return value(.category, row: row).label(language)
        case .organisation: return value(.organisation, row: row).label(language)
        case .portfolio: return value(.portfolio, row: row).label(language)
        case .status: return value(.status, row: row).label(language)
        }
    }

    /// The edition label of `row`.
    public func edition(row: Int) -> String { value(.edition, row: row).raw }

    /// The text of extra column `index` (see `extraTitles`) for `row`.
    public func extra(_ index: Int, row: Int) -> String { extras[index][row] }

    /// Line of `row` in its source file.
    public func line(row: Int) -> Int { Int(lines[row]) }
}

/// One dictionary-encoded facet: the distinct values and each row's code into them.
struct FacetColumn: Sendable {
    var values: [FacetValue]
    var codes: [UInt32]
}

extension Facet {
    /// Position of the facet in the store's facet columns.
    var index: Int {
        switch self {
        case .portfolio: return 0
        case .category: return 1
        case .status: return 2
        case .organisation: return 3
        case .edition: return 4
        }
    }
}
