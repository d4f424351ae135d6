import PortraitText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Finds the rows whose text contains a word, case- and accent-insensitively, without reading every row:
/// the distinct words (tokens) of name and benefits are folded once and searched once, then posting lists
/// (the rows of each token, and of each facet value) give the rows. Results per word are cached, and a word that grows by one
/// letter only re-checks the tokens its prefix matched — which is what typing does.
final class SearchIndex: Sendable {
    private let rowCount: Int
    /// Folded tokens, each followed by a 0 byte.
    private let folded: [UInt8]
    /// Start of each token's folded form in `folded`.
    private let foldedStarts: [UInt32]
    /// Rows of each token (CSR: the bytes postings[postingStarts[t] ..< postingStarts[t + 1]]), ascending, each
    /// written as its distance from the previous one (from -1 for the first) in `PostingBytes`' variable-length
    /// form: a frequent word's rows are close together, so most take one byte instead of four.
    private let postingStarts: [UInt32]
    private let postings: [UInt8]
    /// Facets whose labels are searched, with each value's folded labels and rows.
    private let facetLabels: [FoldedLabels]
    private let facetPostingStarts: [[UInt32]]
    private let facetPostings: [[UInt32]]
    private let cache = Mutex(Cache())

    /// Recently used words with their matching tokens and rows.
    private struct Cache {
        var tokens: [String: [UInt32]] = [:]
        var rows: [String: RowBits] = [:]
        var order: [String] = []
        static let capacity = 48

        mutating func remember(_ word: String, tokens matched: [UInt32], rows bits: RowBits) {
            if tokens[word] == nil {
                order.append(word)
                if order.count > Self.capacity {
                    let old = order.removeFirst()
                    tokens[old] = nil
                    rows[old] = nil
                }
            }
            tokens[word] = matched
            rows[word] = bits
        }
    }

    /// Indexes the words of `texts` (one column per searched text field, all of the same length). Each
    /// row's words are read twice, once to count and once to fill the posting lists, so that no list of
    /// every word occurrence is ever held.
    init(texts: [TextColumn], facetLabels: [FoldedLabels], facetCodes: [[UInt32]]) {
        rowCount = texts.first?.count ?? 0
        var dictionary = ByteInterner(capacity: 1 << 14)
        var counts: [UInt32] = [0]
        var lastRow: [Int32] = []
        // Pass 1: distinct words, and the bytes of each one's rows.
        for row in 0..<rowCount {
            let current = Int32(truncatingIfNeeded: row)
            for column in texts {
                Self.forEachWord(column, row: row) { word in
                    let (id, isNew) = dictionary.intern(word)
                    if isNew {
                        counts.append(0)
                        lastRow.append(-1)
                    }
                    if lastRow[id] != current {
                        counts[id + 1] += UInt32(PostingBytes.length(UInt32(current - lastRow[id])))
                        lastRow[id] = current
                    }
                }
            }
        }
        let tokenCount = dictionary.count
        for id in 0..<tokenCount { counts[id + 1] += counts[id] }
        // Pass 2: the rows of each word.
        var fill = counts
        var postings = [UInt8](repeating: 0, count: Int(counts[tokenCount]))
        for i in lastRow.indices { lastRow[i] = -1 }
        let rows = rowCount
        postings.withUnsafeMutableBufferPointer { out in
            for row in 0..<rows {
                let current = Int32(truncatingIfNeeded: row)
                for column in texts {
                    Self.forEachWord(column, row: row) { word in
                        guard let id = dictionary.lookup(word), lastRow[id] != current else { return }
                        fill[id] = UInt32(PostingBytes.write(UInt32(current - lastRow[id]), to: out, at: Int(fill[id])))
                        lastRow[id] = current
                    }
                }
            }
        }
        self.postingStarts = counts
        self.postings = postings
        // Fold every distinct word once.
        var folded: [UInt8] = []
        var foldedStarts: [UInt32] = []
        foldedStarts.reserveCapacity(tokenCount + 1)
        dictionary.bytes.withUnsafeBufferPointer { all in
            for id in 0..<tokenCount {
                foldedStarts.append(UInt32(truncatingIfNeeded: folded.count))
                TextFold.append(bytes: UnsafeBufferPointer(rebasing: all[dictionary.range(id)]), to: &folded)
                folded.append(0)
            }
        }
        foldedStarts.append(UInt32(truncatingIfNeeded: folded.count))
        self.folded = folded
        self.foldedStarts = foldedStarts
        // Rows of each facet value.
        self.facetLabels = facetLabels
        var starts: [[UInt32]] = []
        var lists: [[UInt32]] = []
        for (labels, codes) in zip(facetLabels, facetCodes) {
            var valueCounts = [UInt32](repeating: 0, count: labels.count + 1)
            for code in codes { valueCounts[Int(code) + 1] += 1 }
            for v in 0..<labels.count { valueCounts[v + 1] += valueCounts[v] }
            var next = valueCounts
            var list = [UInt32](repeating: 0, count: codes.count)
            for (row, code) in codes.enumerated() {
                list[Int(next[Int(code)])] = UInt32(truncatingIfNeeded: row)
                next[Int(code)] += 1
            }
            starts.append(valueCounts)
            lists.append(list)
        }
        facetPostingStarts = starts
        facetPostings = lists
    }

    /// Calls `body` with each word of `column`'s element `row`: the runs between spaces and line breaks.
    /// A search word never holds a space or line break, so it is in the text exactly when it is in a word.
    @inline(__always)
    static func forEachWord(_ column: TextColumn, row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let range = column.range(row)
        column.bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            var start = range.lowerBound
            for i in range where all[i] == 0x20 || all[i] == 0x0A {
                if i > start { body(UnsafeBufferPointer(start: base + start, count: i - start)) }
                start = i + 1
            }
            if range.upperBound > start { body(UnsafeBufferPointer(start: base + start, count: range.upperBound - start)) }
        }
    }

    /// Rows where `word` (already folded, without spaces) begins a word of the name, benefits or searched facet labels.
    func rows(containing word: String) -> RowBits {
        if let hit = cache.withLock({ $0.rows[word] }) { return hit }
        let prefix = String(word.dropLast())
        let candidates = prefix.isEmpty ? nil : cache.withLock { $0.tokens[prefix] }
        let term = SearchTerm(folded: word)
        let matched = tokens(containing: term, among: candidates)
        var bits = RowBits(count: rowCount)
        postings.withUnsafeBufferPointer { list in
            for token in matched {
                PostingBytes.forEachRow(in: list, from: Int(postingStarts[Int(token)]), to: Int(postingStarts[Int(token) + 1])) {
                    bits.insert($0)
                }
            }
        }
        for (f, labels) in facetLabels.enumerated() {
            for value in labels.codes(matching: term) {
                let list = facetPostings[f]
                for k in Int(facetPostingStarts[f][value])..<Int(facetPostingStarts[f][value + 1]) { bits.insert(Int(list[k])) }
            }
        }
        cache.withLock { $0.remember(word, tokens: matched, rows: bits) }
        return bits
    }

    /// Rows whose searched facet labels hold `term` (a phrase too): no row needs reading for them.
    func rows(withLabelsHolding term: SearchTerm) -> RowBits {
        var bits = RowBits(count: rowCount)
        for (f, labels) in facetLabels.enumerated() {
            for value in labels.codes(matching: term) {
                let list = facetPostings[f]
                for k in Int(facetPostingStarts[f][value])..<Int(facetPostingStarts[f][value + 1]) { bits.insert(Int(list[k])) }
            }
        }
        return bits
    }

    /// Tokens in whose folded form `term` (one word) begins a word: among `candidates` when given (the matches of a
    /// prefix of the needle), else by one scan of all folded tokens.
    private func tokens(containing term: SearchTerm, among candidates: [UInt32]?) -> [UInt32] {
        guard let needle = term.words.first, term.words.count == 1 else { return [] }
        return folded.withUnsafeBufferPointer { all -> [UInt32] in
            if let candidates {
                return candidates.filter { token in
                    let range = Int(foldedStarts[Int(token)])..<Int(foldedStarts[Int(token) + 1])
                    return term.occurs(in: UnsafeBufferPointer(rebasing: all[range]))
                }
            }
            var matched: [UInt32] = []
            var offset = 0
            while let position = SearchTerm.find(needle, in: all, from: offset) {
                let token = tokenContaining(position)
                guard SearchTerm.isWordStart(all, position) else {
                    offset = position + 1
                    continue
                }
                matched.append(UInt32(token))
                offset = Int(foldedStarts[token + 1])
            }
            return matched
        }
    }

    private func tokenContaining(_ offset: Int) -> Int {
        var low = 0, high = foldedStarts.count - 2
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(foldedStarts[mid]) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
