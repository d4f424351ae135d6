import PortraitCore

/// Finds where search words match a text, the way the store's search matches (the core's
/// `SearchHighlight`: word beginnings, case- and accent-insensitively), so that the matches can be highlighted.
public enum SearchMarks {
    /// For each character of `text`, whether it is part of a match of one of the folded `words`.
    public static func marks(_ text: String, words: [String]) -> [Bool] {
        SearchHighlight.marks(text, terms: words)
    }

    /// `text` in `base` style, its matches in `base` plus the highlight.
    public static func line(_ text: String, words: [String], base: Style = .plain) -> StyledLine {
        guard !words.isEmpty else { return StyledLine(text, base) }
        let flags = marks(text, words: words)
        var line = StyledLine()
        for (character, marked) in zip(text, flags) {
            line.append(String(character), marked ? base.union(.highlight) : base)
        }
        return line
    }
}
