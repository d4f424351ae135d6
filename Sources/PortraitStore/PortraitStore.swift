import Synchronization
import PortraitText

/// The loaded portrait, immutable once built: name and benefits in contiguous byte columns, facet fields
/// dictionary-encoded (one small integer code per row into a list of values, packed row by row), and a
/// word index for search built when first needed.
public final class PortraitStore: Sendable {
    /// Number of initiatives (rows).
    public let count: Int
    public let names: TextColumn
    public let benefits: TextColumn
    let facets: [FacetColumn]
    /// Every row's value code per facet.
    let codes: CodeMatrix
    /// Titles of the columns that hold none of the fields (`Field`), in first-seen order.
    public let extraTitles: [String]
    let extras: [TextColumn]
    /// Line of each row in its source file.
    let lines: [Int32]
    /// Word search over the text and the searched facets' labels, built on the first search (counting
    /// and exporting without a search never pay for it).
    private let searchIndexCache = Mutex<SearchIndex?>(nil)
    /// Folded labels (raw, French, English) of every facet value, for matching.
    let foldedLabels: [FoldedLabels]
    /// Facets whose labels the search looks at, besides name and benefits.
    static let searchedFacets: [Facet] = FacetDescriptor.all.filter(\.searched).map(\.facet)
    /// Search words every row was checked against while loading (one-shot commands keep only the rows
    /// that match): searching for them again finds every row.
    let searchedAtLoad: [String]
    /// Bytes of the longest name plus the longest benefits (and their separator): the folding buffer a
    /// search that reads every row needs.
    let longestSearchedText: Int
    /// The answer to the empty query, computed once.
    let everything: Selection
    /// Sort positions, computed on the first sort that needs them (a million names take a while to sort).
    /// Built outside the lock (see `sortRanks`), so reading whether they are ready never waits for a build.
    private let sortRanksCache = Mutex<SortRanks?>(nil)
    /// Set by the first `prepareSorting`, so that a second one does not build them again meanwhile.
    private let sortingStarted = Atomic<Bool>(false)
    /// The benefits as a facet, built on first use (see `benefitFacet`).
    let benefitFacetCache = Mutex<BenefitFacet?>(nil)

    init(names: TextColumn, benefits: TextColumn, facets: [FacetColumn], codes: CodeMatrix, extraTitles: [String],
         extras: [TextColumn], lines: [Int32], searchedAtLoad: [String] = []) {
        self.count = names.count
        self.names = names
        self.benefits = benefits
        self.facets = facets
        self.codes = codes
        self.extraTitles = extraTitles
        self.extras = extras
        self.lines = lines
        self.searchedAtLoad = searchedAtLoad
        longestSearchedText = max(names.longestElement, 1) + max(benefits.longestElement, 1) + 1
        self.foldedLabels = facets.map { FoldedLabels($0.values) }
        var counts: [Facet: [Int]] = [:]
        for facet in Facet.allCases {
            var perValue = [Int](repeating: 0, count: facets[facet.index].values.count)
            for row in 0..<names.count { perValue[Int(codes[row, facet.index])] += 1 }
            counts[facet] = perValue
        }
        self.everything = Selection(rows: Array(0..<names.count), counts: counts)
    }

    /// A value's labels (as written, French, English) folded and joined by U+0001, for matching words.
    static func foldedLabels(of value: FacetValue) -> String {
        var labels = [TextFold.fold(value.raw)]
        if let term = value.term { labels += [TextFold.fold(term.fr), TextFold.fold(term.en)] }
        return labels.joined(separator: "\u{1}")
    }

    /// The word index, built on first use. It is built outside the lock, so a search running meanwhile
    /// (which reads every row instead) never waits for it.
    var searchIndex: SearchIndex {
        if let built = builtSearchIndex { return built }
        let index = SearchIndex(names: names, benefits: benefits, facetLabels: Self.searchedFacets.map { foldedLabels[$0.index] },
                                codes: codes, facets: Self.searchedFacets.map(\.index))
        return searchIndexCache.withLock { cached in
            if let cached { return cached }
            cached = index
            return index
        }
    }

    /// Builds the search index now (for example in the background after the first screen is drawn):
    /// from then on every search answers from the index instead of reading every row.
    public func prepareSearch() { _ = searchIndex }

    /// The search index if it has been built.
    var builtSearchIndex: SearchIndex? { searchIndexCache.withLock { $0 } }

    /// Builds the sort positions ahead of need (the browser does it in the background after the word
    /// index), unless they are ready or an earlier call is building them: it then returns at once, and
    /// `hasSortRanks` says when they are ready.
    public func prepareSorting() {
        guard !sortingStarted.exchange(true, ordering: .acquiringAndReleasing) else { return }
        _ = sortRanks
    }

    /// Builds the sort positions here, on this thread, unless they are ready: when it returns they are.
    /// Never waits for another thread building them (it builds too; the first stored is kept). For what
    /// must sort now (an export), never for the browser's `apply`.
    public func makeSortRanks() { _ = sortRanks }

    /// Whether the sort positions are ready: a sort by name or by a facet then answers at once. Never waits
    /// for a build.
    public var hasSortRanks: Bool { builtSortRanks != nil }

    /// The sort positions if they have been built.
    var builtSortRanks: SortRanks? { sortRanksCache.withLock { $0 } }

    /// The sort positions, built on first use. They are built outside the lock, as the word index is, so
    /// a thread asking whether they are ready never waits for the build; two threads building at once
    /// both finish, and the first result stored is kept.
    var sortRanks: SortRanks {
        if let built = builtSortRanks { return built }
        let ranks = SortRanks(facets: facets, names: names)
        return sortRanksCache.withLock { cached in
            if let cached { return cached }
            cached = ranks
            return ranks
        }
    }

    /// The distinct values of `facet`, indexed by their code.
    public func values(_ facet: Facet) -> [FacetValue] { facets[facet.index].values }

    /// The value code of `facet` for `row`.
    public func code(_ facet: Facet, row: Int) -> Int { Int(codes[row, facet.index]) }

    /// The value of `facet` for `row`.
    public func value(_ facet: Facet, row: Int) -> FacetValue {
        let column = facets[facet.index]
        return column.values[Int(codes[row, facet.index])]
    }

    /// The text of `field` for `row` as data (empty when the file left it empty); vocabulary fields in `language`.
    public func text(_ field: Field, row: Int, language: Language = .fr) -> String {
        switch field {
        case .name: return names[row]
        case .benefits: return benefits[row]
        default:
            guard let facet = FacetDescriptor.facet(reading: field) else { return "" }
            return value(facet, row: row).text(language)
        }
    }

    /// The edition label of `row`.
    public func edition(row: Int) -> String { value(.edition, row: row).raw }

    /// The text of extra column `index` (see `extraTitles`) for `row`.
    public func extra(_ index: Int, row: Int) -> String { extras[index][row] }

    /// Line of `row` in its source file.
    public func line(row: Int) -> Int { Int(lines[row]) }
}

/// One dictionary-encoded facet's distinct values; each row's code into them is in the store's `CodeMatrix`.
struct FacetColumn: Sendable {
    var values: [FacetValue]
}
