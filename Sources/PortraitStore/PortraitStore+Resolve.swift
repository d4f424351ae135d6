import PortraitText

extension PortraitStore {
    /// The value codes of `facet` that `text` names, case- and accent-insensitively, in French or English.
    /// An exact label wins; otherwise every value whose label contains the text. Throws a usage error
    /// listing the values when nothing matches.
    public func resolve(_ facet: Facet, _ text: String) throws -> Set<Int> {
        let values = self.values(facet)
        let key = VocabularyIndex.key(text)
        let exact = values.indices.filter { code in
            let value = values[code]
            let spellings = [value.raw] + (value.term?.spellings ?? [])
            return spellings.contains { VocabularyIndex.key($0) == key }
        }
        if !exact.isEmpty { return Set(exact) }
        let folded = TextFold.fold(CellText.tidy(text))
        let partial = values.indices.filter { foldedLabels[facet.index][$0].contains(folded) }
        if !folded.isEmpty && !partial.isEmpty { return Set(partial) }
        let known = values.map { $0.label(.fr) }.sorted().prefix(12).joined(separator: "; ")
        let more = values.count > 12 ? "; …" : ""
        let message: ErrorText
        switch facet {
        case .portfolio: message = .noPortfolioMatches
        case .category: message = .noCategoryMatches
        case .status: message = .noStatusMatches
        case .organisation: message = .noOrganisationMatches
        case .edition: message = .noEditionMatches
        }
        throw PortraitError(.usage, message, ["text": TerminalSafe.visible(text), "values": TerminalSafe.visible(known + more)])
    }
}
