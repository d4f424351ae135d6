import PortraitText

/// Where a search matches a text, by the same rules as the store's search (`SearchTerm`: words begin
/// words, phrases run over consecutive words), so that a results list or a record can highlight them.
public enum SearchHighlight {
    /// For each character of `text`, whether it is part of a match of one of `terms` (as
    /// `Query.searchWords` gives them).
    public static func marks(_ text: String, terms: [String]) -> [Bool] {
        let characters = Array(text)
        var marked = [Bool](repeating: false, count: characters.count)
        guard !terms.isEmpty, !characters.isEmpty else { return marked }
        var folded: [UInt8] = []
        var owner: [Int] = []  // character index of each folded byte
        for (index, character) in characters.enumerated() {
            let before = folded.count
            TextFold.append(String(character), to: &folded)
            owner.append(contentsOf: repeatElement(index, count: folded.count - before))
        }
        folded.withUnsafeBufferPointer { buffer in
            for term in terms.map(SearchTerm.init(folded:)) {
                var offset = 0
                while offset < buffer.count, let match = term.firstMatch(in: buffer, from: offset) {
                    for byte in match { marked[owner[byte]] = true }
                    offset = match.upperBound
                }
            }
        }
        return marked
    }

    /// The ranges of `text` that match `terms`: runs of marked characters.
    public static func ranges(_ text: String, terms: [String]) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        for flag in marks(text, terms: terms) {
            if flag, start == nil { start = index }
            if !flag, let open = start {
                ranges.append(open..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let open = start { ranges.append(open..<text.endIndex) }
        return ranges
    }
}
