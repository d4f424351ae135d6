import PortraitCore
import PortraitBrowser
import Testing

/// Every entry of `FacetDescriptor.all` has its pane in the browser, where its entry says (the first
/// pane's choices through `v`, a pane of its own, or the edition pane with several editions), titled with
/// its entry's words and listing the values `stats --by` counts; the chart view (`c`) gives it a section.
/// Each entry that sorts is an order of `s`. The tests iterate the table, so a new entry is checked
/// without a new test.
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

    /// Every entry that sorts (`FacetDescriptor.sorting`) is one of the orders `s` cycles through: the
    /// status line names it with its entry's words, and the rows come grouped by the facet's values.
    @Test(arguments: FacetDescriptor.all.filter { $0.sorting != nil }.map(\.facet), Language.allCases)
    func everySortingEntryIsAnOrderOfS(facet: Facet, interface: Language) throws {
        let sorting = try #require(facet.descriptor.sorting)
        var session = try TUI.session(TermSize(columns: 120, rows: 40), interface: interface)
        for _ in SortKey.allCases where session.state.query.sort != .facet(facet) { session.press(.character("s")) }
        #expect(session.state.query.sort == .facet(facet), "\(facet): s never sorts by it")
        let screen = TUI.render(session)
        #expect(screen.lines[session.state.layout.statusRow].contains(sorting.label.text(interface) + " ↑"), "\(facet): \(screen.lines[session.state.layout.statusRow])")
        // Rows of one value are together: no value comes back once another has followed it.
        let store = session.state.store
        var seen: [Int] = []
        for row in session.state.selection.rows where seen.last != store.code(facet, row: row) {
            #expect(!seen.contains(store.code(facet, row: row)), "\(facet): a value comes back in the sorted rows")
            seen.append(store.code(facet, row: row))
        }
        #expect(seen.count > 1, "\(facet): the sample should hold several values")
    }
}
