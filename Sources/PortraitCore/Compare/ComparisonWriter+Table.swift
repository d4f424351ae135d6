extension ComparisonWriter {
    /// A text table for a terminal, `width` cells wide (80 by default): totals, counts per status, category
    /// and portfolio with the change, then the bodies added and removed, the status and category changes
    /// and the initiatives added and removed. Text from the files is made safe (`TerminalSafe`) and cut to fit.
    public static func table(_ comparison: EditionComparison, language: Language, width: Int = 80) -> String {
        let words = ComparisonWords(language)
        let store = comparison.store
        let numberWidth = 9
        let labelWidth = max(20, width - 2 - 3 * numberWidth)
        let oldLabel = TerminalSafe.visible(comparison.old.label), newLabel = TerminalSafe.visible(comparison.new.label)
        var lines: [String] = []

        func number(_ text: String) -> String {
            let cut = DisplayWidth.truncate(text, to: numberWidth - 1)
            return String(repeating: " ", count: numberWidth - DisplayWidth.of(cut)) + cut
        }
        func change(_ old: Int, _ new: Int) -> String { new > old ? "+\(new - old)" : String(new - old) }
        func countLine(_ label: String, _ old: Int, _ new: Int, indent: String = "  ") {
            let cell = DisplayWidth.pad(TerminalSafe.visible(label), to: labelWidth + 2 - indent.count)
            lines.append(indent + cell + number(String(old)) + number(String(new)) + number(change(old, new)))
        }
        func heading(_ title: String, count: Int? = nil) {
            lines.append("")
            lines.append(count.map { "\(title) (\($0))" } ?? title)
        }
        func fitted(_ text: String, indent: String) -> String {
            indent + DisplayWidth.truncate(TerminalSafe.visible(text), to: width - indent.count)
        }
        func initiative(_ row: Int) -> String {
            fitted(store.text(.name, row: row) + " · " + store.text(.organisation, row: row), indent: "  ")
        }

        lines.append("Portrait \(oldLabel) → \(newLabel)")
        lines.append(String(repeating: " ", count: labelWidth + 2) + number(oldLabel) + number(newLabel) + number("+/-"))
        countLine(words.initiatives, comparison.old.initiatives, comparison.new.initiatives, indent: "")
        countLine(words.organisations, comparison.old.organisations, comparison.new.organisations, indent: "")
        for (title, items) in [(words.byStatus, comparison.byStatus), (words.byCategory, comparison.byCategory),
                               (words.byPortfolio, comparison.byPortfolio)] {
            heading(title)
            for item in items { countLine(item.value.label(language), item.old, item.new) }
        }
        for (title, bodies) in [(words.organisationsAdded, comparison.organisationsAdded),
                                (words.organisationsRemoved, comparison.organisationsRemoved)] {
            heading(title, count: bodies.count)
            for body in bodies { countLine(body.name, body.old, body.new) }
            if bodies.isEmpty { lines.append("  " + words.none) }
        }
        for (title, facet, pairs) in [(words.statusChanges, Facet.status, comparison.statusChanges),
                                      (words.categoryChanges, Facet.category, comparison.categoryChanges)] {
            heading(title, count: pairs.count)
            for pair in pairs {
                lines.append(initiative(pair.new))
                lines.append(fitted(store.value(facet, row: pair.old).label(language) + " → "
                                    + store.value(facet, row: pair.new).label(language), indent: "      "))
            }
            if pairs.isEmpty { lines.append("  " + words.none) }
        }
        for (title, rows) in [(words.initiativesAdded, comparison.initiativesAdded),
                              (words.initiativesRemoved, comparison.initiativesRemoved)] {
            heading(title, count: rows.count)
            lines += rows.map(initiative)
            if rows.isEmpty { lines.append("  " + words.none) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The headings of the comparison table in French or English.
struct ComparisonWords {
    let initiatives, organisations, byStatus, byCategory, byPortfolio: String
    let organisationsAdded, organisationsRemoved, statusChanges, categoryChanges: String
    let initiativesAdded, initiativesRemoved, none: String

    init(_ language: Language) {
        switch language {
        case .fr:
            (initiatives, organisations, byStatus, byCategory, byPortfolio) =
                ("Initiatives", "Organismes publics", "Par statut", "Par catégorie", "Par portefeuille")
            (organisationsAdded, organisationsRemoved, statusChanges, categoryChanges) =
                ("Organismes ajoutés", "Organismes retirés", "Changements de statut", "Changements de catégorie")
            (initiativesAdded, initiativesRemoved, none) = ("Initiatives ajoutées", "Initiatives retirées", "aucun")
        case .en:
            (initiatives, organisations, byStatus, byCategory, byPortfolio) =
                ("Initiatives", "Public bodies", "By status", "By category", "By portfolio")
            (organisationsAdded, organisationsRemoved, statusChanges, categoryChanges) =
                ("Bodies added", "Bodies removed", "Status changes", "Category changes")
            (initiativesAdded, initiativesRemoved, none) = ("Initiatives added", "Initiatives removed", "none")
        }
    }
}
