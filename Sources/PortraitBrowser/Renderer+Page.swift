import PortraitCore

extension Renderer {
    /// A page over the whole body, as the detail, chart and comparison views draw it: `title` on a
    /// reverse bold line, then `lines` from `scroll` on, as many as fit, with ↓ in the bottom corner
    /// when more follow.
    static func drawTitledPage(title: String, lines: [StyledLine], scroll: Int, _ layout: Layout, on screen: Screen) {
        let body = layout.body
        screen.draw(StyledLine(" " + title + " ", [.reverse, .bold]).truncated(to: body.width), row: body.row, column: body.column)
        let visible = DetailContent.visibleRows(layout)
        for index in 0..<visible {
            let lineIndex = scroll + index
            guard lineIndex < lines.count else { break }
            screen.draw(lines[lineIndex].truncated(to: body.width), row: body.row + 1 + index, column: body.column)
        }
        if scroll + visible < lines.count {
            screen.put("↓", row: body.row + visible, column: body.column + body.width - 1, style: [.bold, .accent])
        }
    }

    /// The top or bottom edge of a framed box `inner` cells wide inside: `corner` and a rule, `label`
    /// cut to fit, and the rule on to `end` (`┌─ Aide ──┐`).
    static func frameEdge(_ corner: String, _ label: StyledLine, _ end: String, inner: Int) -> StyledLine {
        var edge = StyledLine(corner + "─", .bold)
        let room = max(inner - 2, 0)
        edge.append(label.truncated(to: room))
        edge.append(String(repeating: "─", count: max(inner - 1 - min(label.width, room), 0)) + end, .bold)
        return edge
    }
}
