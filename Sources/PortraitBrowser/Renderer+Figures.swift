import PortraitCore

extension Renderer {
    /// The chart or comparison view: a title line (what is pictured), then the bars, scrolled, with ↓ in
    /// the corner when more follow.
    static func drawFigures(_ state: BrowserState, _ layout: Layout, on screen: Screen) {
        guard let figures = state.figures else { return }
        drawTitledPage(title: figuresTitle(state, figures), lines: FiguresContent.lines(state, figures, width: layout.body.width),
                       scroll: state.figuresScroll, layout, on: screen)
    }

    /// "Graphique de la sélection : 258 initiatives", or "Comparaison de la sélection : 2024 → 2025".
    static func figuresTitle(_ state: BrowserState, _ figures: Figures) -> String {
        let ui = state.interface
        guard figures.editions.count == 2 else {
            return UIString.chartTitle.text(ui, ["n": String(figures.totals.first ?? 0)])
        }
        let names = figures.editions.map { TerminalSafe.visible(state.store.values(.edition)[$0].raw) }
        return UIString.comparisonTitle.text(ui, ["older": names[0], "newer": names[1]])
    }
}
