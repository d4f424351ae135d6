import PortraitText
import PortraitStore

/// What `portrait summary` prints: the title, what the figures are (the sample notice for the embedded
/// editions, the source line — title, edition, publisher, licence, address, retrieval date — of official
/// ones), the totals, and bars by status and by category.
public enum SummaryWriter {
    /// The whole summary of `store`, read from the files named `sources`. `width` cuts labels (a
    /// terminal's width), nil keeps them whole.
    public static func text(store: PortraitStore, sources: [String], provenance: [Provenance], interface: Language,
                            labels: Language, width: Int?) -> String {
        let rows = Array(0..<store.count)
        var text = CommandText.summaryTitle.text(interface, ["sources": sources.map { TerminalSafe.visible($0) }.joined(separator: ", ")]) + "\n"
        text += lines(provenance, language: interface)
        let bodies = store.tally(.organisation, rows: rows).filter { !store.values(.organisation)[$0.code].isBlank }.count
        text += CommandText.summaryCounts.text(interface, ["initiatives": String(store.count), "bodies": String(bodies)]) + "\n\n"
        text += CommandText.summaryByStatus.text(interface) + "\n"
        text += BarChart.render(store.tally(.status, rows: rows, language: labels), total: store.count, language: interface, width: width)
        text += "\n" + CommandText.summaryByCategory.text(interface) + "\n"
        text += BarChart.render(store.tally(.category, rows: rows, language: labels), total: store.count, language: interface, width: width)
        text += "\n" + CommandText.summaryHint.text(interface) + "\n"
        return text
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
