import PortraitText
import PortraitStore

/// The character encoding a file was read with.
public enum SourceEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16 LE"
    case utf16BE = "UTF-16 BE"
    case windows1252 = "Windows-1252"
    /// Mostly UTF-8, with a few stray bytes (a pasted apostrophe, say) read as Windows-1252.
    case utf8Mixed = "UTF-8, with some bytes that are not valid UTF-8 read as Windows-1252"
    /// UTF-8 that ends in the middle of a character (a file cut short); that last character becomes U+FFFD.
    case utf8CutShort = "UTF-8, cut short in the middle of its last character (shown as �)"
}

/// The one decoder of every file the loader reads (CSV, HTML, the alias file): turns a file's bytes into
/// UTF-8, stripping a byte-order mark, transcoding UTF-16, and falling back to Windows-1252 when the bytes
/// are not valid UTF-8; or reads them in the encoding a person named (`--encoding`).
public enum ByteDecoder {
    /// UTF-8 bytes of the text and the encoding that was detected, or `forced` when one is given: the
    /// bytes are then read in it whatever they look like (a byte-order mark of that encoding is dropped;
    /// bytes that are not UTF-8, when UTF-8 is asked for, become U+FFFD).
    public static func decode(_ bytes: [UInt8], as forced: SourceEncoding? = nil) throws -> (utf8: [UInt8], encoding: SourceEncoding) {
        if let forced { return try decode(bytes, forced: forced) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            guard isValidUTF8(body) else {
                if let cut = cutCharacterStart(bytes, from: 3) { return (Array(bytes[3..<cut]) + replacement, .utf8CutShort) }
                throw PortraitError(.badData, .badUTF8WithBOM)
            }
            return (body, .utf8BOM)
        }
        if let littleEndian = utf16ByteOrder(bytes) {
            let start = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
            return (try utf16(bytes[start...], littleEndian: littleEndian), littleEndian ? .utf16LE : .utf16BE)
        }
        if isValidUTF8(bytes) { return (bytes, .utf8) }
        if let cut = cutCharacterStart(bytes, from: 0) { return (Array(bytes[..<cut]) + replacement, .utf8CutShort) }
        let (_, validSequences, invalidBytes) = repairUTF8(bytes, building: false)
        if validSequences > 0 && invalidBytes * 4 <= validSequences { return (repairUTF8(bytes).utf8, .utf8Mixed) }
        return (windows1252ToUTF8(bytes), .windows1252)
    }

    /// The bytes read in `encoding`, as a person asked.
    private static func decode(_ bytes: [UInt8], forced encoding: SourceEncoding) throws -> (utf8: [UInt8], encoding: SourceEncoding) {
        switch encoding {
        case .utf16LE, .utf16BE:
            let littleEndian = encoding == .utf16LE
            let start = bytes.starts(with: littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) ? 2 : 0
            return (try utf16(bytes[start...], littleEndian: littleEndian), encoding)
        case .windows1252:
            return (windows1252ToUTF8(bytes), .windows1252)
        case .utf8, .utf8BOM, .utf8Mixed, .utf8CutShort:
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = bytes[(hasBOM ? 3 : 0)...]
            let text = isValidUTF8(Array(body)) ? Array(body) : Array(String(decoding: body, as: UTF8.self).utf8)
            return (text, hasBOM ? .utf8BOM : .utf8)
        }
    }

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Where the last character starts when the bytes from `start` are valid UTF-8 except that this
    /// character is incomplete: a lead byte and fewer continuation bytes than it announces, then the end
    /// (a file cut short). Nil otherwise.
    static func cutCharacterStart(_ bytes: [UInt8], from start: Int) -> Int? {
        let n = bytes.count
        var lead = n - 1
        while lead > start, n - lead <= 3, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= start, n - lead <= 3 else { return nil }
        let b = bytes[lead]
        let needed = (0xC2...0xDF).contains(b) ? 2 : (0xE0...0xEF).contains(b) ? 3 : (0xF0...0xF4).contains(b) ? 4 : 0
        guard needed > n - lead else { return nil }
        return String(validating: bytes[start..<lead], as: UTF8.self) != nil ? lead : nil
    }

    /// Whether `bytes` are valid UTF-8.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    /// Whether `buffer` is valid UTF-8: the loader's hot path (every byte of every file), so ASCII is
    /// skipped sixteen bytes at a time (`ByteSearch.firstNonASCII`). It agrees with the standard library's
    /// validation (`String(validating:as:)`, checked over generated text in `ByteLevelEquivalenceTests`),
    /// which this replaces only because it is faster on the register's text (measured on a 1M-row file:
    /// 0.68 s against 1.1 s for `UTF8Span`).
    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let n = buffer.count
        var i = 0
        while i < n {
            i = ByteSearch.firstNonASCII(in: base, from: i, to: n)
            guard i < n else { return true }
            let b = buffer[i]
            let length: Int
            if b >= 0xC2 && b <= 0xDF { length = 2 } else if b >= 0xE0 && b <= 0xEF { length = 3 } else if b >= 0xF0 && b <= 0xF4 { length = 4 } else { return false }
            if i + length > n { return false }
            for k in 1..<length where buffer[i + k] & 0xC0 != 0x80 { return false }
            let b1 = buffer[i + 1]
            if b == 0xE0 && b1 < 0xA0 { return false }  // overlong
            if b == 0xED && b1 > 0x9F { return false }  // surrogates
            if b == 0xF0 && b1 < 0x90 { return false }  // overlong
            if b == 0xF4 && b1 > 0x8F { return false }  // beyond U+10FFFF
            i += length
        }
        return true
    }

    /// UTF-8 where each byte that is not part of a valid sequence is read as Windows-1252; with the number
    /// of valid multi-byte sequences and of repaired bytes. The sequences are told apart by the standard
    /// library's UTF-8 parser. With `building` false, only counts (the output is empty).
    static func repairUTF8(_ bytes: [UInt8], building: Bool = true) -> (utf8: [UInt8], validSequences: Int, invalidBytes: Int) {
        var out: [UInt8] = []
        if building { out.reserveCapacity(bytes.count + 16) }
        var valid = 0, invalid = 0
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if building { out.append(b) }
                i += 1
                continue
            }
            var parser = Unicode.UTF8.ForwardParser()
            var input = bytes[i...].makeIterator()
            switch parser.parseScalar(from: &input) {
            case .valid(let sequence):
                if building { out.append(contentsOf: bytes[i..<(i + sequence.count)]) }
                valid += 1
                i += sequence.count
            case .error(let length):
                if building { for k in i..<(i + length) { appendWindows1252(bytes[k], to: &out) } }
                invalid += length
                i += length
            case .emptyInput:
                i = n
            }
        }
        return (out, valid, invalid)
    }

    /// The byte order of UTF-16 text: a byte-order mark, else first bytes that alternate NUL and ASCII;
    /// nil for any other text.
    public static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        if bytes.starts(with: [0xFF, 0xFE]) { return true }
        if bytes.starts(with: [0xFE, 0xFF]) { return false }
        return looksLikeBOMlessUTF16(bytes)
    }

    /// A file without BOM whose first bytes alternate NUL and ASCII is UTF-16; returns its byte order.
    static func looksLikeBOMlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(512)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 >= half * 9 && evenZeros == 0 { return true }
        if evenZeros * 10 >= half * 9 && oddZeros == 0 { return false }
        return nil
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws -> [UInt8] {
        guard bytes.count % 2 == 0 else {
            throw PortraitError(.badData, .oddUTF16Length)
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                out.append(contentsOf: String(scalar).utf8)
            case .emptyInput:
                break loop
            case .error:
                throw PortraitError(.badData, line: line, .unpairedSurrogate)
            }
        }
        return out
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (undefined ones map to the same C1 code point).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// UTF-8 of bytes 0x80–0xFF read as Windows-1252, packed: the length in the low byte, then the bytes.
    private static let cp1252Packed: [UInt32] = (0x80...0xFF).map { byte in
        let value = byte < 0xA0 ? cp1252High[byte - 0x80] : UInt32(byte)
        let utf8 = Array(String(Unicode.Scalar(value) ?? "\u{FFFD}").utf8)
        return utf8.reversed().reduce(0) { $0 << 8 | UInt32($1) } << 8 | UInt32(utf8.count)
    }

    @inline(__always)
    private static func appendWindows1252(_ byte: UInt8, to out: inout [UInt8]) {
        if byte < 0x80 { out.append(byte); return }
        var packed = cp1252Packed[Int(byte - 0x80)]
        let count = Int(packed & 0xFF)
        for _ in 0..<count {
            packed >>= 8
            out.append(UInt8(truncatingIfNeeded: packed))
        }
    }

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes { appendWindows1252(b, to: &out) }
        return out
    }
}
