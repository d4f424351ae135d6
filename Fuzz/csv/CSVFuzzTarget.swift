import Foundation
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
import PortraitCore

/// libFuzzer entry for the CSV loader: the input is a file's bytes. It is loaded three ways, which must
/// agree: from memory (`Loader.load(csvFiles:)`: decoding, delimiter, scanner, header search, rows), from a
/// file (`Loader.load(paths:)`: the chunked fast path, or the whole-file path when it is not UTF-8), and
/// through the chunked loader with chunks of a few bytes and two readers from 64 bytes on, so that small
/// inputs cross every chunk and half boundary.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    let options = LoadOptions(findsDuplicates: true)
    let fromMemory = FuzzSupport.outcome("Loader.load(csvFiles:)") {
        CSVLoadSummary(try Loader.load(csvFiles: [("fuzz.csv", bytes)], options: options))
    }
    let path = FuzzSupport.write(bytes, as: "fuzz.csv")
    // A zip archive is a workbook whatever its name: read from a file by the XLSX reader (the xlsx target),
    // refused from memory.
    if (try? FileSniffer.kind(of: Array(bytes.prefix(FileSniffer.headLength)))) == .workbook { return 0 }
    let fromFile = FuzzSupport.outcome("Loader.load(paths:)") {
        CSVLoadSummary(try Loader.load(paths: [path], options: options))
    }
    CSVLoadSummary.expectSame(fromMemory, fromFile, "file path")

    // From 1 to 16 bytes, but at least an eighth of the input: each chunk read rescans the record it ends in,
    // so tiny chunks on a long quoted field would only measure the harness.
    let chunkSize = max(1 + Int(bytes.first ?? 0) % 16, bytes.count / 8)
    let smallChunks = FuzzSupport.outcome("ChunkedCSVLoader.load") { () -> CSVLoadSummary? in
        // The chunked loader reads what the loader decided is CSV text.
        guard (try? FileSniffer.kind(of: Array(bytes.prefix(FileSniffer.headLength)))) == .text else { return nil }
        var builder = PortraitStoreBuilder()
        guard let report = try ChunkedCSVLoader.load(path: UserPath(path), edition: "fuzz", options: options, into: &builder,
                                                     chunkSize: chunkSize, parallelThreshold: 64) else { return nil }
        return CSVLoadSummary(LoadedPortrait(store: builder.build(), reports: [report]))
    }
    switch smallChunks {
    case .success(nil):
        break  // not plain UTF-8: the whole-file path reads it, as checked above
    case .success(let summary?):
        CSVLoadSummary.expectSame(fromMemory, .success(summary), "\(chunkSize)-byte chunks")
    case .failure(let error):
        CSVLoadSummary.expectSame(fromMemory, .failure(error), "\(chunkSize)-byte chunks")
    }
    return 0
}

/// What a load produced, in a form two loads can be compared by.
struct CSVLoadSummary: Equatable {
    var rows: [[String]]
    var lines: [Int]
    var extraTitles: [String]
    var extras: [[String]]
    var headerLine: Int
    var delimiter: UInt8?
    var anomalies: [String]

    init(_ loaded: LoadedPortrait) {
        let store = loaded.store
        let all = 0..<store.count
        rows = all.map { row in Field.allCases.map { store.text($0, row: row) } + [store.edition(row: row)] }
        lines = all.map { store.line(row: $0) }
        extraTitles = store.extraTitles
        extras = store.extraTitles.indices.map { index in all.map { store.extra(index, row: $0) } }
        let report = loaded.reports[0]
        FuzzSupport.check(report.rowCount == store.count, "report counts \(report.rowCount) rows, store has \(store.count)")
        headerLine = report.headerLine
        delimiter = report.delimiter
        anomalies = report.anomalies.entries.map { "\($0.kind) ×\($0.count) at \($0.lines)" }
    }

    /// The first property in which `other` differs, for the finding's message.
    func firstDifference(from other: CSVLoadSummary) -> String {
        let mine = Mirror(reflecting: self).children.map { ($0.label ?? "?", "\($0.value)") }
        let theirs = Mirror(reflecting: other).children.map { "\($0.value)" }
        for ((label, a), b) in zip(mine, theirs) where a != b {
            let common = zip(a, b).prefix { $0 == $1 }.count
            return "\(label): …\(a.dropFirst(max(0, common - 80)).prefix(240))… versus …\(b.dropFirst(max(0, common - 80)).prefix(240))…"
        }
        return "(no difference found)"
    }

    /// Two loads of the same bytes must give the same rows, or the same error (file name aside).
    static func expectSame(_ reference: Result<CSVLoadSummary, PortraitError>, _ other: Result<CSVLoadSummary, PortraitError>,
                           _ how: String) {
        switch (reference, other) {
        case (.success(let a), .success(let b)):
            FuzzSupport.check(a == b, "loading from memory and through the \(how) differ: \(a.firstDifference(from: b))")
        case (.failure(let a), .failure(let b)):
            FuzzSupport.check(a.kind == b.kind && a.line == b.line && a.reason == b.reason,
                              "loading from memory and through the \(how) fail differently: \(a) / \(b)")
        case (.success, .failure(let error)):
            FuzzSupport.check(false, "loads from memory, but through the \(how) fails: \(error)")
        case (.failure(let error), .success):
            FuzzSupport.check(false, "loads through the \(how), but from memory fails: \(error)")
        }
    }
}
