import Foundation
import PortraitText
import PortraitStore

/// Finds the character encoding a page declares, as browsers do before parsing (the WHATWG "prescan"
/// rules, reduced to what a published table needs). Whether a file is a page is `FileSniffer`'s to say.
public enum HTMLSniffer {
    /// Bytes looked at for the signature and the declared encoding (the prescan's 1024).
    static let prescanLength = 1024

    /// The encoding a `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in
    /// the first kilobyte names, lowercased; nil when there is none.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(prescanLength).map(lowercase)
        let meta = Array("<meta".utf8), charset = Array("charset".utf8)
        var i = 0
        while let start = find(meta, in: head, from: i) {
            let end = head[start...].firstIndex(of: 0x3E) ?? head.count
            var j = start
            while let at = find(charset, in: head, from: j), at < end {
                var k = at + charset.count
                while k < end, head[k] == 0x20 || head[k] == 0x09 || head[k] == 0x0A || head[k] == 0x0D { k += 1 }
                if k < end, head[k] == 0x3D {
                    k += 1
                    while k < end, head[k] == 0x20 || head[k] == 0x09 || head[k] == 0x22 || head[k] == 0x27 { k += 1 }
                    let label = head[k..<end].prefix(while: { $0 != 0x22 && $0 != 0x27 && $0 != 0x3B && $0 != 0x20 && $0 != 0x2F && $0 != 0x3E })
                    if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                }
                j = at + charset.count
            }
            i = start + meta.count
        }
        return nil
    }

    /// The WHATWG labels of windows-1252 (which browsers also use for the ones naming Latin-1 and ASCII).
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1",
        "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "iso_8859-1:1987",
    ]

    /// The page as UTF-8 and the encoding it was read with, by the one decoder (`ByteDecoder`): the
    /// encoding a person named, else a byte-order mark, else the declared encoding when it is windows-1252
    /// (or one of its aliases), else the same rule as CSV (UTF-8, and Windows-1252 when the bytes are not UTF-8).
    static func decode(_ bytes: [UInt8], as forced: SourceEncoding? = nil) throws -> (utf8: [UInt8], encoding: SourceEncoding) {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || ByteDecoder.utf16ByteOrder(bytes) != nil
        if forced == nil, !hasBOM, let label = declaredCharset(bytes), windows1252Labels.contains(label) {
            return try ByteDecoder.decode(bytes, as: .windows1252)
        }
        return try ByteDecoder.decode(bytes, as: forced)
    }

    /// Whether the page has a `<table` tag anywhere (in any case): without one the parser cannot find a
    /// table, so a page without it is answered without parsing. One pass over the bytes.
    static func mentionsTable(_ utf8: [UInt8]) -> Bool {
        let tag: [UInt8] = Array("table".utf8)
        return utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            while from < bytes.count, let found = memchr(base + from, 0x3C, bytes.count - from) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + tag.count < bytes.count, (0..<tag.count).allSatisfy({ lowercase(bytes[at + 1 + $0]) == tag[$0] }) {
                    return true
                }
                from = at + 1
            }
            return false
        }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
