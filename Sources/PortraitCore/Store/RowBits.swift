/// A set of row numbers as a bitset: one bit per row.
struct RowBits: Sendable, Equatable {
    private(set) var words: [UInt64]
    let count: Int

    init(count: Int, filled: Bool = false) {
        self.count = count
        words = [UInt64](repeating: filled ? ~0 : 0, count: (count + 63) / 64)
        if filled, count % 64 != 0, !words.isEmpty { words[words.count - 1] = (1 << UInt64(count % 64)) - 1 }
    }

    @inline(__always) func contains(_ row: Int) -> Bool { words[row >> 6] & (1 << UInt64(row & 63)) != 0 }

    @inline(__always) mutating func insert(_ row: Int) { words[row >> 6] |= 1 << UInt64(row & 63) }

    mutating func formIntersection(_ other: RowBits) {
        for i in words.indices { words[i] &= other.words[i] }
    }

    mutating func formUnion(_ other: RowBits) {
        for i in words.indices { words[i] |= other.words[i] }
    }

    /// Calls `body` with every row in the set, in order.
    func forEach(_ body: (Int) -> Void) {
        for (index, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                body(index << 6 | bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
    }

    var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
}
