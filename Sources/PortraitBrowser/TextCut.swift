import PortraitCore

/// Cutting plain text to a width in cells so that what matters stays visible: the end of a facet label
/// that tells it apart from another ("Santé et Servic…(Réseau)" beside "Santé et Services sociaux"), the
/// end of a line being typed. Wide and combining characters are measured as the terminal shows them.
enum TextCut {
    /// `text` cut at the end, with …, when wider than `width`.
    static func end(_ text: String, width: Int) -> String {
        StyledLine(text).truncated(to: width).text
    }

    /// The end of `text` that fits in `width`, after … when cut.
    static func tail(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        return "…" + suffix(text, width: width - 1)
    }

    /// A facet label cut to `width`. A final parenthesised part, "(Réseau)", is kept and the middle cut.
    static func label(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            let ending = String(text[open...])
            let endingWidth = DisplayWidth.of(ending)
            if endingWidth <= width / 2 {
                return middle(String(text[..<open]), width: width - endingWidth) + ending
            }
        }
        return end(text, width: width)
    }

    /// The labels of one list cut to `width` so that two different labels do not look the same: labels
    /// still equal once cut (as `label` does) keep their beginning and their end, the middle cut.
    static func labels(_ texts: [String], width: Int) -> [String] {
        var cut = texts.map { label($0, width: width) }
        var owners: [String: Set<String>] = [:]
        for (index, text) in texts.enumerated() { owners[cut[index], default: []].insert(text) }
        for index in cut.indices where (owners[cut[index]]?.count ?? 0) > 1 && width >= 5 {
            let text = texts[index]
            let keep = (width - 1) / 2
            cut[index] = prefix(text, width: width - 1 - keep) + "…" + suffix(text, width: keep)
        }
        return cut
    }

    /// `text` (the part before a kept ending) cut to end with … within `width`, spaces before … dropped.
    private static func middle(_ text: String, width: Int) -> String {
        var head = prefix(text, width: max(width - 1, 0))
        while head.last == " " { head.removeLast() }
        return head + "…"
    }

    /// The longest beginning of `text` at most `width` cells wide.
    static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let cells = DisplayWidth.of(String(character))
            guard used + cells <= width else { break }
            result.append(character)
            used += cells
        }
        return result
    }

    /// The longest end of `text` at most `width` cells wide.
    static func suffix(_ text: String, width: Int) -> String {
        var result: [Character] = []
        var used = 0
        for character in text.reversed() {
            let cells = DisplayWidth.of(String(character))
            guard used + cells <= width else { break }
            result.append(character)
            used += cells
        }
        return String(result.reversed())
    }
}
