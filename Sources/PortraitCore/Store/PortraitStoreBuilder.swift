/// Accumulates rows from one or more sources, then builds an immutable `PortraitStore`.
public struct PortraitStoreBuilder {
    private var names = TextColumn()
    private var benefits = TextColumn()
    private var searchText = TextColumn()
    private var facetValues: [[FacetValue]] = Array(repeating: [], count: Facet.allCases.count)
    private var facetKeys: [[String: UInt32]] = Array(repeating: [:], count: Facet.allCases.count)
    private var facetCodes: [[UInt32]] = Array(repeating: [], count: Facet.allCases.count)
    private var extraTitles: [String] = []
    private var extras: [TextColumn] = []
    private var lines: [Int32] = []
    private var currentEdition: UInt32 = 0
    private var currentExtraSlots: [Int] = []
    private var foldScratch: [UInt8] = []

    public init() {}

    public var count: Int { names.count }

    /// Starts a new source: its rows carry `edition` and its extra columns are titled `extraHeaders`.
    public mutating func beginSource(edition: String, extraHeaders: [String]) {
        currentEdition = code(for: .edition, raw: edition)
        currentExtraSlots = extraHeaders.map { title in
            if let slot = extraTitles.firstIndex(of: title) { return slot }
            extraTitles.append(title)
            var column = TextColumn()
            for _ in 0..<names.count { column.append("") }
            extras.append(column)
            return extraTitles.count - 1
        }
    }

    /// Adds one row; texts must already be tidied. `extraValues` align with the current source's extra headers.
    public mutating func append(_ fields: [Field: String], extraValues: [String], line: Int) {
        let name = fields[.name] ?? ""
        let benefit = fields[.benefits] ?? ""
        names.append(name)
        benefits.append(benefit)
        foldScratch.removeAll(keepingCapacity: true)
        TextFold.append(name, to: &foldScratch)
        foldScratch.append(0x01)
        TextFold.append(benefit, to: &foldScratch)
        searchText.append(bytes: foldScratch)
        for facet in Facet.allCases {
            if facet == .edition {
                facetCodes[facet.index].append(currentEdition)
            } else if let field = facet.field {
                facetCodes[facet.index].append(code(for: facet, raw: fields[field] ?? ""))
            }
        }
        var filled = Set<Int>()
        for (k, value) in extraValues.enumerated() where k < currentExtraSlots.count {
            extras[currentExtraSlots[k]].append(value)
            filled.insert(currentExtraSlots[k])
        }
        for slot in extras.indices where !filled.contains(slot) { extras[slot].append("") }
        lines.append(Int32(clamping: line))
    }

    /// The dictionary code of a facet value, added on first sight. Vocabulary facets resolve French,
    /// English and variant labels to one official term.
    private mutating func code(for facet: Facet, raw: String) -> UInt32 {
        let i = facet.index
        if let code = facetKeys[i][raw] { return code }
        let term = facet.vocabulary?.term(for: raw)
        let canonical = term.map { "\u{1}" + $0.fr } ?? raw
        if let code = facetKeys[i][canonical] {
            facetKeys[i][raw] = code
            return code
        }
        let code = UInt32(facetValues[i].count)
        facetValues[i].append(FacetValue(raw: raw, term: term))
        facetKeys[i][canonical] = code
        facetKeys[i][raw] = code
        return code
    }

    public func build() -> PortraitStore {
        let facets = Facet.allCases.map { FacetColumn(values: facetValues[$0.index], codes: facetCodes[$0.index]) }
        return PortraitStore(names: names, benefits: benefits, facets: facets, extraTitles: extraTitles, extras: extras,
                             lines: lines, searchText: searchText)
    }
}
