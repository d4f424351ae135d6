import PortraitText
import PortraitStore

/// What `portrait summary` prints: the title, what the figures are (the sample notice for the embedded
/// editions, the source line — title, edition, publisher, licence, address, retrieval date — of official
/// ones), the totals, and bars by the values of each facet with a `FacetDescriptor.summary` (status, then
/// category).
public enum SummaryWriter {
    /// The whole summary of `store`, read from the files named `sources`. `width` cuts labels (a
    /// terminal's width), nil keeps them whole.
    public static func text(store: PortraitStore, sources: [String], provenance: [Provenance], interface: Language,
                            labels: Language, width: Int?) -> String {
        let rows = Array(0..<store.count)
        var text = title(sources: sources, provenance: provenance, language: interface) + "\n"
        text += lines(provenance, language: interface)
        let bodies = store.tally(.organisation, rows: rows).filter { !store.values(.organisation)[$0.code].isBlank }.count
        text += CommandText.summaryCounts.text(interface, ["initiatives": String(store.count), "bodies": String(bodies)]) + "\n\n"
        for (facet, title) in barred {
            text += title.text(interface) + "\n"
            text += BarChart.render(store.tally(facet, rows: rows, language: labels), total: store.count, language: interface, width: width)
            text += "\n"
        }
        text += CommandText.summaryHint.text(interface) + "\n"
        return text
    }

    /// The facets whose bars the summary draws, in their order.
    static let barred: [(facet: Facet, title: FacetText)] = FacetDescriptor.ranked { $0.summary?.rank }.compactMap { entry in
        entry.summary.map { (entry.facet, $0.title) }
    }

    /// The first line: the register's title over the files read when every edition is the register's,
    /// else the files, each named with its own title line (`ProvenanceText.fileLabel`).
    static func title(sources: [String], provenance: [Provenance], language: Language) -> String {
        if ProvenanceText.allRegister(provenance) {
            return CommandText.summaryTitle.text(language, ["sources": sources.map { TerminalSafe.visible($0) }.joined(separator: ", ")])
        }
        let names = provenance.map { ProvenanceText.fileLabel($0) ?? $0.sourceURL ?? $0.edition }
        return CommandText.summaryTitleFiles.text(language, ["sources": names.map { TerminalSafe.visible($0) }.joined(separator: ", ")])
    }

    /// The lines under the title that say what the figures are.
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
