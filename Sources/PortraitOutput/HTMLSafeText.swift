import PortraitText
import PortraitStore

/// Text from the data made fit for an HTML page before escaping: characters HTML forbids in a document
/// (C0 controls other than tab and line feed, DEL, C1 controls, noncharacters) and the bidirectional
/// controls that would reorder the page's text (`TerminalSafe.isControl`) become visible placeholders (the
/// control pictures U+2400…, or U+FFFD), and CR LF becomes a line feed. Everything else
/// is kept as written; the template's escaping then makes `<`, `&` and quotes text.
enum HTMLSafeText {
    static func clean(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ mayChange($0) }) else { return text }
        return replacingScalars(text)
    }

    /// `clean`'s answer scalar by scalar, for text `mayChange` lets through.
    static func replacingScalars(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { previousCR = v == 0x0D }
            switch v {
            case 0x09, 0x0A:
                if !(v == 0x0A && previousCR) { out.append(scalar) }
            case 0x0D:
                out.append("\n")
            case 0x00..<0x20:
                out.append(Unicode.Scalar(0x2400 + v)!)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F, 0xFDD0...0xFDEF:
                out.append("\u{FFFD}")
            default:
                if v & 0xFFFE == 0xFFFE || TerminalSafe.isControl(scalar) { out.append("\u{FFFD}") } else { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Whether a cell may hold something `clean` replaces, decided on its bytes (the one test of it: `clean`
    /// itself and the report's rows ask it): a control character, a C1 control (0xC2 0x80–0x9F), the
    /// Arabic letter mark U+061C (0xD8 0x9C), a formatting, separator or bidirectional control of
    /// U+200B–U+200F, U+2028–U+202E and U+2060–U+206F (0xE2 0x80/0x81 …), a noncharacter of the Basic
    /// Multilingual Plane (0xEF …), or any scalar beyond it. Those cells take the slow path, which
    /// decides; the others (nearly all, French apostrophes and dashes included) are kept as they are.
    static func mayChange(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < cell.count {
            let byte = cell[index]
            switch byte {
            case 0x00..<0x20, 0x7F, 0xF0...: return true
            case 0xC2 where index + 1 < cell.count:
                if (0x80...0x9F).contains(cell[index + 1]) { return true }  // not « » or a no-break space
            case 0xD8 where index + 1 < cell.count:
                if cell[index + 1] == 0x9C { return true }  // U+061C, not the Arabic letters around it
            case 0xEF where index + 2 < cell.count:
                let (second, third) = (cell[index + 1], cell[index + 2])
                if (second == 0xB7 && (0x90...0xAF).contains(third)) || (second == 0xBF && third >= 0xBE) { return true }
            case 0xE2 where index + 2 < cell.count:
                let (second, third) = (cell[index + 1], cell[index + 2])
                if second == 0x80 && ((0x8B...0x8F).contains(third) || (0xA8...0xAE).contains(third)) { return true }
                if second == 0x81 && (0xA0...0xAF).contains(third) { return true }
            default: break
            }
            index += 1
        }
        return false
    }
}
