import PortraitText

/// Every row's facet value codes in one row-major block of memory (row r, facet f at r × facets + f),
/// so that the per-keystroke scan reads one contiguous stream with no bounds checks or reference counting.
final class CodeMatrix: @unchecked Sendable {
    let rows: Int
    let facets: Int
    /// Written once in `init`, never after: safe to read from any thread.
    let storage: UnsafeMutableBufferPointer<UInt32>

    /// Packs one code array per facet (all of the same length).
    init(columns: [[UInt32]]) {
        facets = columns.count
        rows = columns.first?.count ?? 0
        storage = .allocate(capacity: max(1, rows * facets))
        for (f, column) in columns.enumerated() {
            for (row, code) in column.enumerated() { storage[row * facets + f] = code }
        }
    }

    deinit { storage.deallocate() }

    @inline(__always) subscript(row: Int, facet: Int) -> UInt32 { storage[row * facets + facet] }
}
