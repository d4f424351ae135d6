#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PortraitStore {
    /// Answers `query`: matching rows in the query's order and disjunctive counts for every facet value.
    /// Vocabulary labels sort in `language`.
    public func select(_ query: Query, language: Language = .fr) -> Selection {
        let words = query.searchWords
        // Allowed value codes per filtered facet.
        var filters: [(allowed: [Bool], facet: Int)] = []
        for facet in Facet.allCases {
            guard let set = query.selected[facet], !set.isEmpty else { continue }
            var allowed = [Bool](repeating: false, count: facets[facet.index].values.count)
            for code in set where code >= 0 && code < allowed.count { allowed[code] = true }
            filters.append((allowed, facet.index))
        }
        if words.isEmpty && filters.isEmpty {
            var selection = everything
            sort(&selection.rows, by: query.sort, language: language)
            return selection
        }
        // Flat tables for the scan: allowed[offset[f] + code] for filtered facets, counts[offset[f] + code].
        var offsets = [Int](repeating: 0, count: facets.count + 1)
        for f in facets.indices { offsets[f + 1] = offsets[f] + facets[f].values.count }
        var allowed = [UInt8](repeating: 1, count: offsets[facets.count])
        var filtered: [Int] = []
        for filter in filters {
            filtered.append(filter.facet)
            for code in filter.allowed.indices { allowed[offsets[filter.facet] + code] = filter.allowed[code] ? 1 : 0 }
        }
        var flatCounts = [Int](repeating: 0, count: offsets[facets.count])
        var rows: [Int] = []
        let searchBits = matches(words: words)
        rows.reserveCapacity(searchBits == nil ? count / 4 : 1024)
        let width = codes.facets
        let matrix = codes.storage
        allowed.withUnsafeBufferPointer { allowed in
            flatCounts.withUnsafeMutableBufferPointer { counts in
                offsets.withUnsafeBufferPointer { offsets in
                    filtered.withUnsafeBufferPointer { filtered in
                        // One row: it matches when no filter fails; failing exactly one filter still counts for that facet.
                        @inline(__always) func visit(_ row: Int) {
                            let base = row * width
                            var failing = -1
                            for f in filtered where allowed[offsets[f] + Int(matrix[base + f])] == 0 {
                                if failing >= 0 { return }
                                failing = f
                            }
                            if failing < 0 {
                                rows.append(row)
                                for f in 0..<width { counts[offsets[f] + Int(matrix[base + f])] += 1 }
                            } else {
                                counts[offsets[failing] + Int(matrix[base + failing])] += 1
                            }
                        }
                        if let searchBits {
                            for (index, word) in searchBits.words.enumerated() where word != 0 {
                                var bits = word
                                while bits != 0 {
                                    visit(index << 6 | bits.trailingZeroBitCount)
                                    bits &= bits - 1
                                }
                            }
                        } else {
                            for row in 0..<count { visit(row) }
                        }
                    }
                }
            }
        }
        var counts: [[Int]] = []
        for f in facets.indices { counts.append(Array(flatCounts[offsets[f]..<offsets[f + 1]])) }
        sort(&rows, by: query.sort, language: language)
        var byFacet: [Facet: [Int]] = [:]
        for facet in Facet.allCases { byFacet[facet] = counts[facet.index] }
        return Selection(rows: rows, counts: byFacet)
    }

    /// Rows matching every search word in name, benefits, body, portfolio or category; nil when there are no
    /// words. Answered from the search index when it is built (the browser builds it in the background),
    /// else by reading every row once, which is faster than building the index for a single question.
    func matches(words: [String]) -> RowBits? {
        let words = words.filter { !$0.utf8.contains(0) }
        guard !words.isEmpty else { return nil }
        guard let index = builtSearchIndex else { return scanMatches(words: words) }
        var result: RowBits?
        for word in words {
            let bits = index.rows(containing: word)
            if result == nil { result = bits } else { result?.formIntersection(bits) }
        }
        return result
    }

    /// Offset of the first occurrence of `needle` in `haystack` at or after `start`: memchr for the first
    /// byte, memcmp for the rest.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let first = needle.first else { return nil }
        let last = haystack.count - needle.count
        var i = start
        return needle.withUnsafeBufferPointer { pattern in
            while i <= last {
                guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position, pattern.baseAddress!, pattern.count) == 0 { return position }
                i = position + 1
            }
            return nil
        }
    }

    private func sort(_ rows: inout [Int], by key: SortKey, language: Language) {
        switch key {
        case .fileOrder:
            return
        case .name:
            let ranks = sortRanks.nameRanks
            rows.sort { ranks[$0] < ranks[$1] }
        default:
            guard let facet = key.facet else { return }
            let ranks = sortRanks.valueRanks[facet.index][language == .fr ? 0 : 1]
            let names = sortRanks.nameRanks
            let f = facet.index
            rows.sort {
                let a = ranks[Int(codes[$0, f])], b = ranks[Int(codes[$1, f])]
                return a != b ? a < b : names[$0] < names[$1]
            }
        }
    }
}
