import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// The html fuzz target's checks (Fuzz/html) on its seed pages and on the inputs it found problems with
/// (Fixtures/fuzz-regressions/html, when there are any): read from memory and from a file, a page gives
/// the same rows or the same `PortraitError`.
@Suite struct HTMLFuzzRegressionTests {
    static let folders = ["fuzz-regressions/html"]

    /// Committed inputs: the regressions, and the seed corpus copied beside them (Fixtures/fuzz-regressions/html).
    static func inputs() -> [String] {
        folders.flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixture.url(folder).path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    @Test func theRegressionsArePresent() {
        #expect(!Self.inputs().isEmpty, "no committed inputs for the html target")
    }

    @Test(arguments: inputs())
    func pageReadsTheSameFromMemoryAndFromAFile(_ name: String) throws {
        let path = Fixture.path(name)
        let bytes = try FileInput.read(UserPath(path))
        let fromMemory = Result { () throws -> LoadedPortrait in
            var builder = PortraitStoreBuilder()
            let report = try Loader.loadHTML(bytes: bytes, name: path, edition: "fuzz", options: LoadOptions(), into: &builder)
            return LoadedPortrait(store: builder.build(), reports: [report])
        }
        let folder = try Fixture.temporaryFolder()
        let copy = folder.appendingPathComponent("page.html").path
        try Data(bytes).write(to: URL(fileURLWithPath: copy))
        let fromFile = Result { try Loader.load(paths: [copy], options: LoadOptions(editions: ["fuzz"])) }
        switch (fromMemory, fromFile) {
        case (.success(let a), .success(let b)):
            #expect(a.reports[0].rowCount == a.store.count)
            #expect(a.store.count == b.store.count)
            for row in 0..<min(a.store.count, b.store.count) {
                for field in Field.allCases { #expect(a.store.text(field, row: row) == b.store.text(field, row: row)) }
            }
        case (.failure(let a), .failure(let b)):
            let (x, y) = (try #require(a as? PortraitError), try #require(b as? PortraitError))
            #expect(x.message == y.message)
        default:
            Issue.record("memory and file disagree on \(name): \(fromMemory) / \(fromFile)")
        }
    }
}
