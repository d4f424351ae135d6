import Foundation

/// Folds text for matching: lower case, accents removed, typographic apostrophes unified
/// ("Forêts" → "forets", "Québec" → "quebec", "l’IA" → "l'ia", "œuvre" → "oeuvre"), compatibility forms
/// unified ("ﬁ" → "fi", full-width "ＡＩ" → "ai", the ligature "ﷺ" → its four words), final sigma as sigma,
/// and invisible characters (soft hyphen, zero-width joiner) dropped.
///
/// One loop folds, `fold(bytes:into:)`, scalar by scalar with no context: every other entry point (a
/// `String`, bytes appended to an array) goes through it, so the scan, the word index, the load-time
/// filter, highlighting and values given on the command line fold alike, and the fold of a text is the
/// folds of its characters put end to end.
public enum TextFold {
    /// The folded form of `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the folded UTF-8 bytes of `text` to `out`.
    public static func append(_ text: some StringProtocol, to out: inout [UInt8]) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append(bytes: $0, to: &out) }) { return done }
        let copy = Array(text.utf8)
        copy.withUnsafeBufferPointer { append(bytes: $0, to: &out) }
    }

    /// Appends the folded form of valid UTF-8 `bytes` to `out`.
    public static func append(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * maximumExpansion) { room in
            let written = fold(bytes: bytes, into: room.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: room[0..<written]))
        }
    }

    /// Writes the folded form of valid UTF-8 `bytes` to `out`, which must have room for
    /// `maximumExpansion` times as many bytes; returns how many were written. ASCII runs go eight bytes at a
    /// time. Nothing is cut: every scalar's fold fits in that room (`TextFoldTests` checks every scalar).
    public static func fold(bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let n = bytes.count
        var i = 0, o = 0
        while i < n {
            if i + 8 <= n {
                let word = ByteSearch.load(base, i)
                if word & ByteSearch.highs == 0 {
                    // Lower-case eight ASCII bytes: set bit 5 of those in A…Z.
                    let aboveZ = word &+ ByteSearch.broadcast(0x7F - 0x5A)
                    let atLeastA = word &+ ByteSearch.broadcast(0x80 - 0x41)
                    let upper = (atLeastA ^ aboveZ) & ByteSearch.highs
                    UnsafeMutableRawPointer(out + o).storeBytes(of: (word | (upper >> 2)).littleEndian, as: UInt64.self)
                    i += 8
                    o += 8
                    continue
                }
            }
            let b = base[i]
            if b < 0x80 {
                out[o] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                i += 1
                o += 1
                continue
            }
            guard let (value, length) = decodeScalar(base, at: i, count: n) else {
                if b >= 0xC0 { break }  // a sequence cut short by the end
                i += 1
                continue
            }
            i += length
            if value < UInt32(latinPacked.count) {
                // Up to seven folded bytes packed above a length byte: no array to retain per letter.
                var packed = latinPacked[Int(value)]
                let count = Int(packed & 0xFF)
                for _ in 0..<count {
                    packed >>= 8
                    out[o] = UInt8(truncatingIfNeeded: packed)
                    o += 1
                }
                continue
            }
            if keepsAsIs(value) {
                // Ideographs, kana and hangul fold to themselves: copied, no String made per character.
                for k in 0..<length { out[o + k] = base[i - length + k] }
                o += length
                continue
            }
            guard let scalar = Unicode.Scalar(value) else { continue }
            for byte in foldRare(scalar) {
                out[o] = byte
                o += 1
            }
        }
        return o
    }

    /// The scalar value and byte length of the UTF-8 sequence at `i` (the input is valid UTF-8); nil for
    /// a continuation byte, or a sequence cut short by the end.
    @inline(__always)
    private static func decodeScalar(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> (UInt32, Int)? {
        let b = base[i]
        var value: UInt32
        let length: Int
        if b >= 0xF0 { value = UInt32(b & 0x07); length = 4 } else if b >= 0xE0 { value = UInt32(b & 0x0F); length = 3 } else if b >= 0xC0 { value = UInt32(b & 0x1F); length = 2 } else { return nil }
        if i + length > n { return nil }
        for k in 1..<length { value = value << 6 | UInt32(base[i + k] & 0x3F) }
        return (value, length)
    }

    /// Whether the scalar folds to itself and needs no decomposition: CJK ideographs, kana and hangul
    /// syllables (whole scripts without case or accents to remove, kept as written on both sides).
    @inline(__always)
    static func keepsAsIs(_ value: UInt32) -> Bool {
        (0x3041...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xAC00...0xD7A3).contains(value)
    }

    /// How many folded bytes one input byte can become, at most, in `fold(bytes:into:)`: the ligature
    /// U+FDFA (3 bytes) folds to 33, its four words; no other scalar comes near (`TextFoldTests` checks
    /// every scalar).
    public static let maximumExpansion = 11

    /// Folded bytes for U+0000 to U+024F packed for the byte path: the length in the low byte, then the
    /// folded bytes (each entry is at most 7 bytes long; none of U+0000…U+024F folds to more than 3).
    private static let latinPacked: [UInt64] = (0..<0x250).map { v in
        let bytes = foldRare(Unicode.Scalar(UInt32(v)) ?? " ")
        precondition(bytes.count <= 7, "a Latin letter folds to more than 7 bytes")
        var packed: UInt64 = 0
        for byte in bytes.reversed() { packed = packed << 8 | UInt64(byte) }
        return packed << 8 | UInt64(bytes.count)
    }

    /// Invisible characters that must not split a word: soft hyphen, zero-width space, non-joiner and
    /// joiner, word joiner, byte-order mark, Mongolian vowel separator.
    private static let ignored: Set<UInt32> = [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E]

    /// The folded bytes of one scalar outside the fast paths (and of U+0000…U+024F, once, for `latinPacked`).
    static func foldRare(_ scalar: Unicode.Scalar) -> [UInt8] {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x0060, 0x00B4, 0x2032: return [0x27]  // apostrophes → '
        case 0x201C, 0x201D, 0x00AB, 0x00BB: return [0x22]  // typographic quotes → "
        case 0x00A0, 0x202F, 0x2007, 0x2009: return [0x20]  // no-break and thin spaces
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: return [0x2D]  // dashes → -
        case 0x0153, 0x0152: return Array("oe".utf8)
        case 0x00E6, 0x00C6: return Array("ae".utf8)
        case 0x00DF: return Array("ss".utf8)
        case 0x00F8, 0x00D8: return [0x6F]
        case 0x0111, 0x0110: return [0x64]
        case 0x0142, 0x0141: return [0x6C]
        case 0x03C2: return [0xCF, 0x83]  // final sigma → σ, as Σ folds
        default: break
        }
        if (0x0300...0x036F).contains(scalar.value) { return [] }  // a lone combining mark
        if ignored.contains(scalar.value) { return [] }  // soft hyphen, zero-width characters
        if scalar.value == 0x3000 { return [0x20] }  // ideographic space
        // Compatibility forms too: full-width letters, ligatures such as "ﬁ", superscripts.
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.lowercased()
        var bytes: [UInt8] = []
        for s in decomposed.unicodeScalars where !(0x0300...0x036F).contains(s.value) {
            bytes.append(contentsOf: String(s).utf8)
        }
        return bytes
    }
}
