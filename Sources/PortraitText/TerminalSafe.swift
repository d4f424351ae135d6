/// Makes text from a file safe to put on a terminal: C0 and C1 control characters (ESC included), DEL and
/// the bidirectional controls (which reorder what follows them on screen) become visible placeholders, so
/// a cell can never move the cursor, clear the screen, retitle a window or disguise the text around it.
public enum TerminalSafe {
    /// `text` with control characters replaced; line breaks become `lineBreak`.
    public static func visible(_ text: String, lineBreak: String = "␤") -> String {
        replaceControls(text, lineBreak: lineBreak, keepLayout: false)
    }

    /// Each of a message's values made `visible`: text from a file or a catalogue that fills one line
    /// (a CR or LF in it can never start a line of its own).
    public static func visible(values: [String: String]) -> [String: String] {
        values.mapValues { visible($0) }
    }

    /// `text` with control characters replaced, but line breaks, carriage returns and tabs kept: for
    /// whole CSV or TSV documents shown on a terminal.
    public static func visibleKeepingLayout(_ text: String) -> String {
        replaceControls(text, lineBreak: "\n", keepLayout: true)
    }

    private static func replaceControls(_ text: String, lineBreak: String, keepLayout: Bool) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                out.append(contentsOf: lineBreak.unicodeScalars)
            } else if keepLayout && (scalar == "\r" || scalar == "\t") {
                out.append(scalar)
            } else if scalar.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")  // ␀ … ␟ (␛ for ESC)
            } else if scalar.value == 0x7F {
                out.append("\u{2421}")  // ␡
            } else if (0x80...0x9F).contains(scalar.value) || isBidiControl(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || isBidiControl(scalar)
    }

    /// U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069: marks and overrides of text direction.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
