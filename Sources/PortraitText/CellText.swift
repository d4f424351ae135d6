/// Tidies a cell as read from a file: trims and collapses spaces (published files carry names such as
/// "Héma-Québec " with a trailing space) and keeps line breaks only where a field may hold several lines.
/// Every other character stays as written: typographic apostrophes, quotes and dashes, and a single
/// no-break or thin space between words (French typography); folding for matching is `TextFold`'s work.
public enum CellText {
    /// The tidy form of `raw`. With `multiline`, line breaks are kept (one per break, CRLF and CR become LF),
    /// and spaces are collapsed within each line; otherwise every run of white space becomes one space.
    public static func tidy(_ raw: String, multiline: Bool = false) -> String {
        if isAlreadyTidy(raw) { return raw }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        // The one white character of a run, when it is a space kept as written (no-break, thin).
        var pendingKept: Unicode.Scalar?
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
                if !out.isEmpty && pendingBreaks == 0 {
                    pendingSpace = true
                    pendingKept = pendingKept == nil && isKeptSpace(scalar) ? scalar : Unicode.Scalar(0x20)
                }
                continue
            }
            if pendingBreaks > 0 {
                for _ in 0..<pendingBreaks { out.append("\n") }
                pendingBreaks = 0
            } else if pendingSpace {
                out.append(pendingKept ?? " ")
            }
            pendingSpace = false
            pendingKept = nil
            out.append(scalar)
        }
        return String(out)
    }

    private static func isAlreadyTidy(_ raw: String) -> Bool {
        var previousSpace = true
        for scalar in raw.unicodeScalars {
            if isWhite(scalar) {
                if !(scalar == " " || isKeptSpace(scalar)) || previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || raw.isEmpty
    }

    /// Whether tidying `raw` changes more than its line ends (CRLF and CR to LF, in a multiline field):
    /// what `validate` reports as stray spaces.
    public static func tidyingChanges(_ raw: String, to tidied: String, multiline: Bool) -> Bool {
        if raw == tidied { return false }
        guard multiline, raw.utf8.contains(0x0D) else { return true }
        return raw.replacingCRLF() != tidied
    }

    static func isWhite(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2007, 0x202F, 0x2009, 0x200B, 0xFEFF: return true
        default: return false
        }
    }

    /// Spaces kept as written when alone between two words: no-break, figure, thin and narrow no-break.
    static func isKeptSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xA0, 0x2007, 0x2009, 0x202F: return true
        default: return false
        }
    }
}

private extension String {
    /// The text with CRLF and lone CR line ends made LF.
    func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\n" && lastWasCR { lastWasCR = false; continue }
            lastWasCR = scalar == "\r"
            out.append(lastWasCR ? "\n" : scalar)
        }
        return String(out)
    }
}
