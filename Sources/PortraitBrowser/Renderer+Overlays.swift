import PortraitCore

extension Renderer {
    /// The detail view: a position line ("Initiative 12 / 87"), then the fields, scrolled.
    static func drawDetail(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let body = layout.body
        let total = state.selection.rows.count
        let position = UIString.detailPosition.text(state.interface, ["i": String(state.cursor(.results) + 1), "n": String(total)])
        let header = StyledLine(" " + position + " ", [.reverse, .bold])
        screen.draw(header.truncated(to: body.width), row: body.row, column: body.column)
        let lines = DetailContent.lines(state, width: body.width)
        let visible = DetailContent.visibleRows(layout)
        for index in 0..<visible {
            let lineIndex = state.detailScroll + index
            guard lineIndex < lines.count else { break }
            screen.draw(lines[lineIndex].truncated(to: body.width), row: body.row + 1 + index, column: body.column)
        }
        if state.detailScroll + visible < lines.count {
            screen.put("↓", row: body.row + visible, column: body.column + body.width - 1, style: [.bold, .accent])
        }
    }

    /// The help overlay: a framed box over the view, the key table inside.
    static func drawHelp(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let lines = HelpContent.lines(state)
        let box = HelpContent.box(layout, lines: lines)
        guard box.width >= 4, box.height >= 2 else { return }
        let inner = box.width - 2
        let title = StyledLine(" " + UIString.helpTitle.text(state.interface) + " ", [.bold, .accent])
        var top = StyledLine("┌─", .bold)
        top.append(title.truncated(to: max(inner - 2, 0)))
        top.append(String(repeating: "─", count: max(inner - 1 - min(title.width, max(inner - 2, 0)), 0)) + "┐", .bold)
        screen.draw(top, row: box.row, column: box.column)
        let visible = box.height - 2
        for index in 0..<visible {
            var line = StyledLine("│ ", .bold)
            let content = state.helpScroll + index < lines.count ? lines[state.helpScroll + index] : StyledLine()
            line.append(content.fitted(to: max(inner - 2, 0)))
            line.append(" │", .bold)
            screen.draw(line, row: box.row + 1 + index, column: box.column)
        }
        let footer = StyledLine(" " + UIString.helpFooter.text(state.interface) + " ", .dim)
        var bottom = StyledLine("└─", .bold)
        bottom.append(footer.truncated(to: max(inner - 2, 0)))
        bottom.append(String(repeating: "─", count: max(inner - 1 - min(footer.width, max(inner - 2, 0)), 0)) + "┘", .bold)
        screen.draw(bottom, row: box.row + box.height - 1, column: box.column)
    }
}
