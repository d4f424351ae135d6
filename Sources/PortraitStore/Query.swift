import PortraitText

/// What a person asks for: selected values per facet (OR within a facet, AND across facets) and search
/// words (each must begin a word of the initiative, case- and accent-insensitively; see `SearchTerm`), plus the order of the answer.
public struct Query: Sendable, Equatable {
    /// Selected value codes per facet; an absent or empty set means no filter on that facet.
    public var selected: [Facet: Set<Int>]
    /// Free text; split into words, each of which must match.
    public var search: String
    public var sort: SortKey
    /// Selected benefit codes (see `PortraitStore.benefitFacet`): a row passes when it carries one of them.
    public var benefits: Set<Int>
    /// Whether the answer carries the disjunctive count of every benefit (`Selection.benefitCounts`).
    public var countsBenefits: Bool
    /// Whether `sort` goes the other way: the whole order reversed (file order from the last row read).
    public var descending: Bool
    /// Classes of rows beyond the facets (the changes between two editions); nil: none to filter or count.
    public var classes: RowClasses?
    /// The classes chosen (numbers below `classes.count`): a row passes when it is in one of them.
    public var selectedClasses: Set<Int>

    public init(selected: [Facet: Set<Int>] = [:], search: String = "", sort: SortKey = .fileOrder,
                benefits: Set<Int> = [], countsBenefits: Bool = false) {
        self.selected = selected
        self.search = search
        self.sort = sort
        self.benefits = benefits
        self.countsBenefits = countsBenefits
        self.descending = false
        self.classes = nil
        self.selectedClasses = []
    }

    /// Whether any filter or search is active.
    public var isEmpty: Bool {
        selected.values.allSatisfy(\.isEmpty) && benefits.isEmpty && searchWords.isEmpty && classMask == 0
    }

    /// The bits of the classes chosen (0: no class filter).
    var classMask: UInt8 { classes?.mask(selectedClasses) ?? 0 }

    /// The folded search terms: each word, or each quoted phrase with its words joined by one space
    /// (see `SearchTerm`).
    public var searchWords: [String] { SearchTerm.terms(of: search) }

    /// Adds or removes `code` from the selection of `facet`.
    public mutating func toggle(_ facet: Facet, _ code: Int) {
        var set = selected[facet] ?? []
        if set.contains(code) { set.remove(code) } else { set.insert(code) }
        selected[facet] = set
    }
}

/// The order of a query's answer: file order (the order rows were read), the initiatives' names, or a
/// facet whose entry in `FacetDescriptor.all` says it sorts (`FacetDescriptor.Sorting`: the word
/// `--sort` takes, the order's name, its place among the keys).
public enum SortKey: Hashable, Sendable, CaseIterable, RawRepresentable, Codable {
    case fileOrder
    case name
    case facet(Facet)

    /// Every key, in the order `--help` lists them and the browser's `s` cycles them: file order, names,
    /// then the facets that sort by their rank.
    public static let allCases: [SortKey] = [.fileOrder, .name] + FacetDescriptor.ranked { $0.sorting?.rank }.map { .facet($0.facet) }

    /// The word `--sort` takes: "file", "name", or the facet's `FacetDescriptor.Sorting.word`.
    public var rawValue: String {
        switch self {
        case .fileOrder: return "file"
        case .name: return "name"
        case .facet(let facet): return facet.descriptor.sorting?.word ?? "\(facet)"
        }
    }

    public init?(rawValue: String) {
        guard let key = SortKey.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = key
    }

    public init(from decoder: any Decoder) throws {
        let word = try decoder.singleValueContainer().decode(String.self)
        guard let key = SortKey(rawValue: word) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no sort key \(word)"))
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The facet a sort key orders by, if any.
    public var facet: Facet? {
        if case .facet(let facet) = self { return facet }
        return nil
    }
}

/// The answer to a query: the matching rows in order, and for every facet value its disjunctive count
/// (the rows that would match if that facet's own selection were replaced by this value alone).
public struct Selection: Sendable, Equatable {
    public var rows: [Int]
    /// Counts per facet, indexed by value code.
    public var counts: [Facet: [Int]]
    /// Counts per benefit code, when the query asked for them (`Query.countsBenefits`).
    public var benefitCounts: [Int] = []
    /// Counts per row class (`Query.classes`), with every other filter applied; empty without classes.
    public var classCounts: [Int] = []

    public func count(_ facet: Facet, _ code: Int) -> Int { counts[facet]?[code] ?? 0 }
}
