import PortraitText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Precomputed sort positions: for each facet and language, the rank of every value by its folded label,
/// and the rank of every row by its folded name.
struct SortRanks: Sendable {
    /// [facet index][language] → rank per value code.
    let valueRanks: [[[Int32]]]
    /// Rank of each row by folded name (ties keep file order).
    let nameRanks: [Int32]

    init(facets: [FacetColumn], names: TextColumn) {
        valueRanks = facets.map { column in
            Language.allCases.map { language in
                let keys = column.values.map { TextFold.fold($0.label(language)) }
                var ranks = [Int32](repeating: 0, count: keys.count)
                for (rank, code) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() {
                    ranks[code] = Int32(rank)
                }
                return ranks
            }
        }
        // Every folded name in one buffer (no String per row: a million of them would cost more than the
        // names), then the rows ordered by those bytes, which is the order of their characters.
        var folded: [UInt8] = []
        folded.reserveCapacity(names.bytes.count)
        var starts: [Int] = []
        starts.reserveCapacity(names.count + 1)
        names.bytes.withUnsafeBufferPointer { all in
            for row in 0..<names.count {
                starts.append(folded.count)
                TextFold.append(bytes: UnsafeBufferPointer(rebasing: all[names.range(row)]), to: &folded)
            }
        }
        starts.append(folded.count)
        var order = Array(0..<Int32(truncatingIfNeeded: names.count))
        folded.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                let base = bytes.baseAddress
                order.sort { a, b in
                    let (startA, startB) = (starts[Int(a)], starts[Int(b)])
                    let (lengthA, lengthB) = (starts[Int(a) + 1] - startA, starts[Int(b) + 1] - startB)
                    let common = min(lengthA, lengthB)
                    let order = common == 0 ? 0 : memcmp(base! + startA, base! + startB, common)
                    if order != 0 { return order < 0 }
                    return lengthA != lengthB ? lengthA < lengthB : a < b
                }
            }
        }
        var ranks = [Int32](repeating: 0, count: names.count)
        for (rank, row) in order.enumerated() { ranks[Int(row)] = Int32(rank) }
        nameRanks = ranks
    }
}
