import Foundation
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad

/// libFuzzer entry for the HTML reader: the input is a page, read from memory (`Loader.loadHTML`) and
/// from a file named .html (`Loader.load(paths:)`, as `portrait` reads it). Both must give the same
/// result — the same rows, or the same `PortraitError` — and the report's row count must be the store's.
@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    let fromMemory = FuzzSupport.outcome("Loader.loadHTML(bytes:)") { () -> LoadedPortrait in
        var builder = PortraitStoreBuilder()
        let report = try Loader.loadHTML(bytes: bytes, name: "fuzz.html", edition: "fuzz", options: LoadOptions(), into: &builder)
        return LoadedPortrait(store: builder.build(), reports: [report])
    }
    let path = FuzzSupport.write(bytes, as: "fuzz.html")
    let fromFile = FuzzSupport.outcome("Loader.load(paths:) on an HTML file") { try Loader.load(paths: [path], options: LoadOptions(editions: ["fuzz"])) }
    switch (fromMemory, fromFile) {
    case (.success(let a), .success(let b)):
        FuzzSupport.check(a.reports[0].rowCount == a.store.count, "report and store disagree on the row count")
        FuzzSupport.check(a.store.count == b.store.count, "memory and file give different row counts")
        for row in 0..<min(a.store.count, b.store.count) {
            for field in Field.allCases {
                FuzzSupport.check(a.store.text(field, row: row) == b.store.text(field, row: row), "memory and file differ at row \(row)")
            }
        }
    case (.failure(let a), .failure(let b)):
        FuzzSupport.check(a.message == b.message, "memory and file fail differently: \(a) / \(b)")
    default:
        // An empty input is not read as HTML from a file without an HTML extension; here both are .html.
        FuzzSupport.check(false, "memory and file disagree: \(fromMemory) / \(fromFile)")
    }
    return 0
}
