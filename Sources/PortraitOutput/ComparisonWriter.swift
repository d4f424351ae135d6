import PortraitText
import PortraitStore
import PortraitCompare

/// Writes an `EditionComparison` as JSON, long-format CSV or a text table (`ComparisonWriter+Table`).
/// Labels of categories, statuses and portfolios are in `language`; names are as written in the files.
/// The facets it counts and whose changes it lists, their words and their order, are the entries'
/// `FacetDescriptor.comparison`.
public enum ComparisonWriter {
    /// The facets counted in both editions, in the order of JSON and CSV, with their words.
    static let counted = comparisons { $0.rank }
    /// The same in the text table's order.
    static let tabled = comparisons { $0.tableRank }
    /// The facets whose changes are listed, in the lists' order.
    static let changeLists = comparisons { $0.changes?.rank }
    /// The fields of an initiative added or removed: its name and body (what identifies it), then the field
    /// of each compared facet, in `FacetDescriptor.all`'s order (portfolio, category, status).
    static let initiativeFields: [Field] = [.name, .organisation] + FacetDescriptor.all.filter { $0.comparison != nil }.compactMap(\.field)

    private static func comparisons(rank: (FacetDescriptor.Comparison) -> Int?) -> [(facet: Facet, words: FacetDescriptor.Comparison)] {
        FacetDescriptor.ranked { $0.comparison.flatMap(rank) }.compactMap { entry in entry.comparison.map { (entry.facet, $0) } }
    }

    /// One JSON object, keys in a fixed order: `old`, `new` (each `label`, `initiatives`, `organisations`),
    /// `organisations_added`, `organisations_removed` (names, most initiatives first), `initiatives_added`,
    /// `initiatives_removed` (objects with `name`, `organisation` and each compared facet's field: `portfolio`,
    /// `category`, `status`), `<key>_changes` (`status_changes`, `category_changes`: objects with `name`,
    /// `organisation`, `old`, `new`), and `by_<key>` (`by_category`, `by_status`, `by_portfolio`: objects with
    /// `value`, `old`, `new`).
    public static func json(_ comparison: EditionComparison, language: Language) -> String {
        let store = comparison.store
        var out = TextBytes(reserving: 512 + 200 * (comparison.initiativesAdded.count + comparison.initiativesRemoved.count))
        func totals(_ totals: EditionComparison.Totals) {
            out += "{\"label\": " + string(totals.label) + ", \"initiatives\": \(totals.initiatives), "
            out += "\"organisations\": \(totals.organisations)}"
        }
        func initiative(_ row: Int) {
            for (k, field) in initiativeFields.enumerated() {
                out += (k == 0 ? "{\"" : ", \"") + field.rawValue + "\": "
                out += string(store.text(field, row: row, language: language))
            }
            out += "}"
        }
        func change(_ facet: Facet) -> (EditionComparison.Pair) -> Void {
            { pair in
                out += "{\"name\": " + string(store.text(.name, row: pair.new))
                out += ", \"organisation\": " + string(store.text(.organisation, row: pair.new))
                out += ", \"old\": " + string(store.value(facet, row: pair.old).text(language))
                out += ", \"new\": " + string(store.value(facet, row: pair.new).text(language)) + "}"
            }
        }
        func count(_ item: EditionComparison.ValueCount) {
            out += "{\"value\": " + string(item.value.text(language)) + ", \"old\": \(item.old), \"new\": \(item.new)}"
        }
        func member<Item>(_ key: String, _ items: [Item], _ write: (Item) -> Void) {
            out += ",\n  \"" + key + "\": "
            guard !items.isEmpty else { out += "[]"; return }
            for (index, item) in items.enumerated() {
                out += index == 0 ? "[\n    " : ",\n    "
                write(item)
            }
            out += "\n  ]"
        }
        out += "{\n  \"old\": "
        totals(comparison.old)
        out += ",\n  \"new\": "
        totals(comparison.new)
        member("organisations_added", comparison.organisationsAdded) { out += string($0.name) }
        member("organisations_removed", comparison.organisationsRemoved) { out += string($0.name) }
        member("initiatives_added", comparison.initiativesAdded, initiative)
        member("initiatives_removed", comparison.initiativesRemoved, initiative)
        for (facet, words) in changeLists { member(words.key + "_changes", comparison.changes(facet), change(facet)) }
        for (facet, words) in counted { member("by_" + words.key, comparison.counts(facet), count) }
        out += "\n}\n"
        return out.text
    }

    /// The columns of the CSV.
    public static let csvHeader = ["section", "value", "organisation", "old", "new"]

    /// Long-format CSV (RFC 4180, CRLF), one fact a line under `section,value,organisation,old,new`:
    /// `edition` (the two labels in old and new), `initiatives` and `organisations` (totals);
    /// `<key>` (`category`, `status`, `portfolio`: a value and its counts); `organisation_added`,
    /// `organisation_removed` (a body and its counts); `initiative_added`, `initiative_removed` (a name,
    /// its body, and 0 or 1 in each edition); `<key>_change` (`status_change`, `category_change`: a name,
    /// its body, and the old and new labels). With `formulaGuard`, text cells that a spreadsheet would run
    /// as a formula start with an apostrophe.
    public static func csv(_ comparison: EditionComparison, language: Language, formulaGuard: Bool = true) -> String {
        let store = comparison.store
        var out = TextBytes(reserving: 4096 + 120 * (comparison.initiativesAdded.count + comparison.initiativesRemoved.count))
        out += csvHeader.joined(separator: ",") + "\r\n"
        func add(_ section: String, _ value: String, _ organisation: String, _ old: String, _ new: String) {
            out += section
            for cell in [value, organisation, old, new] {
                out += ","
                out += SelectionWriter.csvField(formulaGuard ? SelectionWriter.guardFormula(cell) : cell)
            }
            out += "\r\n"
        }
        add("edition", "", "", comparison.old.label, comparison.new.label)
        add("initiatives", "", "", String(comparison.old.initiatives), String(comparison.new.initiatives))
        add("organisations", "", "", String(comparison.old.organisations), String(comparison.new.organisations))
        for (facet, words) in counted {
            for item in comparison.counts(facet) { add(words.key, item.value.text(language), "", String(item.old), String(item.new)) }
        }
        for body in comparison.organisationsAdded { add("organisation_added", body.name, "", String(body.old), String(body.new)) }
        for body in comparison.organisationsRemoved { add("organisation_removed", body.name, "", String(body.old), String(body.new)) }
        for row in comparison.initiativesAdded {
            add("initiative_added", store.text(.name, row: row), store.text(.organisation, row: row), "0", "1")
        }
        for row in comparison.initiativesRemoved {
            add("initiative_removed", store.text(.name, row: row), store.text(.organisation, row: row), "1", "0")
        }
        for (facet, words) in changeLists {
            for pair in comparison.changes(facet) {
                add(words.key + "_change", store.text(.name, row: pair.new), store.text(.organisation, row: pair.new),
                    store.value(facet, row: pair.old).text(language), store.value(facet, row: pair.new).text(language))
            }
        }
        return out.text
    }

    private static func string(_ text: String) -> String { SelectionWriter.jsonString(text) }
}

/// Text built up as UTF-8 bytes: appending never re-examines what is already there.
struct TextBytes {
    private var bytes: [UInt8] = []

    init(reserving capacity: Int) { bytes.reserveCapacity(capacity) }

    static func += (text: inout TextBytes, piece: String) { text.bytes.append(contentsOf: piece.utf8) }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
