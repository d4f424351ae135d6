import Foundation
import PortraitText
import PortraitStore

/// A byte-level screen run on each part before `XMLParser` sees it, refusing what FoundationXML on
/// Linux traps on instead of reporting: names that are not valid UTF-8, and processing
/// instructions without data (`<?x?>`). Document type declarations are refused too: XLSX parts
/// never have one, and entities declared there could smuggle such markup past the screen.
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
                    index += 1
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
