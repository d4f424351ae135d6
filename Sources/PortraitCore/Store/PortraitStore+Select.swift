#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PortraitStore {
    /// Answers `query`: matching rows in the query's order and disjunctive counts for every facet value.
    /// Vocabulary labels sort in `language`.
    public func select(_ query: Query, language: Language = .fr) -> Selection {
        let searchMask = matches(words: query.searchWords)
        // Allowed value codes per filtered facet.
        var filters: [(facet: Int, allowed: [Bool])] = []
        for facet in Facet.allCases {
            guard let set = query.selected[facet], !set.isEmpty else { continue }
            var allowed = [Bool](repeating: false, count: facets[facet.index].values.count)
            for code in set where code >= 0 && code < allowed.count { allowed[code] = true }
            filters.append((facet.index, allowed))
        }
        var counts = facets.map { [Int](repeating: 0, count: $0.values.count) }
        var rows: [Int] = []
        for row in 0..<count {
            if let searchMask, !searchMask[row] { continue }
            var failures = 0
            var failing = -1
            for filter in filters where !filter.allowed[Int(facets[filter.facet].codes[row])] {
                failures += 1
                failing = filter.facet
                if failures > 1 { break }
            }
            if failures == 0 {
                rows.append(row)
                for f in facets.indices { counts[f][Int(facets[f].codes[row])] += 1 }
            } else if failures == 1 {
                counts[failing][Int(facets[failing].codes[row])] += 1
            }
        }
        sort(&rows, by: query.sort, language: language)
        var byFacet: [Facet: [Int]] = [:]
        for facet in Facet.allCases { byFacet[facet] = counts[facet.index] }
        return Selection(rows: rows, counts: byFacet)
    }

    /// Rows matching every search word in name, benefits, body, portfolio or category; nil when there are no words.
    func matches(words: [String]) -> [Bool]? {
        guard !words.isEmpty else { return nil }
        var result = [Bool](repeating: true, count: count)
        let searchedFacets: [Facet] = [.organisation, .portfolio, .category]
        for word in words {
            var hit = [Bool](repeating: false, count: count)
            markTextMatches(of: word, in: &hit)
            for facet in searchedFacets {
                let labels = foldedLabels[facet.index]
                let valueHit = labels.map { $0.contains(word) }
                guard valueHit.contains(true) else { continue }
                let codes = facets[facet.index].codes
                for row in 0..<count where valueHit[Int(codes[row])] { hit[row] = true }
            }
            for row in 0..<count where !hit[row] { result[row] = false }
        }
        return result
    }

    /// Marks rows whose folded search text contains `word`: one pass of memmem over the whole buffer.
    private func markTextMatches(of word: String, in hit: inout [Bool]) {
        let needle = Array(word.utf8)
        guard !needle.isEmpty else { return }
        searchText.bytes.withUnsafeBufferPointer { haystack in
            var offset = 0
            while offset < haystack.count {
                guard let position = Self.find(needle, in: haystack, from: offset) else { break }
                let row = searchText.element(containing: position)
                let rowEnd = searchText.range(row).upperBound
                if position + needle.count <= rowEnd {
                    hit[row] = true
                    offset = rowEnd  // one hit is enough: go on with the next row
                } else {
                    offset = position + 1  // the match straddles two rows
                }
            }
        }
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
            let codes = facets[facet.index].codes
            let names = sortRanks.nameRanks
            rows.sort {
                let a = ranks[Int(codes[$0])], b = ranks[Int(codes[$1])]
                return a != b ? a < b : names[$0] < names[$1]
            }
        }
    }
}
