/// How many terminal cells text takes, as the C library's `wcwidth` counts them: combining marks and
/// zero-width characters take none, East Asian wide and fullwidth characters and emoji (🚀 ✅ ⌚) take two.
public enum DisplayWidth {
    public static func of(_ text: some StringProtocol) -> Int {
        // ASCII text, byte by byte (one cell per printable byte); else scalar by scalar.
        var width = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return text.unicodeScalars.reduce(0) { $0 + of($1) } }
            if byte >= 0x20 && byte != 0x7F { width += 1 }
        }
        return width
    }

    /// Cells one scalar takes: none for control characters (C0, DEL, C1), else what the C library's
    /// `wcwidth` says in a UTF-8 locale (`DisplayWidthTable.swift`, generated from it), 1 where it has no answer.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (0x7F...0x9F).contains(v) ? 0 : 1 }
        if contains(doubleWidth, v) { return 2 }
        if contains(zeroWidth, v) { return 0 }
        return 1
    }

    /// Whether one of the sorted, disjoint `ranges` holds `value` (a binary search).
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < ranges.count && ranges[low].contains(value)
    }

    /// Cells a character takes (a letter and its combining marks together).
    public static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// `text` cut to at most `width` cells, ending with … when cut; never between a letter and its marks.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// `text` padded with spaces to `width` cells (or truncated to it).
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }
}
