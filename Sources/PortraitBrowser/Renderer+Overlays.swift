import PortraitCore

extension Renderer {
    /// The detail view: a position line ("Initiative 12 / 87"), then the fields, scrolled.
    static func drawDetail(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let total = state.selection.rows.count
        let position = UIString.detailPosition.text(state.interface, ["i": String(state.cursor(.results) + 1), "n": String(total)])
        drawTitledPage(title: position, lines: DetailContent.lines(state, width: layout.body.width),
                       scroll: state.detailScroll, layout, on: screen)
    }

    /// The help overlay: a framed box over the view, the key table inside.
    static func drawHelp(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        let lines = HelpContent.lines(state)
        let box = HelpContent.box(layout, lines: lines)
        guard box.width >= 4, box.height >= 2 else { return }
        let inner = box.width - 2
        let title = StyledLine(" " + UIString.helpTitle.text(state.interface) + " ", [.bold, .accent])
        screen.draw(frameEdge("┌", title, "┐", inner: inner), row: box.row, column: box.column)
        let visible = box.height - 2
        for index in 0..<visible {
            var line = StyledLine("│ ", .bold)
            let content = state.helpScroll + index < lines.count ? lines[state.helpScroll + index] : StyledLine()
            line.append(content.fitted(to: max(inner - 2, 0)))
            line.append(" │", .bold)
            screen.draw(line, row: box.row + 1 + index, column: box.column)
        }
        let footer = StyledLine(" " + UIString.helpFooter.text(state.interface) + " ", .dim)
        screen.draw(frameEdge("└", footer, "┘", inner: inner), row: box.row + box.height - 1, column: box.column)
    }
}
