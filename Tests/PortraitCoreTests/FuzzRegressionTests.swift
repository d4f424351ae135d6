import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// The inputs the fuzz targets (Fuzz/, scripts/fuzz.sh) found problems with, minimised, run through the
/// same entry points and checks as the targets: each must load or be refused with a `PortraitError`, and a
/// CSV must give the same result from memory, from a file and through the chunked reader in small chunks.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// The committed inputs of one target (Fixtures/fuzz-regressions/TARGET/).
    static func inputs(_ target: String) -> [String] {
        let folder = Fixture.url("fuzz-regressions/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: ["csv", "xlsx", "header"])
    func theRegressionsArePresent(_ target: String) {
        #expect(!Self.inputs(target).isEmpty, "no committed inputs for the \(target) target")
    }

    @Test(arguments: inputs("csv"))
    func csvLoadsTheSameEveryWay(_ name: String) throws {
        let path = Fixture.path("fuzz-regressions/csv/\(name)")
        let bytes = try FileInput.read(UserPath(path))
        let options = LoadOptions(editions: ["fuzz"], findsDuplicates: true)
        let fromMemory = try outcome { LoadSummary(try Loader.load(csvFiles: [(name, bytes)], options: options)) }
        let fromFile = try outcome { LoadSummary(try Loader.load(paths: [path], options: options)) }
        expectSame(fromMemory, fromFile, name)
        // The chunk sizes the CSV target uses for this input.
        let chunkSize = max(1 + Int(bytes.first ?? 0) % 16, bytes.count / 8)
        let chunked = try outcome { () -> LoadSummary? in
            // The chunked loader reads what the loader decided is CSV text.
            guard (try? FileSniffer.kind(of: Array(bytes.prefix(FileSniffer.headLength)))) == .text else { return nil }
            var builder = PortraitStoreBuilder()
            let report = try ChunkedCSVLoader.load(path: UserPath(path), edition: "fuzz", options: options, into: &builder,
                                                   chunkSize: chunkSize, parallelThreshold: 64)
            return report.map { LoadSummary(LoadedPortrait(store: builder.build(), reports: [$0])) }
        }
        switch chunked {
        case .success(nil): break  // not plain UTF-8: read by the whole-file path, compared above
        case .success(let summary?): expectSame(fromMemory, .success(summary), name)
        case .failure(let error): expectSame(fromMemory, .failure(error), name)
        }
    }

    @Test(arguments: inputs("xlsx"))
    func xlsxLoadsOrIsRefused(_ name: String) throws {
        let path = Fixture.path("fuzz-regressions/xlsx/\(name)")
        _ = try outcome { try XLSXReader.sheetNames(at: URL(fileURLWithPath: path)) }
        if case .success(let loaded) = try outcome({ try Loader.load(paths: [path]) }) {
            #expect(loaded.reports[0].rowCount == loaded.store.count)
        }
    }

    @Test(arguments: inputs("header"))
    func headerMapsOrIsRefused(_ name: String) throws {
        // The header target's input: a --columns line, then records of tab-separated cells.
        let text = String(decoding: try FileInput.read(UserPath(Fixture.path("fuzz-regressions/header/\(name)"))), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let records = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var overrides: [Field: String] = [:]
        switch try outcome({ try HeaderMapper.parseOverrides(lines.first.map(String.init) ?? "") }) {
        case .success(let parsed): overrides = parsed
        case .failure(let error): #expect(error.kind == .usage)
        }
        for record in records.prefix(HeaderMapper.searchDepth) {
            let columns = HeaderMapper.map(headers: record, overrides: overrides)
            #expect(columns.values.allSatisfy { record.indices.contains($0) })
        }
        if case .failure(let error) = try outcome({ try HeaderMapper.findHeader(in: records, overrides: overrides) }) {
            #expect(error.kind == .badData)
        }
    }

    @Test func columnsCutOnlyBeforeAFieldNameAndEquals() throws {
        let text = String(decoding: try FileInput.read(UserPath(Fixture.path("fuzz-regressions/header/columns-with-thousands-of-commas"))),
                          as: UTF8.self)
        let overrides = try HeaderMapper.parseOverrides(String(text.prefix { $0 != "\n" }))
        #expect(overrides == [.name: "A" + String(repeating: ",", count: 20_000) + "=x", .status: "Statut"])
        #expect(try HeaderMapper.parseOverrides("name=a, b ,\tstatus\t= c,org=d") == [.name: "a, b", .status: "c", .organisation: "d"])
    }

    /// `body`'s result, or the `PortraitError` it threw; any other error fails the test.
    private func outcome<T>(_ body: () throws -> T) throws -> Result<T, PortraitError> {
        do {
            return .success(try body())
        } catch let error as PortraitError {
            return .failure(error)
        }
    }

    private func expectSame(_ a: Result<LoadSummary, PortraitError>, _ b: Result<LoadSummary, PortraitError>, _ name: String) {
        switch (a, b) {
        case (.success(let a), .success(let b)):
            #expect(a == b, "\(name)")
        case (.failure(let a), .failure(let b)):
            #expect(a.kind == b.kind && a.line == b.line && a.reason == b.reason, "\(name): \(a) / \(b)")
        default:
            Issue.record("\(name): loads one way and fails the other: \(a) / \(b)")
        }
    }
}

/// What a load produced, comparable between two ways of loading the same bytes.
private struct LoadSummary: Equatable {
    var rows: [[String]]
    var lines: [Int]
    var extraTitles: [String]
    var extras: [[String]]
    var headerLine: Int
    var anomalies: [String]

    init(_ loaded: LoadedPortrait) {
        let store = loaded.store
        let all = 0..<store.count
        rows = all.map { row in Field.allCases.map { store.text($0, row: row) } }
        lines = all.map { store.line(row: $0) }
        extraTitles = store.extraTitles
        extras = store.extraTitles.indices.map { index in all.map { store.extra(index, row: $0) } }
        headerLine = loaded.reports[0].headerLine
        anomalies = loaded.reports[0].anomalies.entries.map { "\($0.kind) ×\($0.count) at \($0.lines)" }
    }
}
