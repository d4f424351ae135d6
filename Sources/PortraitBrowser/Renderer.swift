import PortraitCore

/// Draws a `BrowserState` onto a `Screen`: the whole screen is a function of the state.
public enum Renderer {
    /// Draws every cell of the frame and presents it.
    public static func render(_ state: BrowserState, on screen: Screen) {
        screen.clear()
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(state, on: screen)
            screen.setCursor(nil)
            screen.present()
            return
        }
        drawSearchLine(state, layout, on: screen)
        switch state.view {
        case .list:
            drawFacetPanes(state, layout, on: screen)
            drawResults(state, layout, on: screen)
        case .detail:
            drawDetail(state, layout, on: screen)
        case .chart, .comparison:
            drawFigures(state, layout, on: screen)
        }
        drawCommandLine(state, layout, on: screen)
        drawStatusLine(state, layout, on: screen)
        let cursor = drawBottomLine(state, layout, on: screen)
        if state.helpVisible { drawHelp(state, layout, on: screen) }
        screen.setCursor(state.helpVisible ? nil : cursor ?? searchCursor(state, layout))
        screen.present()
    }

    private static func drawTooSmall(_ state: BrowserState, on screen: Screen) {
        let size = state.size
        let minimum = Layout.minimum
        let lines = [
            StyledLine(UIString.tooSmall.text(state.interface, ["w": String(size.columns), "h": String(size.rows)]), .bold),
            StyledLine(UIString.tooSmallHint.text(state.interface, ["w": String(minimum.columns), "h": String(minimum.rows)])),
        ]
        let top = max((size.rows - lines.count) / 2, 0)
        for (index, line) in lines.enumerated() where top + index < size.rows {
            let cut = line.truncated(to: max(size.columns, 0))
            screen.draw(cut, row: top + index, column: max((size.columns - cut.width) / 2, 0))
        }
    }
}
