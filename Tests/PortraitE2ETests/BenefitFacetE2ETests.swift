import Foundation
import Testing
import PortraitTestSupport

/// Benefits as a facet on the command line, through the real binary, on the embedded 2025 edition:
/// `stats --by benefit` counts what `query --benefit` lists, values come out as written.
@Suite(.tags(.e2e)) struct BenefitFacetE2ETests {
    static func csv(_ arguments: [String]) throws -> [[String]] {
        let run = try Binary.run(arguments + ["--format", "csv"])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return String(decoding: run.stdout, as: UTF8.self).split(separator: "\r\n").map { line in
            // Benefits may hold commas: the count is the last field, the value everything before it.
            let text = String(line)
            guard let comma = text.lastIndex(of: ",") else { return [text] }
            return [String(text[..<comma]), String(text[text.index(after: comma)...])]
        }
    }

    @Test func statsByBenefitCountsWhatQueryByBenefitLists() throws {
        let stats = try Self.csv(["stats", "--by", "benefit", "--status", "production"])
        #expect(stats.first == ["value", "count"])
        #expect(stats.count > 20)
        for row in stats.dropFirst().prefix(5) {
            let value = row[0].hasPrefix("\"") ? String(row[0].dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : row[0]
            let listed = try Binary.run(["query", "--benefit", value, "--status", "production", "--format", "tsv"])
            #expect(listed.status == 0)
            let lines = String(decoding: listed.stdout, as: UTF8.self).split(separator: "\n").dropFirst()
            #expect(String(lines.count) == row[1], "\(value)")
            // Each listed initiative states the benefit, as written.
            #expect(lines.allSatisfy { $0.contains(value) }, "\(value)")
        }
    }

    @Test func benefitsRepeatWithOrAndCombineWithOtherFiltersWithAnd() throws {
        func count(_ arguments: [String]) throws -> Int {
            let run = try Binary.run(["query"] + arguments + ["--format", "tsv"])
            #expect(run.status == 0, "\(run.stderr)")
            return String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").count - 1
        }
        let one = try count(["--benefit", "Équité fiscale"])
        let other = try count(["--benefit", "Gain de temps pour la rédaction"])
        let both = try count(["--benefit", "Équité fiscale", "--benefit", "Gain de temps pour la rédaction"])
        #expect(one == 2 && other == 27 && both == one + other)
        #expect(try count(["--benefit", "gain temps redaction", "--status", "production"]) == 20)
        #expect(try count(["--benefit", "gain temps redaction", "--status", "development"]) == 7)
        // A benefit is found among every row, whatever the search.
        #expect(try count(["--benefit", "service accessible", "--search", "\"agent conv\""]) > 0)
        let wrong = try Binary.run(["query", "--benefit", "fiscalite"])
        #expect(wrong.status == 64 && wrong.stdout.isEmpty)
        #expect(wrong.stderr.hasPrefix("portrait: no benefit matches 'fiscalite' (closest: "), "\(wrong.stderr)")
    }
}
