import PortraitText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Finds the rows whose text contains a word, case- and accent-insensitively, without reading every row:
/// the distinct words (tokens) of name and benefits are folded once and searched once, then posting lists
/// give the rows: the rows of each token of the names; for the benefits, whose cells repeat, the distinct
/// cells of each token and the rows of each cell; the rows of each searched facet value. Results per word
/// are cached, and a word that grows by one letter only re-checks the tokens its prefix matched — which is
/// what typing does.
final class SearchIndex: Sendable {
    private let rowCount: Int
    /// Folded tokens, each followed by a 0 byte.
    private let folded: [UInt8]
    /// Start of each token's folded form in `folded`.
    private let foldedStarts: [UInt32]
    /// Rows of each token in the names (CSR: the bytes namePostings[namePostingStarts[t] ..< namePostingStarts[t + 1]]),
    /// ascending, in `PostingBytes`' variable-length form: a frequent word's rows are close together, so most
    /// take one byte instead of four.
    private let namePostingStarts: [UInt32]
    private let namePostings: [UInt8]
    /// Distinct benefits cells of each token, in the same form, and the rows of each cell.
    private let benefitPostingStarts: [UInt32]
    private let benefitPostings: [UInt8]
    private let benefitRows: ValueRows
    /// Facets whose labels are searched, with each value's folded labels and rows.
    private let facetLabels: [FoldedLabels]
    private let facetRows: [ValueRows]
    private let cache = Mutex(Cache())

    /// Recently used words with their matching tokens and rows, and recently checked phrases with the rows
    /// that hold them.
    private struct Cache {
        var tokens: [String: [UInt32]] = [:]
        var rows: [String: RowBits] = [:]
        var order: [String] = []
        static let capacity = 48
        var phrases: [String: RowBits] = [:]
        var phraseOrder: [String] = []
        static let phraseCapacity = 16

        mutating func remember(phrase: String, rows bits: RowBits) {
            if phrases[phrase] == nil {
                phraseOrder.append(phrase)
                if phraseOrder.count > Self.phraseCapacity { phrases[phraseOrder.removeFirst()] = nil }
            }
            phrases[phrase] = bits
        }

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

    /// Indexes the words of `names` (one per row) and of the distinct cells of `benefits`, and the rows of
    /// each value of the facets `facets` (positions in `codes`, with their `facetLabels`). Words are read
    /// twice, once to count and once to fill the posting lists, so that no list of every word occurrence is
    /// ever held.
    init(names: TextColumn, benefits: TextColumn, facetLabels: [FoldedLabels], codes: CodeMatrix, facets: [Int]) {
        let rows = names.count
        rowCount = rows
        var dictionary = ByteInterner(capacity: 1 << 14)
        var nameLists = PostingCounts()
        var benefitLists = PostingCounts()
        func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int {
            let (id, isNew) = dictionary.intern(word)
            if isNew {
                nameLists.addToken()
                benefitLists.addToken()
            }
            return id
        }
        // Pass 1: distinct words, and the bytes of each one's rows (names) and cells (benefits).
        names.bytes.withUnsafeBufferPointer { all in
            for row in 0..<rows {
                Self.forEachWord(all, names.range(row)) { nameLists.count(token: intern($0), document: row) }
            }
        }
        benefits.bytes.withUnsafeBufferPointer { all in
            for value in 0..<benefits.valueCount {
                Self.forEachWord(all, benefits.valueRange(value)) { benefitLists.count(token: intern($0), document: value) }
            }
        }
        // Pass 2: the rows and cells of each word.
        namePostingStarts = nameLists.starts()
        benefitPostingStarts = benefitLists.starts()
        namePostings = names.bytes.withUnsafeBufferPointer { all in
            nameLists.fill(documents: rows) { row, body in Self.forEachWord(all, names.range(row)) { body(dictionary.lookup($0)!) } }
        }
        benefitPostings = benefits.bytes.withUnsafeBufferPointer { all in
            benefitLists.fill(documents: benefits.valueCount) { value, body in
                Self.forEachWord(all, benefits.valueRange(value)) { body(dictionary.lookup($0)!) }
            }
        }
        benefitRows = ValueRows(valueCount: benefits.valueCount, rowCount: benefits.count) { benefits.value(ofRow: $0) }
        // Fold every distinct word once.
        let tokenCount = dictionary.count
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
        self.facetLabels = facetLabels
        facetRows = zip(facetLabels, facets).map { labels, f in
            ValueRows(valueCount: labels.count, rowCount: rows) { Int(codes[$0, f]) }
        }
    }

    /// Calls `body` with each word of `all[range]`: the runs between spaces and line breaks. A search word
    /// never holds a space or line break, so it is in the text exactly when it is in a word.
    @inline(__always)
    static func forEachWord(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = all.baseAddress else { return }
        var start = range.lowerBound
        for i in range where all[i] == 0x20 || all[i] == 0x0A {
            if i > start { body(UnsafeBufferPointer(start: base + start, count: i - start)) }
            start = i + 1
        }
        if range.upperBound > start { body(UnsafeBufferPointer(start: base + start, count: range.upperBound - start)) }
    }

    /// The rows that hold `phrase` (folded), if they were found recently (`remember(phrase:rows:)`).
    func rememberedRows(holding phrase: String) -> RowBits? {
        cache.withLock { $0.phrases[phrase] }
    }

    /// The rows of the longest phrase remembered that `phrase` begins with: the rows holding `phrase` are
    /// among them, since its words begin where that phrase's words begin (typing narrows a phrase).
    func rememberedRows(narrowedTo phrase: String) -> RowBits? {
        cache.withLock { cache in
            cache.phrases.filter { phrase.hasPrefix($0.key) }.max { $0.key.utf8.count < $1.key.utf8.count }?.value
        }
    }

    /// Remembers the rows that hold `phrase`, found by reading them (phrases are checked row by row).
    func remember(phrase: String, rows: RowBits) {
        cache.withLock { $0.remember(phrase: phrase, rows: rows) }
    }

    /// Rows where `word` (already folded, without spaces) begins a word of the name, benefits or searched facet labels.
    func rows(containing word: String) -> RowBits {
        if let hit = cache.withLock({ $0.rows[word] }) { return hit }
        let prefix = String(word.dropLast())
        let candidates = prefix.isEmpty ? nil : cache.withLock { $0.tokens[prefix] }
        let term = SearchTerm(folded: word)
        let matched = tokens(containing: term, among: candidates)
        var bits = RowBits(count: rowCount)
        var cells: [Int] = []
        namePostings.withUnsafeBufferPointer { names in
            benefitPostings.withUnsafeBufferPointer { benefits in
                for token in matched.map(Int.init) {
                    PostingBytes.forEachRow(in: names, from: Int(namePostingStarts[token]), to: Int(namePostingStarts[token + 1])) {
                        bits.insert($0)
                    }
                    PostingBytes.forEachRow(in: benefits, from: Int(benefitPostingStarts[token]), to: Int(benefitPostingStarts[token + 1])) {
                        cells.append($0)
                    }
                }
            }
        }
        // A cell met through several of its words adds its rows once.
        for cell in Set(cells) { benefitRows.insertRows(of: cell, into: &bits) }
        for (f, labels) in facetLabels.enumerated() {
            for value in labels.codes(matching: term) { facetRows[f].insertRows(of: value, into: &bits) }
        }
        cache.withLock { $0.remember(word, tokens: matched, rows: bits) }
        return bits
    }

    /// Rows whose searched facet labels hold `term` (a phrase too): no row needs reading for them.
    func rows(withLabelsHolding term: SearchTerm) -> RowBits {
        var bits = RowBits(count: rowCount)
        for (f, labels) in facetLabels.enumerated() {
            for value in labels.codes(matching: term) { facetRows[f].insertRows(of: value, into: &bits) }
        }
        return bits
    }

    /// Rows whose benefits cell holds `phrase`: only the cells that hold every one of its words are read,
    /// each once for all the rows that share it.
    func rows(withBenefitsHolding phrase: SearchTerm, benefits: TextColumn) -> RowBits {
        var candidates: Set<Int>?
        for word in phrase.words.map({ String(decoding: $0, as: UTF8.self) }) {
            let matched = cache.withLock { $0.tokens[word] } ?? tokens(containing: SearchTerm(folded: word), among: nil)
            var cells = Set<Int>()
            benefitPostings.withUnsafeBufferPointer { list in
                for token in matched.map(Int.init) {
                    PostingBytes.forEachRow(in: list, from: Int(benefitPostingStarts[token]), to: Int(benefitPostingStarts[token + 1])) {
                        cells.insert($0)
                    }
                }
            }
            candidates = candidates.map { $0.intersection(cells) } ?? cells
        }
        var bits = RowBits(count: rowCount)
        var folded: [UInt8] = []
        benefits.bytes.withUnsafeBufferPointer { all in
            for cell in candidates ?? [] {
                folded.removeAll(keepingCapacity: true)
                TextFold.append(bytes: UnsafeBufferPointer(rebasing: all[benefits.valueRange(cell)]), to: &folded)
                if folded.withUnsafeBufferPointer({ phrase.occurs(in: $0) }) { benefitRows.insertRows(of: cell, into: &bits) }
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
