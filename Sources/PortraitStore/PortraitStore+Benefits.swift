import PortraitText

extension PortraitStore {
    /// The benefits as a facet (see `BenefitFacet`), built on first use.
    public var benefitFacet: BenefitFacet {
        benefitFacetCache.withLock { cached in
            if let cached { return cached }
            let facet = BenefitFacet(benefits: benefits, rows: count)
            cached = facet
            return facet
        }
    }

    /// Rows that carry at least one of the benefit `codes`.
    func rows(withBenefits selected: Set<Int>) -> RowBits {
        benefitFacet.rows(carrying: selected, count: count)
    }

    /// Disjunctive counts per benefit: for each benefit, the rows that every other filter and the search
    /// keep and that carry it. `rows` is the answer to `query`, which they are when no benefit is selected.
    func benefitCounts(_ query: Query, rows: [Int], language: Language) -> [Int] {
        let facet = benefitFacet
        var counted = rows
        if !query.benefits.isEmpty {
            var others = query
            others.benefits = []
            others.countsBenefits = false
            others.sort = .fileOrder
            counted = select(others, language: language).rows
        }
        return facet.counts(rows: counted)
    }

    /// The benefit codes that `text` names: a benefit written the same way (whatever the case, accents or
    /// spaces) wins; otherwise every benefit in which each word of the text begins a word (`SearchTerm`).
    /// Throws a usage error listing the closest benefits when nothing matches.
    public func resolveBenefit(_ text: String) throws -> Set<Int> {
        let facet = benefitFacet
        let key = VocabularyIndex.key(text)
        let exact = facet.labels.codes(withKey: key)
        if !exact.isEmpty { return Set(exact) }
        var partial: Set<Int>?
        for term in SearchTerm.terms(of: CellText.tidy(text)).map(SearchTerm.init(folded:)) {
            let codes = Set(facet.labels.codes(matching: term))
            partial = partial.map { $0.intersection(codes) } ?? codes
        }
        if let partial, !partial.isEmpty { return partial }
        let closest = ClosestValues.ranked(text, labels: facet.labels, shown: facet.values)
        let more = facet.values.count > closest.count ? "; …" : ""
        throw PortraitError(.usage, .noBenefitMatches,
                            ["text": TerminalSafe.visible(text), "values": TerminalSafe.visible(closest.joined(separator: "; ") + more)])
    }

    /// Initiatives per benefit among `rows`, largest first, ties by folded text; benefits with no
    /// initiative left out.
    public func benefitTally(rows: [Int]) -> [Tally] {
        let facet = benefitFacet
        let counts = facet.counts(rows: rows)
        // Ties by folded text, compared where the facet keeps it folded (folding at each comparison took
        // seconds for a million distinct benefits).
        return counts.indices
            .filter { counts[$0] > 0 }
            .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : facet.labels.precedes($0, $1) }
            .map { Tally(code: $0, label: facet.values[$0], count: counts[$0]) }
    }
}
