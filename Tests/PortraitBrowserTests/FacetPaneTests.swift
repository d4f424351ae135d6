import PortraitCore
import PortraitBrowser
import Testing

/// Every entry of `FacetDescriptor.all` has its pane in the browser, where its entry says (the first
/// pane's choices through `v`, a pane of its own, or the edition pane with several editions), titled with
/// its entry's words and listing the values `stats --by` counts; the chart view (`c`) gives it a section.
/// The test iterates the table, so a new entry is checked without a new test.
@Suite struct FacetPaneTests {
    @Test(arguments: FacetDescriptor.all.map(\.facet), Language.allCases)
    func everyFacetHasItsTitledPane(facet: Facet, interface: Language) throws {
        let entry = facet.descriptor
        let pane = Pane.facet(facet)
        var session = try TUI.editionsSession(TermSize(columns: 160, rows: 40), interface: interface)
        switch entry.pane {
        case .firstPane:
            #expect(session.state.firstPaneChoices.contains(pane))
            for _ in session.state.firstPaneChoices where session.state.facetPanes.first != pane { session.press(.character("v")) }
        case .ownPane, .editionPane:
            break
        }
        #expect(session.state.facetPanes.contains(pane), "\(facet): its pane is not shown")
        let screen = TUI.render(session)
        let title = entry.paneTitle.text(interface)
        #expect(pane.title.text(interface) == title)
        // A pane's title row: "▸ " before it when focused, two spaces otherwise.
        #expect(screen.lines.contains { $0.contains("▸ " + title) || $0.contains("  " + title + " ") || $0.hasSuffix("  " + title) },
                "\(facet): no pane titled \(title)")
        // The pane lists the store's values of the facet, as `stats --by` counts them.
        let shown = session.state.values(in: pane)
        #expect(Set(shown) == Set(session.state.store.values(facet).indices), "\(facet)")
    }
}
