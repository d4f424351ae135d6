import PortraitText

/// Every row's facet value codes in one row-major block of memory (row r, facet f at r × facets + f),
/// so that the per-keystroke scan reads one contiguous stream with no bounds checks or reference counting.
final class CodeMatrix: @unchecked Sendable {
    let rows: Int
    let facets: Int
    /// Written once in `init`, never after: safe to read from any thread.
    let storage: UnsafeMutableBufferPointer<UInt32>

    /// Takes every row's codes already in this layout (`facets` codes a row).
    init(rowMajor codes: [UInt32], facets: Int) {
        self.facets = facets
        rows = facets == 0 ? 0 : codes.count / facets
        storage = .allocate(capacity: max(1, codes.count))
        _ = storage.initialize(from: codes)
    }

    deinit { storage.deallocate() }

    @inline(__always) subscript(row: Int, facet: Int) -> UInt32 { storage[row * facets + facet] }
}
