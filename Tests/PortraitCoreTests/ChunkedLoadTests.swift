import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// Large files are read in chunks on two threads; the result must be exactly the whole-file result.
@Suite struct ChunkedLoadTests {
    /// The fixture's rows repeated until the file passes the two-reader threshold.
    static func bigFile(in folder: URL, copies: Int = 110) throws -> (path: String, bytes: [UInt8]) {
        let text = try String(contentsOf: Fixture.url("formats/fr-comma-utf8.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        var out = String(lines[0]) + "\n"
        for _ in 0..<copies { out += lines[1] }
        let path = folder.appendingPathComponent("big.csv").path
        let bytes = Array(out.utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, bytes)
    }

    @Test func twoReadersGiveTheWholeFileResult() throws {
        let folder = try Fixture.temporaryFolder()
        let (path, bytes) = try Self.bigFile(in: folder)
        #expect(bytes.count >= ChunkedCSVLoader.parallelThreshold)
        let options = LoadOptions(findsDuplicates: true)
        let chunked = try Loader.load(paths: [path], options: options)
        let whole = try Loader.load(csvFiles: [("big.csv", bytes)], options: options)
        #expect(chunked.store.count == 150 * 110)
        #expect(LoaderTests.fingerprint(chunked.store) == LoaderTests.fingerprint(whole.store))
        #expect((0..<chunked.store.count).map { chunked.store.line(row: $0) } == (0..<whole.store.count).map { whole.store.line(row: $0) })
        let duplicates = { (report: SourceReport) in report.anomalies.entries.first { $0.kind == .duplicateRow }?.count }
        #expect(duplicates(chunked.reports[0]) == 150 * 109)
        #expect(duplicates(chunked.reports[0]) == duplicates(whole.reports[0]))
        #expect(chunked.reports[0].anomalies.entries.map(\.lines) == whole.reports[0].anomalies.entries.map(\.lines))
    }

    @Test func progressCountsEveryByteOfEveryFile() throws {
        let folder = try Fixture.temporaryFolder()
        let (path, bytes) = try Self.bigFile(in: folder)
        let small = Fixture.url("formats/fr-comma-utf8.csv").path
        let smallSize = try #require(try FileManager.default.attributesOfItem(atPath: small)[.size] as? Int)
        var options = LoadOptions()
        let progress = LoadProgress()
        options.progress = progress
        #expect(progress.fraction == 0)
        _ = try Loader.load(paths: [path, small], options: options)
        #expect(progress.totalBytes == bytes.count + smallSize)
        #expect(progress.doneBytes == progress.totalBytes)
        #expect(progress.fraction == 1)
    }

    /// Counting commands do not keep names and benefits: every count stays the same, by either reader,
    /// and a search (which needs the text) still reads it.
    @Test func countingWithoutTextGivesTheSameCounts() throws {
        let folder = try Fixture.temporaryFolder()
        let (path, _) = try Self.bigFile(in: folder)
        for file in [path, Fixture.path("formats/fr-semicolon-cp1252.csv")] {
            let full = try Loader.load(paths: [file]).store
            var options = LoadOptions()
            options.keepsText = false
            let counting = try Loader.load(paths: [file], options: options).store
            #expect(counting.count == full.count)
            #expect(LoaderTests.fingerprint(counting).counts == LoaderTests.fingerprint(full).counts)
            #expect((0..<counting.count).allSatisfy { counting.text(.name, row: $0).isEmpty && counting.text(.benefits, row: $0).isEmpty })
            #expect((0..<counting.count).map { counting.line(row: $0) } == (0..<full.count).map { full.line(row: $0) })
            options.keepingRowsMatching = ["foret"]
            let searched = try Loader.load(paths: [file], options: options).store
            let found = full.select(Query(search: "foret")).rows
            #expect(!found.isEmpty)
            #expect((0..<searched.count).map { searched.text(.name, row: $0) } == found.map { full.text(.name, row: $0) })
        }
    }

    @Test func aQuotedFieldAcrossTheMiddleIsReadWhole() throws {
        // One field of many short lines spans the middle of the file: the second reader's guess is wrong.
        let header = "Nom,Catégorie,Organisme,Portefeuille,Bénéfices,Statut\n"
        let row = "A,Automatisation,O,Finances,b,Solution en production\n"
        let field = String(repeating: "ligne\n", count: 1_000_000)
        let text = header + String(repeating: row, count: 10) + "Grand,Automatisation,O,Finances,\"" + field + "fin\",Solution en production\n"
            + String(repeating: row, count: 10)
        let folder = try Fixture.temporaryFolder()
        let path = folder.appendingPathComponent("long.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = try Loader.load(paths: [path])
        #expect(loaded.store.count == 21)
        #expect(loaded.store.text(.benefits, row: 10).hasSuffix("ligne\nfin"))
        #expect(loaded.store.line(row: 11) == 1_000_013)
        #expect(loaded.store.text(.status, row: 20) == "Solution en production")
    }

    @Test func invalidUTF8FarIntoTheFileFallsBackToTheWholeFilePath() throws {
        let folder = try Fixture.temporaryFolder()
        var (path, bytes) = try Self.bigFile(in: folder, copies: 120)
        // A Windows-1252 "é" near the end, after the first chunks were taken as UTF-8.
        let at = bytes.count - 200
        bytes[at] = 0xE9
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let loaded = try Loader.load(paths: [path])
        #expect(loaded.reports[0].encoding == .utf8Mixed)
        #expect(loaded.store.count == 150 * 120)
        // After other files: they are read again with it, each row once, in order, with its edition.
        let small = Fixture.path("formats/fr-comma-utf8.csv")
        let several = try Loader.load(paths: [small, path, small], options: LoadOptions(editions: ["a", "b", "c"]))
        #expect(several.store.count == 150 + 150 * 120 + 150)
        #expect(several.reports.map(\.rowCount) == [150, 150 * 120, 150])
        let editions = several.store.tally(.edition, rows: Array(0..<several.store.count)).map { "\($0.label)=\($0.count)" }
        #expect(Set(editions) == ["a=150", "b=\(150 * 120)", "c=150"])
    }
}
