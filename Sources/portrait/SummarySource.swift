import PortraitCore

/// The lines under `summary`'s title that say what the figures are: the sample notice for the embedded
/// editions, the source line (title, edition, publisher, licence, address, retrieval date) of official ones.
enum SummarySource {
    static func lines(_ provenance: [Provenance], language: Language) -> String {
        if let notice = ProvenanceText.sampleNotice(provenance, language: language) { return notice.uppercasedFirst + "\n" }
        return provenance.filter { $0.kind == .official }
            .map { TerminalSafe.visible(ProvenanceText.sourceLine($0, language: language)) + "\n" }.joined()
    }
}

extension String {
    /// The text with its first character in upper case.
    var uppercasedFirst: String { prefix(1).uppercased() + dropFirst() }
}
