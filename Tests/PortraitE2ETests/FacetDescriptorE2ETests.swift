import Foundation
import Testing
import PortraitCore
import PortraitTestSupport

/// Every entry of `FacetDescriptor.all` reaches each consumer through the real binary, on the embedded
/// editions: `stats --by` counts it, its options are in `--help` and filter `query` to the rows `stats`
/// counted, its field is a column of the CSV export, its chart and its phrase are in the HTML report. The
/// test iterates the table, so a new entry is checked without a new test (its pane: `FacetPaneTests`).
@Suite(.tags(.e2e)) struct FacetDescriptorE2ETests {
    /// `stats --by word --format json` on every embedded edition: each value and its count.
    static func tally(_ word: String) throws -> [(value: String, count: Int)] {
        let run = try Binary.run(["stats", "--by", word, "--format", "json", "--sample"])
        #expect(run.status == 0, "stats --by \(word): \(run.stderr)")
        let items = try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]] ?? []
        return items.compactMap { item in
            guard let value = item["value"] as? String, let count = item["count"] as? Int else { return nil }
            return (value, count)
        }
    }

    @Test(arguments: FacetDescriptor.all.map(\.facet))
    func statsCountsByEveryWordOfTheEntry(facet: Facet) throws {
        let entry = facet.descriptor
        #expect(!entry.countedBy.isEmpty, "\(facet): no word for stats --by")
        let first = try Self.tally(entry.countedBy[0])
        #expect(!first.isEmpty, "\(facet): stats --by \(entry.countedBy[0]) counts nothing")
        for word in entry.countedBy.dropFirst() {
            let other = try Self.tally(word)
            #expect(other.map(\.value) == first.map(\.value) && other.map(\.count) == first.map(\.count), "\(facet): --by \(word)")
        }
    }

    @Test(arguments: FacetDescriptor.all.map(\.facet))
    func everyOptionIsInTheHelpAndKeepsTheRowsStatsCounts(facet: Facet) throws {
        let entry = facet.descriptor
        let help = try Binary.run(["query", "--help", "--lang", "en"])
        let helpText = String(decoding: help.stdout, as: UTF8.self)
        let tally = try Self.tally(entry.countedBy[0])
        let value = try #require(tally.first { !$0.value.isEmpty })
        for option in entry.options {
            #expect(helpText.contains("--\(option.name) <value>"), "\(facet): --\(option.name) not in query --help")
            #expect(helpText.contains(String(option.help.text(.en).prefix(30))), "\(facet): --\(option.name)'s help")
            let run = try Binary.run(["query", "--\(option.name)=\(value.value)", "--format", "tsv", "--sample"])
            #expect(run.status == 0, "\(facet): --\(option.name): \(run.stderr)")
            let rows = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").count - 1
            // A value named exactly keeps its rows, and only them.
            #expect(rows == value.count, "\(facet): --\(option.name) \(value.value)")
        }
    }

    @Test func everyFieldOfAnEntryIsAColumnOfTheExport() throws {
        for language in Language.allCases {
            let run = try Binary.run(["query", "--format", "csv", "--labels", language.rawValue, "--sample"])
            #expect(run.status == 0, "\(run.stderr)")
            let header = String(decoding: run.stdout, as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? ""
            for entry in FacetDescriptor.all {
                guard let field = entry.field else { continue }
                #expect(header.split(separator: ",").contains { $0.trimmingCharacters(in: .init(charactersIn: "\"")) == field.title(language) },
                        "\(entry.facet): no column \(field.title(language)) in \(header)")
            }
        }
    }

    /// The HTML report: the whole selection has every entry's chart (a filtered one may have a single bar,
    /// which the report leaves out), and a selection by an entry's option says it with the entry's phrase.
    @Test(arguments: Language.allCases)
    func everyChartAndPhraseIsInTheReport(language: Language) throws {
        func report(_ arguments: [String]) throws -> String {
            let run = try Binary.run(["query"] + arguments + ["--format", "html", "--sample", "--lang", language.rawValue])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            return String(decoding: run.stdout, as: UTF8.self).replacingOccurrences(of: "&#39;", with: "'")
        }
        let whole = try report([])
        for entry in FacetDescriptor.all {
            if let chart = entry.chart {
                #expect(whole.contains(chart.title.text(language)), "\(entry.facet): no chart \(chart.title.text(language))")
            }
            guard let option = entry.options.first, let phrase = entry.selectionPhrase else { continue }
            let value = try #require(try Self.tally(entry.countedBy[0]).first { !$0.value.isEmpty })
            let words = phrase.text(language, ["values": ""])
            #expect(try report(["--\(option.name)=\(value.value)"]).contains(words), "\(entry.facet): \(words)")
        }
    }
}
