import PortraitCore

extension Renderer {
    /// The `portrait query` command line that `y` shows: on lines of its own just above the status line,
    /// wrapped to the screen's width (whole, so that it can be read and copied by hand too), over the
    /// bottom of the list.
    static func drawCommandLine(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        guard let command = state.commandLine, !state.helpVisible else { return }
        let width = layout.size.columns
        let lines = TextWrap.wrap(StyledLine(TerminalSafe.visible(command), .bold), width: width)
        let top = max(layout.statusRow - lines.count, layout.body.row)
        for (index, line) in lines.enumerated() where top + index < layout.statusRow {
            screen.draw(line.fitted(to: width, fill: .plain), row: top + index, column: 0)
        }
    }
}
