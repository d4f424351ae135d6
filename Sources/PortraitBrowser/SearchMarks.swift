import PortraitCore

/// Finds where search words match a text, the way the store's search matches (case- and
/// accent-insensitively, through `TextFold`), so that the matches can be highlighted.
public enum SearchMarks {
    /// For each character of `text`, whether it is part of a match of one of the folded `words`.
    public static func marks(_ text: String, words: [String]) -> [Bool] {
        let characters = Array(text)
        guard !words.isEmpty, !characters.isEmpty else { return [Bool](repeating: false, count: characters.count) }
        var folded: [UInt8] = []
        var owner: [Int] = []  // character index of each folded byte
        for (index, character) in characters.enumerated() {
            let before = folded.count
            TextFold.append(String(character), to: &folded)
            owner.append(contentsOf: repeatElement(index, count: folded.count - before))
        }
        var marked = [Bool](repeating: false, count: characters.count)
        for word in words {
            let needle = Array(word.utf8)
            guard !needle.isEmpty, needle.count <= folded.count else { continue }
            var start = 0
            while start + needle.count <= folded.count {
                if folded[start] == needle[0] && folded[start..<start + needle.count].elementsEqual(needle) {
                    for byte in start..<start + needle.count { marked[owner[byte]] = true }
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return marked
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
