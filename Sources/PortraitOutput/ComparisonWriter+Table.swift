import PortraitText
import PortraitStore
import PortraitCompare

extension ComparisonWriter {
    /// A text table for a terminal, `width` cells wide (80 by default): totals, counts per value of each
    /// compared facet (status, category, portfolio: `FacetDescriptor.Comparison.tableRank`) with the change,
    /// the bodies added and removed with their initiatives, then the status and category changes and the
    /// initiatives added and removed, grouped by body. Text from the files is made safe (`TerminalSafe`)
    /// and cut to fit (`width` nil: never cut). Headings are in `interface` (by default `language`, the
    /// language of the data labels).
    public static func table(_ comparison: EditionComparison, language: Language, interface: Language? = nil, width fitting: Int? = 80) -> String {
        // Without a width (a file or a pipe) nothing is cut: columns are laid out for 80 cells and a longer
        // label pushes its numbers right.
        let width = fitting ?? 80
        let cuts = fitting != nil
        func truncate(_ text: String, to width: Int) -> String { cuts ? DisplayWidth.truncate(text, to: width) : text }
        func pad(_ text: String, to width: Int) -> String {
            cuts ? DisplayWidth.pad(text, to: width) : text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        }
        func middleCut(_ text: String, to width: Int) -> String { cuts ? Self.middleCut(text, to: width) : text }
        let ui = interface ?? language
        let words = ComparisonWords(ui)
        let store = comparison.store
        let numberWidth = 9
        let labelWidth = max(20, width - 3 * numberWidth)
        let oldLabel = TerminalSafe.visible(comparison.old.label), newLabel = TerminalSafe.visible(comparison.new.label)
        var lines: [String] = []

        func number(_ text: String) -> String {
            let cut = DisplayWidth.truncate(text, to: numberWidth - 1)
            return String(repeating: " ", count: numberWidth - DisplayWidth.of(cut)) + cut
        }
        func change(_ old: Int, _ new: Int) -> String { new > old ? "+\(new - old)" : String(new - old) }
        func countLine(_ label: String, _ old: Int, _ new: Int, indent: String = "  ") {
            let cell = pad(TerminalSafe.visible(label), to: labelWidth - indent.count)
            lines.append(indent + cell + number(String(old)) + number(String(new)) + number(change(old, new)))
        }
        func heading(_ title: String, count: Int? = nil) {
            lines.append("")
            lines.append(count.map { "\(title) (\($0))" } ?? title)
        }
        func text(_ text: String, indent: Int) -> String {
            String(repeating: " ", count: indent) + truncate(TerminalSafe.visible(text), to: width - indent)
        }
        /// Rows grouped under their body, bodies in the order they first come; `detail` adds lines below a row.
        func byBody(_ rows: [Int], detail: (Int) -> String? = { _ in nil }) {
            var order: [Int] = [], groups: [Int: [Int]] = [:]
            for row in rows {
                let code = store.code(.organisation, row: row)
                if groups[code] == nil { order.append(code) }
                groups[code, default: []].append(row)
            }
            for code in order {
                lines.append("  " + middleCut(TerminalSafe.visible(store.values(.organisation)[code].label(language)), to: width - 2))
                for row in groups[code] ?? [] {
                    lines.append(text(store.text(.name, row: row), indent: 4))
                    if let more = detail(row) { lines.append(text(more, indent: 6)) }
                }
            }
        }

        lines.append("Portrait \(oldLabel) → \(newLabel)")
        lines.append(String(repeating: " ", count: labelWidth) + number(oldLabel) + number(newLabel) + number("+/-"))
        countLine(words.initiatives, comparison.old.initiatives, comparison.new.initiatives, indent: "")
        countLine(words.organisations, comparison.old.organisations, comparison.new.organisations, indent: "")
        for (facet, facetWords) in tabled {
            heading(facetWords.tableTitle.text(ui))
            for item in comparison.counts(facet) { countLine(item.value.label(language), item.old, item.new) }
        }
        for (title, label, bodies, count) in [
            (words.organisationsAdded, newLabel, comparison.organisationsAdded, \EditionComparison.Organisation.new),
            (words.organisationsRemoved, oldLabel, comparison.organisationsRemoved, \EditionComparison.Organisation.old),
        ] {
            heading("\(title) (\(bodies.count)) · \(words.initiativesIn) \(label)")
            for body in bodies {
                lines.append("  " + pad(middleCut(TerminalSafe.visible(body.name), to: width - 2 - numberWidth), to: width - 2 - numberWidth)
                             + number(String(body[keyPath: count])))
            }
            if bodies.isEmpty { lines.append("  " + words.none) }
        }
        for (facet, facetWords) in changeLists {
            guard let title = facetWords.changes?.title else { continue }
            let pairs = comparison.changes(facet)
            heading(title.text(ui), count: pairs.count)
            let before = Dictionary(uniqueKeysWithValues: pairs.map { ($0.new, $0.old) })
            byBody(pairs.map(\.new)) { row in
                before[row].map { store.value(facet, row: $0).label(language) + " → " + store.value(facet, row: row).label(language) }
            }
            if pairs.isEmpty { lines.append("  " + words.none) }
        }
        for (title, rows) in [(words.initiativesAdded, comparison.initiativesAdded),
                              (words.initiativesRemoved, comparison.initiativesRemoved)] {
            heading(title, count: rows.count)
            byBody(rows)
            if rows.isEmpty { lines.append("  " + words.none) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` cut to `width` cells by taking out its middle (both ends of a body's name tell it apart:
    /// "Centre intégré de santé…de la Gaspésie").
    static func middleCut(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width, width > 1 else { return DisplayWidth.truncate(text, to: width) }
        var tail = "", tailWidth = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if tailWidth + w > (width - 1) / 2 { break }
            tail.insert(character, at: tail.startIndex)
            tailWidth += w
        }
        let head = DisplayWidth.truncate(text, to: width - tailWidth)
        return String(head.dropLast()) + "…" + tail
    }
}

/// The headings of the comparison table in the interface language (a facet's are its entry's).
struct ComparisonWords {
    let initiatives, organisations: String
    let organisationsAdded, organisationsRemoved: String
    let initiativesAdded, initiativesRemoved, initiativesIn, none: String

    init(_ language: Language) {
        func text(_ item: CommandText) -> String { item.text(language) }
        (initiatives, organisations) = (text(.diffInitiatives), text(.diffOrganisations))
        (organisationsAdded, organisationsRemoved) = (text(.diffOrganisationsAdded), text(.diffOrganisationsRemoved))
        (initiativesAdded, initiativesRemoved, initiativesIn, none) =
            (text(.diffInitiativesAdded), text(.diffInitiativesRemoved), text(.diffInitiativesIn), text(.diffNone))
    }
}
