/// Classes of rows the store does not know itself, at most eight, with one bit per class for each row: the
/// changes between two editions (`EditionChanges.classes`, in PortraitCompare), which the query filters and
/// counts like a facet (OR within the classes chosen, AND with the rest, disjunctive counts).
public struct RowClasses: Sendable, Equatable {
    /// The classes of each row of the store, bit `k` for class `k`.
    public let bits: [UInt8]
    /// How many classes there are (bits 0 to `count - 1`).
    public let count: Int

    public init(bits: [UInt8], count: Int) {
        precondition(count <= 8, "a row's classes fit in one byte")
        self.bits = bits
        self.count = count
    }

    /// The bits of `classes` (class numbers out of range are ignored).
    func mask(_ classes: Set<Int>) -> UInt8 {
        classes.reduce(UInt8(0)) { $1 >= 0 && $1 < count ? $0 | UInt8(1) << UInt8($1) : $0 }
    }

    /// How many of `rows` are in each class.
    func counts(rows: some Sequence<Int>) -> [Int] {
        var counts = [Int](repeating: 0, count: count)
        bits.withUnsafeBufferPointer { bits in
            for row in rows where bits.indices.contains(row) {
                var set = bits[row]
                while set != 0 {
                    counts[set.trailingZeroBitCount] += 1
                    set &= set - 1
                }
            }
        }
        return counts
    }
}
