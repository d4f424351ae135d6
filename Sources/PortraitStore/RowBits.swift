import PortraitText

/// A set of row numbers as a bitset: one bit per row.
struct RowBits: Sendable, Equatable {
    private(set) var words: [UInt64]
    let count: Int

    /// An empty set for `count` rows.
    init(count: Int) {
        self.count = count
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    @inline(__always) mutating func insert(_ row: Int) { words[row >> 6] |= 1 << UInt64(row & 63) }

    @inline(__always) func contains(_ row: Int) -> Bool { words[row >> 6] & (1 << UInt64(row & 63)) != 0 }

    /// Calls `body` with the words of the set to write bits into directly (bit r % 64 of word r / 64).
    mutating func withUnsafeMutableWords<R>(_ body: (UnsafeMutableBufferPointer<UInt64>) throws -> R) rethrows -> R {
        try words.withUnsafeMutableBufferPointer { try body($0) }
    }

    mutating func formIntersection(_ other: RowBits) {
        for i in words.indices { words[i] &= other.words[i] }
    }

    /// Removes the rows of `other`.
    mutating func subtract(_ other: RowBits) {
        for i in words.indices { words[i] &= ~other.words[i] }
    }

    mutating func formUnion(_ other: RowBits) {
        for i in words.indices { words[i] |= other.words[i] }
    }
}
