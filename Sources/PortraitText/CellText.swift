/// Tidies a cell as read from a file: trims and collapses spaces (published files carry names such as
/// "Héma-Québec " with a trailing space), unifies typographic apostrophes, and keeps line breaks only
/// where a field may hold several lines.
public enum CellText {
    /// The tidy form of `raw`. With `multiline`, line breaks are kept (one per break, CRLF and CR become LF),
    /// and spaces are collapsed within each line; otherwise every run of white space becomes one space.
    public static func tidy(_ raw: String, multiline: Bool = false) -> String {
        if isAlreadyTidy(raw) { return raw }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreaks = 0
        var lastWasCR = false
        for scalar in raw.unicodeScalars {
            if multiline && (scalar == "\n" || scalar == "\r") {
                if scalar == "\n" && lastWasCR { lastWasCR = false; continue }
                lastWasCR = scalar == "\r"
                if !out.isEmpty { pendingBreaks += 1 }
                pendingSpace = false
                continue
            }
            lastWasCR = false
            if isWhite(scalar) {
                if !out.isEmpty && pendingBreaks == 0 { pendingSpace = true }
                continue
            }
            if pendingBreaks > 0 {
                for _ in 0..<pendingBreaks { out.append("\n") }
                pendingBreaks = 0
            } else if pendingSpace {
                out.append(" ")
            }
            pendingSpace = false
            out.append(isApostrophe(scalar) ? "'" : scalar)
        }
        return String(out)
    }

    private static func isAlreadyTidy(_ raw: String) -> Bool {
        var previousSpace = true
        for scalar in raw.unicodeScalars {
            if isApostrophe(scalar) { return false }
            if isWhite(scalar) {
                if scalar != " " || previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || raw.isEmpty
    }

    /// Whether `raw` has leading, trailing or doubled spaces that `tidy` removes.
    public static func hasStraySpaces(_ raw: String) -> Bool {
        guard let first = raw.unicodeScalars.first, let last = raw.unicodeScalars.last else { return false }
        if isWhite(first) || isWhite(last) { return true }
        var previousSpace = false
        for scalar in raw.unicodeScalars {
            let isSpace = scalar == " " || scalar == "\u{A0}" || scalar == "\t"
            if isSpace && previousSpace { return true }
            previousSpace = isSpace
        }
        return false
    }

    static func isWhite(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2007, 0x202F, 0x2009, 0x200B, 0xFEFF: return true
        default: return false
        }
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2019 || s.value == 0x2018 || s.value == 0x02BC
    }
}
