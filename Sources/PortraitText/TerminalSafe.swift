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

    /// Bytes that should be UTF-8 text, a file name above all, as a person reads them: each byte that is
    /// not part of UTF-8 written `\xHH` (a Latin-1 `caf\xE9.csv`, where U+FFFD would make several names
    /// look the same), then control characters made visible as `visible` does.
    public static func visible(bytes: some Collection<UInt8>) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var text = String.UnicodeScalarView()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.append(Unicode.UTF8.decode(encoded))
                offset = bytes.index(offset, offsetBy: encoded.count)
            case .error(let length):
                let end = bytes.index(offset, offsetBy: length)
                for byte in bytes[offset..<end] {
                    text.append(contentsOf: "\\x".unicodeScalars)
                    text.append(contentsOf: hexDigits(byte, uppercase: true).unicodeScalars)
                }
                offset = end
            case .emptyInput:
                return visible(String(text))
            }
        }
    }

    /// `byte` as two hexadecimal digits.
    static func hexDigits(_ byte: UInt8, uppercase: Bool) -> String {
        let digits = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").unicodeScalars)
        return String(String.UnicodeScalarView([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]))
    }

    private static func replaceControls(_ text: String, lineBreak: String, keepLayout: Bool) -> String {
        // Printable ASCII holds no control character: looked at as bytes first.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }), text.unicodeScalars.contains(where: isControl) else { return text }
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
            } else if isControl(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `scalar` is a C0 or C1 control, DEL, a bidirectional control (`isBidiControl`), or the line
    /// or paragraph separator (U+2028, U+2029, which a terminal does not lay out as a line break): what is
    /// never shown, copied or written raw.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || isBidiControl(scalar)
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069: marks and overrides of text direction.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
