import Foundation
import Testing
import PortraitCore
import PortraitTestSupport

/// Every entry of `FacetDescriptor.all` that sorts reaches `query --sort` through the real binary, on the
/// embedded editions: its word is in `--help`, and the export comes in the order of the facet's labels
/// (folded: case and accents aside), each value's rows together, every row once. The test iterates the table, so a
/// new entry is checked without a new test (the browser's `s`: `FacetPaneTests`).
@Suite(.tags(.e2e)) struct FacetSortE2ETests {
    /// The column of `field` in `query --sort word --format tsv --labels fr --sample`, row by row.
    static func sortedColumn(_ word: String, _ field: Field) throws -> [String] {
        let run = try Binary.run(["query", "--sort", word, "--format", "tsv", "--labels", "fr", "--sample"])
        #expect(run.status == 0, "--sort \(word): \(run.stderr)")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.isEmpty }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let column = try #require(lines.first?.firstIndex(of: field.title(.fr)), "no column \(field.title(.fr))")
        return lines.dropFirst().map { $0[column] }
    }

    @Test(arguments: FacetDescriptor.all.filter { $0.sorting != nil }.map(\.facet))
    func querySortsByEveryEntryThatSorts(facet: Facet) throws {
        let entry = facet.descriptor
        let sorting = try #require(entry.sorting)
        let field = try #require(entry.field, "\(facet): a facet that sorts reads a field")
        let help = String(decoding: try Binary.run(["query", "--help", "--lang", "en"]).stdout, as: UTF8.self)
        #expect(help.replacingOccurrences(of: "\n", with: " ").split(separator: " ").contains { $0.hasPrefix(sorting.word) },
                "\(facet): --sort \(sorting.word) not in query --help")
        let sorted = try Self.sortedColumn(sorting.word, field)
        let unsorted = try Self.sortedColumn("file", field)
        #expect(sorted.sorted() == unsorted.sorted(), "\(facet): --sort changed the rows")
        #expect(Set(sorted).count > 1, "\(facet): the sample should hold several values")
        // Values by their folded label (case and accents aside), each value's rows together.
        let folded = sorted.map { TextFold.fold($0) }
        #expect(folded == folded.sorted(), "\(facet): not in the order of its labels")
        var seen: [String] = []
        for value in sorted where seen.last != value {
            #expect(!seen.contains(value), "\(facet): \(value) comes back")
            seen.append(value)
        }
    }
}
