/// One word for a POSIX shell (bash, zsh, dash), written so that pasting it gives exactly these bytes as one
/// argument and nothing else: bare when every byte is plain, else in single quotes, and as `$'…'` with
/// escapes when the text holds a control character (C0, DEL, C1 U+0080–U+009F, the bidi overrides
/// U+202A–U+202E and U+2066–U+2069) or bytes that are not UTF-8, so that no such character ever reaches a
/// clipboard or a terminal raw.
public enum ShellWord {
    /// `bytes` as one shell word.
    public static func quote(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if !bytes.isEmpty && bytes.allSatisfy(isPlain) { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self), !text.unicodeScalars.contains(where: needsEscape) else {
            return dollarQuoted(bytes)
        }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// `text` as one shell word.
    public static func quote(_ text: String) -> String {
        quote(text.utf8)
    }

    /// Bytes the shell reads as themselves outside quotes: letters, digits and `._/-=+,:@%`.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "._/-=+,:@%".utf8.contains(byte)
        }
    }

    /// The scalars that are never written raw: control characters and the bidi overrides and isolates.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `$'…'`: printable UTF-8 as it is, `\\` and `\'` escaped, every other byte as `\xHH`. A hex escape
    /// is always two digits, and the next character is never a hex digit read into it, because bash, zsh
    /// and dash each stop `\xHH` at two digits.
    private static func dollarQuoted(_ bytes: [UInt8]) -> String {
        var out = "$'"
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        func hex(_ byte: UInt8) {
            let digits = Array("0123456789ABCDEF")
            out += "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
        }
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if needsEscape(scalar) {
                    for byte in bytes[offset..<offset + encoded.count] { hex(byte) }
                } else if scalar == "\\" || scalar == "'" {
                    out += "\\" + String(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] { hex(byte) }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return out + "'"
    }
}
