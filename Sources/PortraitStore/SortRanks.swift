import PortraitText

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
        nameRanks = Self.nameRanks(names)
    }

    /// The rank of each row by its folded name: byte order of the folded text, a name before the longer
    /// names it begins, ties in file order. Sorted most significant bytes first, eight at a time: the rows
    /// are ordered by eight of their folded bytes, then each run of rows that agree on them (and go on) by
    /// the next ones. Each round starts where the run's names first differ, so a long beginning that many
    /// names share costs one round. Only eight bytes are kept per row, never every folded name (which would
    /// cost as much as the names).
    static func nameRanks(_ names: TextColumn) -> [Int32] {
        let count = names.count
        var order = Array(0..<Int32(truncatingIfNeeded: count))
        var entries: [NameSortEntry] = []
        // Room for any folded name: the one being looked at, and the first of the run.
        let room = names.longestElement * TextFold.maximumExpansion + 16
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: room), first = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
        defer {
            scratch.deallocate()
            first.deallocate()
        }
        // Runs of `order` still to sort, with the number of folded bytes their names are known to share.
        var pending: [(range: Range<Int>, shared: Int)] = count > 1 ? [(0..<count, 0)] : []
        names.bytes.withUnsafeBufferPointer { all in
            func fold(_ row: Int32, into out: UnsafeMutablePointer<UInt8>) -> Int {
                TextFold.fold(bytes: UnsafeBufferPointer(rebasing: all[names.range(Int(row))]), into: out)
            }
            while let (range, shared) = pending.popLast() {
                // Where the run's names first differ (or the shortest ends).
                var common = fold(order[range.lowerBound], into: first)
                for position in range.dropFirst() where common > shared {
                    let length = fold(order[position], into: scratch)
                    var k = shared
                    let limit = min(common, length)
                    while k < limit && scratch[k] == first[k] { k += 1 }
                    common = k
                }
                let windowStart = common, windowEnd = windowStart + 8
                entries.removeAll(keepingCapacity: true)
                for position in range {
                    let row = order[position]
                    let length = fold(row, into: scratch)
                    var key: UInt64 = 0
                    for k in windowStart..<windowEnd { key = key << 8 | UInt64(k < length ? scratch[k] : 0) }
                    // A name that ends in this window sorts by its length among the names of the same bytes; one
                    // that goes on (windowEnd + 1) comes after them and is compared further.
                    entries.append(NameSortEntry(key: key, length: Int32(min(length, windowEnd + 1)), row: row))
                }
                entries.sort()
                var runStart = 0
                for k in entries.indices {
                    order[range.lowerBound + k] = entries[k].row
                    let endsRun = k + 1 == entries.count || entries[k + 1].key != entries[k].key || entries[k + 1].length != entries[k].length
                    if endsRun {
                        if k > runStart, entries[k].length == Int32(windowEnd + 1) {
                            pending.append(((range.lowerBound + runStart)..<(range.lowerBound + k + 1), windowEnd))
                        }
                        runStart = k + 1
                    }
                }
            }
        }
        var ranks = [Int32](repeating: 0, count: count)
        for (rank, row) in order.enumerated() { ranks[Int(row)] = Int32(rank) }
        return ranks
    }
}

/// One row while names are sorted: eight of its folded bytes, its folded length (capped), and the row.
struct NameSortEntry: Comparable {
    let key: UInt64
    let length: Int32
    let row: Int32

    static func < (a: NameSortEntry, b: NameSortEntry) -> Bool {
        if a.key != b.key { return a.key < b.key }
        if a.length != b.length { return a.length < b.length }
        return a.row < b.row
    }
}
