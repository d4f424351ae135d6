import PortraitText
import Dispatch
import Synchronization
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
        let classMask = query.classMask
        if words.isEmpty && filters.isEmpty && query.benefits.isEmpty && classMask == 0 {
            var selection = everything
            sort(&selection.rows, by: query.sort, descending: query.descending, language: language)
            if query.countsBenefits { selection.benefitCounts = benefitCounts(query, rows: selection.rows, language: language) }
            if let classes = query.classes { selection.classCounts = classes.counts(rows: 0..<count) }
            return selection
        }
        // Flat tables for the scan: allowed[offset[f] + code] for filtered facets, counts[offset[f] + code],
        // and after the facets' counts, those of the row classes.
        var offsets = [Int](repeating: 0, count: facets.count + 1)
        for f in facets.indices { offsets[f + 1] = offsets[f] + facets[f].values.count }
        var allowed = [UInt8](repeating: 1, count: offsets[facets.count])
        var filtered: [Int] = []
        for filter in filters {
            filtered.append(filter.facet)
            for code in filter.allowed.indices { allowed[offsets[filter.facet] + code] = filter.allowed[code] ? 1 : 0 }
        }
        var candidates = matches(words: words)
        if !query.benefits.isEmpty {
            let withBenefits = rows(withBenefits: query.benefits)
            if candidates == nil { candidates = withBenefits } else { candidates?.formIntersection(withBenefits) }
        }
        let searchBits = candidates
        // Rows are scanned in blocks of 64 (one word of the search bitset); a large store on two cores.
        let blocks = (count + 63) / 64
        let parts = count >= 100_000 ? 2 : 1
        let cut = blocks / parts
        let ranges = parts == 1 ? [0..<blocks] : [0..<cut, cut..<blocks]
        let classes = query.classes.flatMap { $0.bits.count == count ? $0 : nil }
        let table = ScanTable(allowed: allowed, offsets: offsets, filtered: filtered, classBits: classes?.bits ?? [],
                              classMask: classMask)
        var rows: [Int]
        var flatCounts: [Int]
        if parts == 1 {
            (rows, flatCounts) = scan(blocks: ranges[0], searchBits: searchBits, table: table)
        } else {
            let results = Mutex<[(rows: [Int], counts: [Int])?]>([nil, nil])
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let result = scan(blocks: ranges[part], searchBits: searchBits, table: table)
                results.withLock { $0[part] = result }
            }
            let done = results.withLock { $0 }
            rows = (done[0]?.rows ?? []) + (done[1]?.rows ?? [])
            flatCounts = done[0]?.counts ?? []
            if let second = done[1]?.counts {
                for k in flatCounts.indices { flatCounts[k] += second[k] }
            }
        }
        var counts: [[Int]] = []
        for f in facets.indices { counts.append(Array(flatCounts[offsets[f]..<offsets[f + 1]])) }
        let classCounts = classes.map { Array(flatCounts[offsets[facets.count]...].prefix($0.count)) } ?? []
        sort(&rows, by: query.sort, descending: query.descending, language: language)
        var byFacet: [Facet: [Int]] = [:]
        for facet in Facet.allCases { byFacet[facet] = counts[facet.index] }
        var selection = Selection(rows: rows, counts: byFacet)
        selection.classCounts = classCounts
        if query.countsBenefits { selection.benefitCounts = benefitCounts(query, rows: rows, language: language) }
        return selection
    }

    /// What the scan of one part needs: allowed[offsets[f] + code] is 0 for a value a filter leaves out,
    /// the facets that are filtered, and the row classes (empty: none) with the bits of those chosen.
    struct ScanTable: Sendable {
        let allowed: [UInt8]
        let offsets: [Int]
        let filtered: [Int]
        let classBits: [UInt8]
        let classMask: UInt8
    }

    /// Scans the rows of 64-row blocks `blocks` (only those in `searchBits` when given): the matching rows
    /// in order, and counts[offsets[f] + code] with every other filter applied (disjunctive counting); the
    /// classes' counts follow the facets'.
    func scan(blocks: Range<Int>, searchBits: RowBits?, table: ScanTable) -> (rows: [Int], counts: [Int]) {
        if table.classBits.isEmpty { return scanWithoutClasses(blocks: blocks, searchBits: searchBits, table: table) }
        let classBase = table.offsets[facets.count]
        var flatCounts = [Int](repeating: 0, count: classBase + 8)
        var rows: [Int] = []
        rows.reserveCapacity(searchBits == nil ? blocks.count * 16 : 1024)
        let width = codes.facets
        let matrix = codes.storage
        let total = count
        table.allowed.withUnsafeBufferPointer { allowed in
            flatCounts.withUnsafeMutableBufferPointer { counts in
                table.offsets.withUnsafeBufferPointer { offsets in
                    table.filtered.withUnsafeBufferPointer { filtered in
                        table.classBits.withUnsafeBufferPointer { classBits in
                            let hasClasses = !classBits.isEmpty
                            let classMask = table.classMask
                            // One row: it matches when no filter fails; failing exactly one filter still counts for
                            // that facet (or for the row's classes, when the class filter is the one failing).
                            @inline(__always) func visit(_ row: Int) {
                                let base = row * width
                                var failing = -1
                                for f in filtered where allowed[offsets[f] + Int(matrix[base + f])] == 0 {
                                    if failing >= 0 { return }
                                    failing = f
                                }
                                if hasClasses {
                                    let rowClasses = classBits[row]
                                    let classFails = classMask != 0 && rowClasses & classMask == 0
                                    if classFails && failing >= 0 { return }
                                    if failing < 0 {
                                        var set = rowClasses
                                        while set != 0 {
                                            counts[classBase + set.trailingZeroBitCount] += 1
                                            set &= set - 1
                                        }
                                    }
                                    if classFails { return }
                                }
                                if failing < 0 {
                                    rows.append(row)
                                    for f in 0..<width { counts[offsets[f] + Int(matrix[base + f])] += 1 }
                                } else {
                                    counts[offsets[failing] + Int(matrix[base + failing])] += 1
                                }
                            }
                            Self.forEachRow(of: blocks, below: total, in: searchBits, visit)
                        }
                    }
                }
            }
        }
        return (rows, flatCounts)
    }

    /// `scan` when no row classes are chosen or counted (nearly every keystroke), without a branch on what
    /// each row's values are: a row's failing filters make a bit mask, the row is written at the end of the
    /// rows and kept only when the mask is empty, and each facet's count grows by one when no filter but
    /// its own fails. Whether a row matches is as unpredictable as the data, and a mispredicted branch per
    /// row cost more than the counting itself.
    private func scanWithoutClasses(blocks: Range<Int>, searchBits: RowBits?, table: ScanTable) -> (rows: [Int], counts: [Int]) {
        var flatCounts = [Int](repeating: 0, count: table.offsets[facets.count] + 8)
        let width = codes.facets
        let matrix = codes.storage
        let firstRow = blocks.lowerBound * 64
        let endRow = min(blocks.upperBound * 64, count)
        let room = max(0, endRow - firstRow)
        let rows = [Int](unsafeUninitializedCapacity: room) { out, kept in
            kept = table.allowed.withUnsafeBufferPointer { allowed in
                flatCounts.withUnsafeMutableBufferPointer { counts in
                    table.offsets.withUnsafeBufferPointer { offsets in
                        table.filtered.withUnsafeBufferPointer { filtered in
                            var n = 0
                            // Indices are within the tables by construction: wrapping arithmetic, no checks.
                            @inline(__always) func visit(_ row: Int) {
                                let base = row &* width
                                var failing = 0
                                for f in filtered {
                                    failing |= Int(allowed[offsets[f] &+ Int(matrix[base &+ f])] ^ 1) &<< f
                                }
                                out[n] = row
                                n &+= failing == 0 ? 1 : 0
                                for f in 0..<width {
                                    counts[offsets[f] &+ Int(matrix[base &+ f])] &+= failing & ~(1 &<< f) == 0 ? 1 : 0
                                }
                            }
                            Self.forEachRow(of: blocks, below: endRow, in: searchBits, visit)
                            return n
                        }
                    }
                }
            }
        }
        return (rows, flatCounts)
    }

    /// Calls `visit` with each row of the 64-row blocks `blocks` below `end`, in order: every one, or only
    /// those in `searchBits` when given. The one walk of both scans.
    @inline(__always)
    private static func forEachRow(of blocks: Range<Int>, below end: Int, in searchBits: RowBits?, _ visit: (Int) -> Void) {
        if let searchBits {
            for index in blocks where searchBits.words[index] != 0 {
                var bits = searchBits.words[index]
                while bits != 0 {
                    visit(index &<< 6 | bits.trailingZeroBitCount)
                    bits &= bits &- 1
                }
            }
        } else {
            for row in (blocks.lowerBound &* 64)..<max(blocks.lowerBound &* 64, min(blocks.upperBound &* 64, end)) { visit(row) }
        }
    }

    /// Rows matching every search word in name, benefits, body, portfolio or category; nil when there are no
    /// words. Answered from the search index when it is built (the browser builds it in the background),
    /// else by reading every row once, which is faster than building the index for a single question.
    func matches(words: [String]) -> RowBits? {
        let words = words.filter { !$0.utf8.contains(0) && !searchedAtLoad.contains($0) }
        guard !words.isEmpty else { return nil }
        guard let index = builtSearchIndex else { return scanMatches(words: words) }
        var result: RowBits?
        var phrases: [String] = []
        for term in words {
            let parts = SearchTerm(folded: term).words.map { String(decoding: $0, as: UTF8.self) }
            if parts.count > 1 { phrases.append(term) }
            for word in parts {
                let bits = index.rows(containing: word)
                if result == nil { result = bits } else { result?.formIntersection(bits) }
            }
        }
        for phrase in phrases {
            result?.formIntersection(rows(holding: phrase, index: index))
        }
        return result
    }

    /// The rows that hold `phrase` (folded, several words). Its words are all in the rows the index gives;
    /// whether they follow each other is checked row by row, except in the rows whose labels or benefits
    /// hold the phrase, which the index gives too. The rows are remembered, and a phrase that grows as it
    /// is typed only checks the rows of the phrase it grew from.
    private func rows(holding phrase: String, index: SearchIndex) -> RowBits {
        if let remembered = index.rememberedRows(holding: phrase) { return remembered }
        let term = SearchTerm(folded: phrase)
        var narrowed = index.rememberedRows(narrowedTo: phrase)
        for word in term.words {
            let bits = index.rows(containing: String(decoding: word, as: UTF8.self))
            if narrowed == nil { narrowed = bits } else { narrowed?.formIntersection(bits) }
        }
        guard var found = narrowed else { return RowBits(count: count) }
        var inLabels = index.rows(withLabelsHolding: term)
        inLabels.formUnion(index.rows(withBenefitsHolding: term, benefits: benefits))
        var confirmed = found
        confirmed.formIntersection(inLabels)
        found.subtract(inLabels)
        var verified = scanMatches(words: [phrase], among: found)
        verified.formUnion(confirmed)
        index.remember(phrase: phrase, rows: verified)
        return verified
    }

    /// Orders `rows` by `key`; `descending` reverses the whole order, so that rows that tie come in the
    /// reverse of their ascending order too.
    private func sort(_ rows: inout [Int], by key: SortKey, descending: Bool, language: Language) {
        sort(&rows, by: key, language: language)
        if descending { rows.reverse() }
    }

    private func sort(_ rows: inout [Int], by key: SortKey, language: Language) {
        switch key {
        case .fileOrder:
            return
        case .name:
            let ranks = sortRanks.nameRanks
            rows.sort { ranks[$0] < ranks[$1] }
        case .facet(let facet):
            let built = sortRanks
            let ranks = built.valueRanks[facet.index][language == .fr ? 0 : 1]
            let names = built.nameRanks
            let f = facet.index
            rows.sort {
                let a = ranks[Int(codes[$0, f])], b = ranks[Int(codes[$1, f])]
                return a != b ? a < b : names[$0] < names[$1]
            }
        }
    }
}
