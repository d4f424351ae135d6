#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PortraitText

/// One thing a search asks for, already folded: a word, which must begin a word of the text ("prod" finds
/// "production", "ia" does not find "médiatique"), or a quoted phrase, whose words must begin consecutive
/// words of the text. The one matcher behind the store's search, the load-time filter, `--search` and the
/// facet values given on the command line.
///
/// Words are runs of letters and digits of the folded text; every other character separates them, and
/// each character of a script written without spaces (ideographs, kana, hangul) begins a word.
public struct SearchTerm: Sendable, Hashable {
    /// The folded words; one for a plain word, several for a phrase.
    public let words: [[UInt8]]
    /// The words one after another, word k ending at `wordEnds[k]`: matching reads them through two buffers
    /// instead of one array per word (which costs reference counting on every row a search reads).
    private let flat: [UInt8]
    private let wordEnds: [Int]

    /// A term from its folded text: a phrase when it holds spaces. Split on the space byte, not on
    /// characters: a space followed by a combining mark is one character, yet two words to the index.
    public init(folded text: String) {
        words = text.utf8.split(separator: 0x20).map { Array($0) }
        flat = words.flatMap { $0 }
        var end = 0
        wordEnds = words.map { word in
            end += word.count
            return end
        }
    }

    /// The terms of a search as people type it: whitespace-separated words, and phrases between double
    /// quotes (typographic quotes and « » count too), folded. Each term is returned as its folded words
    /// joined by one space, the form `Query.searchWords` carries.
    public static func terms(of search: String) -> [String] {
        let folded = TextFold.fold(search)
        var terms: [String] = []
        var inPhrase = false
        // Split on bytes, not characters: a quote or a space followed by a combining mark is one character.
        for (k, part) in folded.utf8.split(separator: 0x22, omittingEmptySubsequences: false).enumerated() {
            inPhrase = k % 2 == 1
            let words = part.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
                .map { String(decoding: $0, as: UTF8.self) }
            if inPhrase {
                if !words.isEmpty { terms.append(words.joined(separator: " ")) }
            } else {
                terms += words
            }
        }
        return terms
    }

    /// Whether the term occurs in `text` (folded bytes; NUL and U+0001 separate fields a phrase never spans).
    public func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        firstMatch(in: text, from: 0) != nil
    }

    /// Whether the term occurs in the folded string `text`.
    public func occurs(inFolded text: String) -> Bool {
        var text = text
        return text.withUTF8 { occurs(in: $0) }
    }

    /// The first match at or after `start`: where it begins and where its last word's matched bytes end.
    func firstMatch(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        withMatcher { $0.firstMatch(in: text, from: start) }
    }

    /// Calls `body` with the term seen through pointers (for loops over many rows; see `SearchTermMatcher`).
    func withMatcher<R>(_ body: (SearchTermMatcher) throws -> R) rethrows -> R {
        try flat.withUnsafeBufferPointer { flat in
            try wordEnds.withUnsafeBufferPointer { try body(SearchTermMatcher(flat: flat, ends: $0)) }
        }
    }

    /// The first match of the words `flat` (word k ending at `ends[k]`) at or after `start`.
    static func firstMatch(in text: UnsafeBufferPointer<UInt8>, from start: Int, flat: UnsafeBufferPointer<UInt8>,
                           ends: UnsafeBufferPointer<Int>) -> Range<Int>? {
        guard let firstEnd = ends.first, firstEnd > 0 else { return nil }
        let first = UnsafeBufferPointer(rebasing: flat[0..<firstEnd])
        var offset = start
        while let position = find(first, in: text, from: offset) {
            if isWordStart(text, position), let end = restMatches(text, after: position + firstEnd, flat: flat, ends: ends) {
                return position..<end
            }
            offset = position + 1
        }
        return nil
    }

    /// Whether the words after the first (`flat` and `ends` as in `firstMatch`) begin the words that follow
    /// `position` (the end of the first word's match); returns where the last one ends.
    private static func restMatches(_ text: UnsafeBufferPointer<UInt8>, after position: Int, flat: UnsafeBufferPointer<UInt8>,
                                    ends: UnsafeBufferPointer<Int>) -> Int? {
        var q = position
        for k in ends.indices.dropFirst() {
            let wordStart = ends[k - 1], length = ends[k] - wordStart
            // The rest of the current word, then a run of separators within the field.
            while q < text.count, !startsOwnWord(text[q]), isWordCharacter(text, at: q) { q = next(text, q) }
            let separatorsStart = q
            while q < text.count, text[q] > 0x01, !isWordCharacter(text, at: q) { q = next(text, q) }
            let crossedOwnWord = q < text.count && startsOwnWord(text[q])
            guard q > separatorsStart || crossedOwnWord, q + length <= text.count else { return nil }
            guard memcmp(text.baseAddress! + q, flat.baseAddress! + wordStart, length) == 0 else { return nil }
            q += length
        }
        return q
    }

    /// Whether the byte leads a character of three or four bytes from a script written without spaces
    /// (ideographs, kana, hangul, and any other from U+0800 on), which begins a word of its own.
    @inline(__always)
    static func startsOwnWord(_ byte: UInt8) -> Bool { byte >= 0xE0 && byte < 0xF8 }

    /// Whether the character at `position` (a character's first byte) is a letter or a digit.
    @inline(__always)
    static func isWordCharacter(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let byte = text[position]
        if byte < 0x80 { return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) }
        guard let scalar = scalar(text, at: position) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The position after the character at `position`.
    @inline(__always)
    static func next(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int {
        var q = position + 1
        while q < text.count, text[q] & 0xC0 == 0x80 { q += 1 }
        return q
    }

    /// The scalar whose UTF-8 sequence starts at `position`.
    private static func scalar(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Unicode.Scalar? {
        let lead = text[position]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, position + length <= text.count else { return nil }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for k in 1..<length { value = value << 6 | UInt32(text[position + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Whether a word begins at `position` of `text` (a character's first byte): at the start, after a
    /// character that is neither a letter nor a digit, and at each character of a script without spaces.
    @inline(__always)
    static func isWordStart(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        if position == 0 || startsOwnWord(text[position]) { return true }
        var lead = position - 1
        while lead > 0, text[lead] & 0xC0 == 0x80, position - lead < 4 { lead -= 1 }
        return startsOwnWord(text[lead]) || !isWordCharacter(text, at: lead)
    }

    /// Offset of the first occurrence of `needle` in `haystack` at or after `start`: memchr for the first
    /// byte, memcmp for the rest.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        needle.withUnsafeBufferPointer { find($0, in: haystack, from: start) }
    }

    /// `find` for a needle already in memory.
    static func find(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress, let first = pattern.first else { return nil }
        let last = haystack.count - pattern.count
        var i = start
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, patternBase, pattern.count) == 0 { return position }
            i = position + 1
        }
        return nil
    }
}

/// A `SearchTerm` seen through pointers, valid inside `SearchTerm.withMatcher` only: matching it costs no
/// reference counting, which matters when two threads match it against a million rows.
struct SearchTermMatcher {
    let flat: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>

    @inline(__always)
    func firstMatch(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        SearchTerm.firstMatch(in: text, from: start, flat: flat, ends: ends)
    }

    /// Whether the term occurs in `text` (folded bytes).
    @inline(__always)
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool { firstMatch(in: text, from: 0) != nil }
}
