/// Writes an `EditionComparison` as JSON, long-format CSV or a text table (`ComparisonWriter+Table`).
/// Labels of categories, statuses and portfolios are in `language`; names are as written in the files.
public enum ComparisonWriter {
    /// One JSON object, keys in a fixed order: `old`, `new` (each `label`, `initiatives`, `organisations`),
    /// `organisations_added`, `organisations_removed` (names, most initiatives first), `initiatives_added`,
    /// `initiatives_removed` (objects with `name`, `organisation`, `portfolio`, `category`, `status`),
    /// `status_changes`, `category_changes` (objects with `name`, `organisation`, `old`, `new`), and
    /// `by_category`, `by_status`, `by_portfolio` (objects with `value`, `old`, `new`).
    public static func json(_ comparison: EditionComparison, language: Language) -> String {
        let store = comparison.store
        func totals(_ totals: EditionComparison.Totals) -> String {
            "{\"label\": \(string(totals.label)), \"initiatives\": \(totals.initiatives), \"organisations\": \(totals.organisations)}"
        }
        func initiative(_ row: Int) -> String {
            let fields: [Field] = [.name, .organisation, .portfolio, .category, .status]
            return "{" + fields.map { "\(string($0.rawValue)): \(string(store.text($0, row: row, language: language)))" }
                .joined(separator: ", ") + "}"
        }
        func change(_ pair: EditionComparison.Pair, _ facet: Facet) -> String {
            "{\"name\": \(string(store.text(.name, row: pair.new))), "
                + "\"organisation\": \(string(store.text(.organisation, row: pair.new))), "
                + "\"old\": \(string(store.value(facet, row: pair.old).label(language))), "
                + "\"new\": \(string(store.value(facet, row: pair.new).label(language)))}"
        }
        func counts(_ items: [EditionComparison.ValueCount]) -> [String] {
            items.map { "{\"value\": \(string($0.value.label(language))), \"old\": \($0.old), \"new\": \($0.new)}" }
        }
        let members: [(String, String)] = [
            ("old", totals(comparison.old)),
            ("new", totals(comparison.new)),
            ("organisations_added", array(comparison.organisationsAdded.map { string($0.name) })),
            ("organisations_removed", array(comparison.organisationsRemoved.map { string($0.name) })),
            ("initiatives_added", array(comparison.initiativesAdded.map(initiative))),
            ("initiatives_removed", array(comparison.initiativesRemoved.map(initiative))),
            ("status_changes", array(comparison.statusChanges.map { change($0, .status) })),
            ("category_changes", array(comparison.categoryChanges.map { change($0, .category) })),
            ("by_category", array(counts(comparison.byCategory))),
            ("by_status", array(counts(comparison.byStatus))),
            ("by_portfolio", array(counts(comparison.byPortfolio))),
        ]
        return "{\n" + members.map { "  \(string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// The columns of the CSV.
    public static let csvHeader = ["section", "value", "organisation", "old", "new"]

    /// Long-format CSV (RFC 4180, CRLF), one fact a line under `section,value,organisation,old,new`:
    /// `edition` (the two labels in old and new), `initiatives` and `organisations` (totals);
    /// `category`, `status`, `portfolio` (a value and its counts); `organisation_added`,
    /// `organisation_removed` (a body and its counts); `initiative_added`, `initiative_removed` (a name,
    /// its body, and 0 or 1 in each edition); `status_change`, `category_change` (a name, its body, and
    /// the old and new labels). With `formulaGuard`, text cells that a spreadsheet would run as a formula
    /// start with an apostrophe.
    public static func csv(_ comparison: EditionComparison, language: Language, formulaGuard: Bool = true) -> String {
        let store = comparison.store
        var lines = [csvHeader.joined(separator: ",")]
        func add(_ section: String, _ value: String, _ organisation: String, _ old: String, _ new: String) {
            let cells = [section, value, organisation, old, new].map { SelectionWriter.csvField(formulaGuard ? SelectionWriter.guardFormula($0) : $0) }
            lines.append(cells.joined(separator: ","))
        }
        add("edition", "", "", comparison.old.label, comparison.new.label)
        add("initiatives", "", "", String(comparison.old.initiatives), String(comparison.new.initiatives))
        add("organisations", "", "", String(comparison.old.organisations), String(comparison.new.organisations))
        for (section, items) in [("category", comparison.byCategory), ("status", comparison.byStatus), ("portfolio", comparison.byPortfolio)] {
            for item in items { add(section, item.value.label(language), "", String(item.old), String(item.new)) }
        }
        for body in comparison.organisationsAdded { add("organisation_added", body.name, "", String(body.old), String(body.new)) }
        for body in comparison.organisationsRemoved { add("organisation_removed", body.name, "", String(body.old), String(body.new)) }
        for row in comparison.initiativesAdded {
            add("initiative_added", store.text(.name, row: row), store.text(.organisation, row: row), "0", "1")
        }
        for row in comparison.initiativesRemoved {
            add("initiative_removed", store.text(.name, row: row), store.text(.organisation, row: row), "1", "0")
        }
        for (section, facet, pairs) in [("status_change", Facet.status, comparison.statusChanges),
                                        ("category_change", Facet.category, comparison.categoryChanges)] {
            for pair in pairs {
                add(section, store.text(.name, row: pair.new), store.text(.organisation, row: pair.new),
                    store.value(facet, row: pair.old).label(language), store.value(facet, row: pair.new).label(language))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func string(_ text: String) -> String { SelectionWriter.jsonString(text) }

    private static func array(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
    }
}
