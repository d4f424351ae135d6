import PortraitCore

/// Word wrapping of styled text by display width.
public enum TextWrap {
    /// `line` broken into lines of at most `width` cells, at spaces where possible; words longer than
    /// a line are cut. Spaces at the breaks are dropped.
    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var cells: [(character: Character, style: Style, width: Int)] = []
        for segment in line.segments {
            for character in segment.text { cells.append((character, segment.style, DisplayWidth.of(String(character)))) }
        }
        var lines: [StyledLine] = []
        var start = 0
        while start < cells.count {
            while start < cells.count && cells[start].character == " " { start += 1 }
            guard start < cells.count else { break }
            var end = start
            var used = 0
            var lastBreak: Int?
            while end < cells.count && used + cells[end].width <= width {
                if cells[end].character == " " { lastBreak = end }
                used += cells[end].width
                end += 1
            }
            if end < cells.count, cells[end].character != " ", let lastBreak, lastBreak > start {
                end = lastBreak
            }
            if end == start { end = start + 1 }  // a character wider than the line
            var piece = StyledLine()
            var trimmedEnd = end
            while trimmedEnd > start && cells[trimmedEnd - 1].character == " " { trimmedEnd -= 1 }
            for cell in cells[start..<trimmedEnd] { piece.append(String(cell.character), cell.style) }
            lines.append(piece)
            start = end
        }
        return lines.isEmpty ? [StyledLine()] : lines
    }
}
