import Foundation
import PortraitText
import PortraitStore

/// A byte-level screen run on each part before the XML parser sees it, refusing what FoundationXML on
/// Linux trapped on when it read the parts (libxml2 reads them now; the screen stays as a first line): names that are not valid UTF-8, and processing
/// instructions without data (`<?x?>`). Document type declarations are refused too: XLSX parts
/// never have one, and entities declared there could smuggle such markup past the screen. So are tags
/// with more than `maximumAttributes` attributes, on which libxml2 is quadratic.
enum XLSXPartScreen {
    /// Why a part cannot be handed to the XML parser (a message with a `{part}` placeholder),
    /// or nil if it can.
    static func problem(in data: Data) -> ErrorText? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    if let problem = markupProblem(bytes, at: index) { return problem }
                    if index + 1 < bytes.count, isNameStart(bytes[index + 1]) {
                        // A start tag: its attributes are counted in the same pass, and the scan goes on after it.
                        let (problem, end) = startTag(bytes, at: index)
                        if let problem { return problem }
                        index = end
                    } else {
                        index += 1
                    }
                } else if byte < 0x80 {
                    index += 1
                } else if let length = scalarLength(bytes, at: index) {
                    index += length
                } else {
                    return .partNotUTF8
                }
            }
            return nil
        }
    }

    /// A problem with the markup starting at the "<" at `index`.
    private static func markupProblem(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ErrorText? {
        guard index + 1 < bytes.count else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "!"):
            let doctype = Array("<!DOCTYPE".utf8)
            guard bytes.count - index >= doctype.count else { return nil }
            for offset in 2 ..< doctype.count where bytes[index + offset] != doctype[offset] { return nil }
            return .partDoctype
        case UInt8(ascii: "?"):
            var cursor = index + 2
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "?") { cursor += 1 }
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] != UInt8(ascii: "?") else {
                return .partProcessingInstruction
            }
            return nil
        default:
            return nil
        }
    }

    /// Attributes a tag may have: libxml2 checks each new attribute against all the earlier ones of its
    /// tag, so a tag with hundreds of thousands takes minutes; real parts have a few dozen at most.
    static let maximumAttributes = 1000

    /// Scans the start tag at `index` (checking its UTF-8) to the `>` that ends it, outside quotes; returns
    /// a problem when it has more than `maximumAttributes` attributes, and the offset after the tag.
    private static func startTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (ErrorText?, Int) {
        var cursor = index + 1
        var quote: UInt8 = 0
        var attributes = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte >= 0x80 {
                guard let length = scalarLength(bytes, at: cursor) else { return (.partNotUTF8, cursor) }
                cursor += length
                continue
            }
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "=") {
                attributes += 1
                if attributes > maximumAttributes { return (.partTooManyAttributes, cursor) }
            } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") {
                // The end of the tag (a "<" here is malformed XML, which the parser reports).
                return (nil, byte == UInt8(ascii: ">") ? cursor + 1 : cursor)
            }
            cursor += 1
        }
        return (nil, cursor)
    }

    /// Whether `byte` may start an element name (ASCII letters, "_", ":", or a multi-byte character).
    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The length of the well-formed multi-byte UTF-8 sequence at `index` (no overlong forms,
    /// surrogates or values past U+10FFFF), or nil.
    private static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let trailing: Int
        var scalar: UInt32
        let smallest: UInt32
        switch lead {
        case 0xC2 ... 0xDF: (trailing, scalar, smallest) = (1, UInt32(lead & 0x1F), 0x80)
        case 0xE0 ... 0xEF: (trailing, scalar, smallest) = (2, UInt32(lead & 0x0F), 0x800)
        case 0xF0 ... 0xF4: (trailing, scalar, smallest) = (3, UInt32(lead & 0x07), 0x1_0000)
        default: return nil
        }
        guard trailing < bytes.count - index else { return nil }
        for offset in 1 ... trailing {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= smallest, scalar <= 0x10_FFFF, !(0xD800 ... 0xDFFF).contains(scalar) else { return nil }
        return trailing + 1
    }
}
