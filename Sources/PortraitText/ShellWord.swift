/// One word for a POSIX shell (sh, bash, zsh, ksh) that reads back as exactly the given bytes: bare when
/// it is plain (letters, digits, `._/-=+,:@`), in single quotes when it is text a terminal shows as it is,
/// else as `$'…'` with each byte that is not UTF-8 and each control character written `\xhh` (a Latin-1
/// `caf\xe9.csv` is `$'caf\xe9.csv'`), so that no control character ever reaches the terminal or the
/// clipboard raw.
public enum ShellWord {
    /// `bytes` as one shell word.
    public static func quote(_ bytes: some Collection<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.utf8.elementsEqual(bytes) && !text.unicodeScalars.contains(where: TerminalSafe.isControl) {
            return quote(text)
        }
        return dollarQuoted(Array(bytes))
    }

    /// `text` as one shell word.
    public static func quote(_ text: String) -> String {
        if text.unicodeScalars.contains(where: TerminalSafe.isControl) { return dollarQuoted(Array(text.utf8)) }
        if isPlain(text) { return text }
        var word = String.UnicodeScalarView(["'"])
        for scalar in text.unicodeScalars {
            if scalar == "'" { word.append(contentsOf: "'\\''".unicodeScalars) } else { word.append(scalar) }
        }
        return String(word) + "'"
    }

    /// Whether the shell reads `text` bare as itself: not empty, only plain characters, and not starting
    /// with `=` (which zsh expands to a command's path).
    static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "=" else { return false }
        return text.unicodeScalars.allSatisfy {
            ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A)
                || "._/-=+,:@".unicodeScalars.contains($0)
        }
    }

    /// `$'…'`: UTF-8 text that shows as it is kept, `\` and `'` escaped, every other byte `\xhh` (always two
    /// digits, so that a following digit is never read as part of it).
    private static func dollarQuoted(_ bytes: [UInt8]) -> String {
        var word = "$'"
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        func escape(_ slice: ArraySlice<UInt8>) {
            for byte in slice { word += "\\x" + TerminalSafe.hexDigits(byte, uppercase: false) }
        }
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if TerminalSafe.isControl(scalar) {
                    escape(bytes[offset..<offset + encoded.count])
                } else if scalar == "\\" || scalar == "'" {
                    word += "\\" + String(scalar)
                } else {
                    word.unicodeScalars.append(scalar)
                }
                offset += encoded.count
            case .error(let length):
                escape(bytes[offset..<offset + length])
                offset += length
            case .emptyInput:
                return word + "'"
            }
        }
    }
}
