import Foundation
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
import PortraitCore

/// libFuzzer entry for the header mapping. The input is text: its first line is a `--columns` argument,
/// each further line a record whose cells are separated by tabs. Checks that the `--columns` parser either
/// gives overrides or a usage error, and that every candidate mapping points at real, distinct columns.
@_cdecl("LLVMFuzzerTestOneInput")
public func headerFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = HeaderFuzzInput(FuzzSupport.bytes(data, size))
    var overrides: [Field: String] = [:]
    switch FuzzSupport.outcome("HeaderMapper.parseOverrides", { try HeaderMapper.parseOverrides(input.columnsArgument) }) {
    case .success(let parsed):
        overrides = parsed
        FuzzSupport.check(parsed.values.allSatisfy { !$0.isEmpty }, "--columns gave an empty header: \(parsed)")
    case .failure(let error):
        FuzzSupport.check(error.kind == .usage, "--columns failed with a \(error.kind) error: \(error)")
    }
    // The first records only, as the loader: past them, checking every record would time the harness.
    for record in input.records.prefix(HeaderMapper.searchDepth) {
        for cell in record { _ = HeaderMapper.field(forHeader: cell) }
        for given in [[:], overrides] {
            let columns = HeaderMapper.map(headers: record, overrides: given)
            FuzzSupport.check(columns.values.allSatisfy { record.indices.contains($0) }, "a field maps outside the record: \(columns)")
            let chosen = columns.filter { given[$0.key] == nil }
            let overridden = Set(columns.filter { given[$0.key] != nil }.values)
            FuzzSupport.check(Set(chosen.values).count == chosen.count && overridden.isDisjoint(with: chosen.values),
                              "two fields map to one column: \(columns)")
        }
    }
    switch FuzzSupport.outcome("HeaderMapper.findHeader", { try HeaderMapper.findHeader(in: input.records, overrides: overrides) }) {
    case .success(let mapping):
        FuzzSupport.check(input.records.indices.contains(mapping.headerRecord), "header record out of range: \(mapping.headerRecord)")
        FuzzSupport.check(mapping.headers == input.records[mapping.headerRecord], "the mapping's headers are not its record's cells")
        FuzzSupport.check(HeaderMapper.isHeader(mapping.columns), "a header naming \(mapping.columns.count) fields was taken")
        FuzzSupport.check(Set(mapping.extraColumns).isDisjoint(with: mapping.columns.values), "an extra column is also a field's column")
        _ = mapping.missingFields
    case .failure(let error):
        FuzzSupport.check(error.kind == .badData, "findHeader failed with a \(error.kind) error: \(error)")
    }
    return 0
}

/// A header-mapping fuzz input cut into its `--columns` line and its records (the regression tests cut
/// committed inputs the same way).
struct HeaderFuzzInput {
    var columnsArgument: String
    var records: [[String]]

    init(_ bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        columnsArgument = lines.first.map(String.init) ?? ""
        records = lines.dropFirst().map { line in line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
}
