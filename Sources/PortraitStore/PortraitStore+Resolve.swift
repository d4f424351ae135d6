import PortraitText

extension PortraitStore {
    /// The value codes of `facet` that `text` names, case- and accent-insensitively, in French or English.
    /// An exact label wins; otherwise every value in whose labels each word of the text begins a word
    /// (`sante reseau` selects *Santé et Services sociaux (Réseau)*; see `SearchTerm`). The empty value is
    /// named `''`, `(vide)` or `(blank)` in either language (`FacetValue.blankNames`), unless a value of the
    /// data is written so. Throws a usage error listing the closest values, in `language`, when nothing
    /// matches.
    public func resolve(_ facet: Facet, _ text: String, language: Language = .fr) throws -> Set<Int> {
        let values = self.values(facet)
        let key = VocabularyIndex.key(text)
        let exact = values.indices.filter { code in
            let value = values[code]
            let spellings = [value.raw] + (value.term?.spellings ?? [])
            return spellings.contains { VocabularyIndex.key($0) == key }
        }
        if !exact.isEmpty { return Set(exact) }
        if CellText.tidy(text).isEmpty || FacetValue.blankNames.contains(where: { VocabularyIndex.key($0) == key }) {
            let blank = values.indices.filter { values[$0].isBlank }
            if !blank.isEmpty { return Set(blank) }
        }
        let terms = SearchTerm.terms(of: CellText.tidy(text)).map(SearchTerm.init(folded:))
        var partial: Set<Int>?
        for term in terms {
            let codes = Set(foldedLabels[facet.index].codes(matching: term))
            partial = partial.map { $0.intersection(codes) } ?? codes
        }
        if let partial, !partial.isEmpty { return partial }
        let closest = ClosestValues.ranked(text, labels: foldedLabels[facet.index], shown: values.map { $0.label(language) })
        let known = closest.joined(separator: "; ")
        let more = values.count > closest.count ? "; …" : ""
        throw PortraitError(.usage, facet.descriptor.noMatch, ["text": TerminalSafe.visible(text), "values": TerminalSafe.visible(known + more)])
    }
}
