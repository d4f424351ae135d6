import PortraitText
import PortraitStore

/// Text from the data made fit for an HTML page before escaping: characters HTML forbids in a document
/// (C0 controls other than tab and line feed, DEL, C1 controls, noncharacters) and the bidirectional
/// controls that would reorder the page's text (`TerminalSafe.isControl`) become visible placeholders (the
/// control pictures U+2400…, or U+FFFD), and CR LF becomes a line feed. Everything else
/// is kept as written; the template's escaping then makes `<`, `&` and quotes text.
enum HTMLSafeText {
    static func clean(_ text: String) -> String {
        // Lead bytes of what may be replaced: C0, DEL, C1 (0xC2), U+061C (0xD8), U+200E… (0xE2), 0xEF…, beyond.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 || $0 == 0xEF || $0 >= 0xF0 }) else { return text }
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
}
