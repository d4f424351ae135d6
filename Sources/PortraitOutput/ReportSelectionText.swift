import PortraitText
import PortraitStore
import PortraitLoad
import PortraitCompare

/// The sentence and the `portrait query` command that describe a report's selection.
enum ReportSelectionText {
    /// The facets whose values the sentence says with a phrase of their own (`FacetDescriptor.selectionPhrase`),
    /// in the order the sentence and the command name them; the editions are said first, otherwise.
    static let facets: [(facet: Facet, phrase: FacetText)] = FacetDescriptor.all.compactMap { entry in
        entry.selectionPhrase.map { (entry.facet, $0) }
    }

    /// "The initiatives of edition 2025 whose status is “…” and that contain the words “…”.": the editions
    /// first ("de l'édition 2025", "des éditions 2024 et 2025": the French forms are whole phrases in
    /// `ReportText`, never "de" put before "l'édition"), then the other conditions joined by "and".
    static func sentence(store: PortraitStore, query: Query, interface: Language, labels: Language) -> String {
        var conditions: [String] = []
        for (facet, phrase) in facets {
            guard let codes = query.selected[facet], !codes.isEmpty else { continue }
            let values = sortedLabels(store, facet, codes, labels).map { quote($0, interface) }
            let joined = list(values, word: ReportText.selectionOr.text(interface), interface)
            conditions.append(phrase.text(interface, ["values": joined]))
        }
        // The benefits and changes chosen come after the facets, as in the command line.
        if let benefits = benefitCondition(store: store, query: query, interface: interface) { conditions.append(benefits) }
        if let changes = changeCondition(query: query, interface: interface, labels: labels) { conditions.append(changes) }
        let words = query.search.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        if !words.isEmpty {
            let quoted = words.map { quote($0, interface) }
            conditions.append(ReportText.selectionSearch.text(interface, ["words": list(quoted, word: ReportText.selectionAnd.text(interface), interface)]))
        }
        var parts: [String] = []
        if let codes = query.selected[.edition], !codes.isEmpty {
            let editions = sortedLabels(store, .edition, codes, labels)
            let form: ReportText = editions.count == 1 ? .selectionEditionOne : .selectionEditionMany
            parts.append(form.text(interface, ["values": list(editions, word: ReportText.selectionAnd.text(interface), interface)]))
        }
        if !conditions.isEmpty { parts.append(list(conditions, word: ReportText.selectionAnd.text(interface), interface)) }
        if parts.isEmpty { return ReportText.selectionAll.text(interface) }
        return ReportText.selectionIntro.text(interface, ["conditions": parts.joined(separator: " ")])
    }

    /// "that state the benefit “a” or “b”", as written in the data; nil when no benefit is chosen.
    private static func benefitCondition(store: PortraitStore, query: Query, interface: Language) -> String? {
        guard !query.benefits.isEmpty else { return nil }
        let benefits = store.benefitFacet.values
        let values = query.benefits.sorted().filter { $0 < benefits.count }.map { quote(benefits[$0], interface) }
        guard !values.isEmpty else { return nil }
        return ReportText.selectionBenefit.text(interface, ["values": list(values, word: ReportText.selectionOr.text(interface), interface)])
    }

    /// "whose change between the last two editions is “new” or “removed”" (the store's row classes are
    /// those changes, `EditionChanges.classes`); nil when no change is chosen.
    private static func changeCondition(query: Query, interface: Language, labels: Language) -> String? {
        guard query.classes != nil else { return nil }
        let kinds = ChangeKind.allCases
        let values = query.selectedClasses.sorted().filter { kinds.indices.contains($0) }.map { quote(kinds[$0].label(labels), interface) }
        guard !values.isEmpty else { return nil }
        return ReportText.selectionChange.text(interface, ["values": list(values, word: ReportText.selectionOr.text(interface), interface)])
    }

    /// `portrait query --status '…' … --format html FILES…`: what gives the same selection again, the
    /// editions kept included (`QueryCommandLine.line(keepingEditionsOf:…)`) and the options that
    /// read them; `--sample` when the rows are the embedded sample (else, with official editions stored,
    /// the command would read those). Nil when no command gives it (an edition other than the latest, with
    /// no file named).
    static func command(store: PortraitStore, query: Query, labels: Language, reading: ReadingArguments, sample: Bool) -> String? {
        var reading = reading
        reading.sample = reading.sample || sample
        return QueryCommandLine.line(keepingEditionsOf: query, store: store, labels: labels, reading: reading, format: .html)
    }

    private static func sortedLabels(_ store: PortraitStore, _ facet: Facet, _ codes: Set<Int>, _ labels: Language) -> [String] {
        let values = store.values(facet)
        return codes.sorted().filter { $0 < values.count }.map { values[$0].label(labels) }
    }

    private static func quote(_ text: String, _ language: Language) -> String {
        language == .fr ? "«\u{00A0}" + text + "\u{00A0}»" : "“" + text + "”"
    }

    /// "a, b or c" / "a, b ou c".
    private static func list(_ items: [String], word: String, _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + word + " " + items.last!
    }
}
