import PortraitCore

/// One line of styled text, measured in terminal cells (wide and combining characters counted right).
public struct StyledLine: Hashable, Sendable {
    public private(set) var segments: [Segment] = []

    public init() {}

    public init(_ text: String, _ style: Style = .plain) {
        append(text, style)
    }

    /// The width in cells.
    public var width: Int { segments.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// The text without styles.
    public var text: String { segments.map(\.text).joined() }

    /// Appends text, merging it into the last segment when the style is the same.
    public mutating func append(_ text: String, _ style: Style = .plain) {
        guard !text.isEmpty else { return }
        if let last = segments.last, last.style == style {
            segments[segments.count - 1].text += text
        } else {
            segments.append(Segment(text, style))
        }
    }

    public mutating func append(_ line: StyledLine) {
        for segment in line.segments { append(segment.text, segment.style) }
    }

    /// The line cut to at most `width` cells, ending with … (in the style of the cut text) when cut.
    public func truncated(to width: Int) -> StyledLine {
        guard width > 0 else { return StyledLine() }
        if self.width <= width { return self }
        var line = StyledLine()
        var used = 0
        var lastStyle = Style.plain
        outer: for segment in segments {
            lastStyle = segment.style
            var run = ""
            for character in segment.text {
                let w = DisplayWidth.of(String(character))
                if used + w > width - 1 {
                    line.append(run, segment.style)
                    break outer
                }
                run.append(character)
                used += w
            }
            line.append(run, segment.style)
        }
        line.append("…", lastStyle)
        return line
    }

    /// The line cut or padded with spaces (in `fill` style) to exactly `width` cells.
    public func fitted(to width: Int, fill: Style = .plain) -> StyledLine {
        var line = truncated(to: width)
        let missing = width - line.width
        if missing > 0 { line.append(String(repeating: " ", count: missing), fill) }
        return line
    }
}
