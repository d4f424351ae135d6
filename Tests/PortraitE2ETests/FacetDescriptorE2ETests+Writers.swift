import Foundation
import Testing
import PortraitCore
import PortraitTestSupport

/// The writers read the table as well: each entry's counts and changes are in `diff` (JSON, CSV and the
/// text table), its bars in `summary`, its total and definitions in the HTML report, and its note on a
/// value outside its terms in `validate`, as far as the entry asks for them (and not when it does not).
/// Through the real binary on the embedded editions; a new entry is checked without a new test.
extension FacetDescriptorE2ETests {
    /// The output of a run that must succeed, as text.
    static func output(_ arguments: [String]) throws -> String {
        let run = try Binary.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return String(decoding: run.stdout, as: UTF8.self)
    }

    /// `stats --by word` on the embedded sample's latest edition (the new one of `diff --sample`): each
    /// value, as labelled in `labels`, and its count (a blank value as "").
    static func counts(_ word: String, labels: Language) throws -> [String: Int] {
        let text = try output(["stats", "--by", word, "--format", "json", "--sample", "--labels", labels.rawValue])
        let items = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: items.compactMap { item in
            (item["value"] as? String).flatMap { value in (item["count"] as? Int).map { (value, $0) } }
        })
    }

    @Test(arguments: Facet.allCases)
    func diffCountsAndListsTheChangesOfEveryComparedEntry(facet: Facet) throws {
        let entry = facet.descriptor
        let json = try Self.output(["diff", "--sample", "--format", "json", "--labels", "fr"])
        let diff = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let csvLines = try Self.output(["diff", "--sample", "--format", "csv", "--labels", "fr"]).components(separatedBy: "\r\n")
        guard let comparison = entry.comparison else {
            for word in entry.countedBy { #expect(diff["by_" + word] == nil && diff[word + "_changes"] == nil, "\(facet): \(word)") }
            return
        }
        // Its counts: the new edition's are those `stats` gives, each edition's add up to its initiatives.
        let items = try #require(diff["by_" + comparison.key] as? [[String: Any]], "\(facet): no by_\(comparison.key)")
        let old = items.compactMap { $0["old"] as? Int }, new = items.compactMap { $0["new"] as? Int }
        var newCounts: [String: Int] = [:]
        for item in items {
            if let value = item["value"] as? String, let count = item["new"] as? Int, count > 0 { newCounts[value] = count }
        }
        #expect(newCounts == (try Self.counts(entry.countedBy[0], labels: .fr)), "\(facet): by_\(comparison.key)")
        let initiatives = ["old", "new"].map { ((diff[$0] as? [String: Any])?["initiatives"] as? Int) ?? -1 }
        #expect(old.count == items.count && new.count == items.count)
        #expect([old.reduce(0, +), new.reduce(0, +)] == initiatives, "\(facet): the counts add up to the initiatives")
        #expect(csvLines.filter { $0.hasPrefix(comparison.key + ",") }.count == items.count, "\(facet): CSV section \(comparison.key)")
        // Its changes, when the entry lists them: the same initiatives in JSON, CSV and the table.
        let changes = diff[comparison.key + "_changes"] as? [[String: String]]
        #expect((changes != nil) == (comparison.changes != nil), "\(facet): \(comparison.key)_changes")
        #expect(changes?.allSatisfy { $0["old"] != $0["new"] && $0["name"] != nil } != false)
        #expect(csvLines.filter { $0.hasPrefix(comparison.key + "_change,") }.count == changes?.count ?? 0, "\(facet): CSV changes")
        for language in Language.allCases {
            // `diff --help` says each key (its prose is written out in both languages).
            let help = try Self.output(["diff", "--help", "--lang", language.rawValue])
            for key in ["by_" + comparison.key] + (comparison.changes == nil ? [] : [comparison.key + "_changes"]) {
                #expect(help.contains(key), "\(facet): diff --help --lang \(language) does not say \(key)")
            }
            if comparison.changes != nil {
                #expect(help.contains(comparison.key + "_change,") || help.contains(comparison.key + "_change "), "\(facet): CSV section")
            }
            let table = try Self.output(["diff", "--sample", "--lang", language.rawValue])
            #expect(table.contains("\n\n" + comparison.tableTitle.text(language) + "\n"), "\(facet): no heading in the \(language) table")
            if let title = comparison.changes?.title, let changes {
                #expect(table.contains("\n\n\(title.text(language)) (\(changes.count))\n"), "\(facet): no list of changes in the \(language) table")
            }
        }
    }

    @Test(arguments: Language.allCases)
    func summaryDrawsTheBarsOfEveryEntryThatAsks(language: Language) throws {
        let lines = try Self.output(["summary", "--sample", "--lang", language.rawValue, "--labels", "fr"]).components(separatedBy: "\n")
        var previous = -1
        for entry in FacetDescriptor.ranked(by: { $0.summary?.rank }) {
            let title = try #require(entry.summary?.title.text(language))
            let heading = try #require(lines.firstIndex(of: title), "\(entry.facet): no heading \(title)")
            #expect(heading > previous, "\(entry.facet): the bars come out of their rank's order")
            previous = heading
            let bars = lines[(heading + 1)...].prefix { !$0.isEmpty }
            for (value, count) in try Self.counts(entry.countedBy[0], labels: .fr) where !value.isEmpty {
                #expect(bars.contains { $0.hasPrefix(value + " ") && $0.contains(" \(count) ") }, "\(entry.facet): no bar \(value) \(count)")
            }
        }
        // No bars for an entry that does not ask: its words for counts are no heading.
        for entry in FacetDescriptor.all where entry.summary == nil {
            if let title = entry.comparison?.tableTitle.text(language) { #expect(!lines.contains(title), "\(entry.facet): \(title)") }
        }
    }

    @Test(arguments: Language.allCases)
    func theReportTotalsAndDefinesWhatEachEntryAsks(language: Language) throws {
        let html = try Self.output(["query", "--format", "html", "--sample", "--lang", language.rawValue])
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        let definitions = html.components(separatedBy: "<section class=\"definitions\"").dropFirst().first ?? ""
        for entry in FacetDescriptor.all {
            let values = try Self.counts(entry.countedBy[0], labels: language).keys.filter { !$0.isEmpty }
            if let total = entry.reportTotal {
                let row = "<tr><th scope=\"row\">\(total.title.text(language))</th><td class=\"n\">\(values.count)</td></tr>"
                #expect(html.contains(row), "\(entry.facet): no total \(row)")
            }
            let heading = entry.definitions.map { "<h3>\($0.text(language))</h3>" }
            #expect(heading.map(definitions.contains) != false, "\(entry.facet): no definitions")
            // Each of its values present is defined under its heading, and only there.
            let group = heading.flatMap { definitions.components(separatedBy: $0).dropFirst().first?.components(separatedBy: "</dl>").first }
            for value in values {
                #expect((group?.contains("<dt>\(value)</dt>") ?? false) == (entry.definitions != nil), "\(entry.facet): \(value)")
            }
        }
    }

    @Test func validateNotesAValueOutsideTheTermsOfEveryEntryThatAsks() throws {
        let folder = try Binary.temporaryFolder()
        let value = "Valeur hors liste 7"
        for entry in FacetDescriptor.all where !entry.terms.isEmpty {
            let field = try #require(entry.field)
            let file = folder.appendingPathComponent("\(field.rawValue).csv")
            try Data("name,\(field.rawValue)\nx,\(value)\n".utf8).write(to: file)
            for language in Language.allCases {
                let report = try Self.output(["validate", file.path, "--lang", language.rawValue])
                if let note = entry.unknownNote {
                    #expect(report.contains("1 × " + note.text(language, ["value": value]) + " ("), "\(entry.facet): \(report)")
                } else {
                    #expect(!report.contains(value), "\(entry.facet): a note the entry does not ask for: \(report)")
                }
            }
        }
    }
}
