import Foundation
import Testing
import PortraitTestSupport

/// `query --change` and the change column of exports of two editions, through the real binary: the counts
/// agree with `diff`, and the removed initiatives of the older edition are rows of their own.
@Suite(.tags(.e2e)) struct ChangeE2ETests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")

    static func json(_ arguments: [String]) throws -> [[String: String]] {
        let run = try Binary.run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try JSONSerialization.jsonObject(with: run.stdout) as? [[String: String]] ?? []
    }

    @Test func changesAgreeWithDiffAndRemovedRowsComeFromTheOlderEdition() throws {
        let diffRun = try Binary.run(["diff", "--format", "json"])
        let diff = try #require(try JSONSerialization.jsonObject(with: diffRun.stdout) as? [String: Any])
        let added = try #require(diff["initiatives_added"] as? [Any]).count
        let removed = try #require(diff["initiatives_removed"] as? [Any]).count
        let statusChanges = try #require(diff["status_changes"] as? [Any]).count

        let new = try Self.json(["query", "--change", "new"])
        #expect(new.count == added && new.allSatisfy { $0["edition"] == "2025" && $0["change"] == "new" })
        let gone = try Self.json(["query", "--change", "removed", "--labels", "fr"])
        #expect(gone.count == removed && gone.allSatisfy { $0["edition"] == "2024" && $0["change"] == "retirée" })
        let status = try Self.json(["query", "--change", "status"])
        #expect(status.count == statusChanges && status.allSatisfy { $0["change"]?.contains("status changed") == true })
        // Repeated: OR; with other filters: AND.
        let either = try Self.json(["query", "--change", "new", "--change", "removed"])
        #expect(either.count == added + removed)
        let unchanged = try Self.json(["query", "--change", "unchanged"]).count
        let category = try Self.json(["query", "--change", "category"])
        let both = category.filter { $0["change"]?.contains("status changed") == true }.count
        #expect(try added + unchanged + statusChanges + category.count - both == PublishedFacts.latestInitiatives)
        let inProduction = try Self.json(["query", "--change", "new", "--status", "production"])
        #expect(!inProduction.isEmpty && inProduction.count < new.count)
    }

    @Test func exportsOfTwoEditionsCarryAChangeColumn() throws {
        let files = [Self.data.appendingPathComponent("portrait-2024.csv").path, Self.data.appendingPathComponent("portrait-2025.csv").path]
        let rows = try Self.json(["query"] + files)
        #expect(try rows.count == PublishedFacts.previousInitiatives + PublishedFacts.latestInitiatives)
        #expect(rows.allSatisfy { $0["change"] != nil })
        #expect(rows.filter { $0["edition"] == "2025" }.allSatisfy { $0["change"]?.isEmpty == false })
        #expect(Set(rows.filter { $0["edition"] == "2024" }.compactMap { $0["change"] }) == ["", "removed"])
        // One edition: no change column, and --change is a usage error.
        #expect(try Self.json(["query", files[1]]).allSatisfy { $0["change"] == nil })
        let one = try Binary.run(["query", "--change", "new", files[1]])
        #expect(one.status == 64 && one.stdout.isEmpty)
        #expect(one.stderr == "portrait: --change compares two editions: give at least two (or no file: the embedded editions)\n")
    }
}
