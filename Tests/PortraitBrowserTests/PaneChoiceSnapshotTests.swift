import PortraitCore
import PortraitBrowser
import Testing

/// The first pane's choices (`v`: bodies, benefits, changes) with a value selected, at 80×24, 120×40 and
/// 200×50 in both languages: rendered grids kept as snapshots, every line within the width.
@Suite struct PaneChoiceSnapshotTests {
    static let sizes = [TermSize(columns: 80, rows: 24), TermSize(columns: 120, rows: 40), TermSize(columns: 200, rows: 50)]

    @Test(arguments: [Pane.facet(.organisation), .benefit, .change], [Language.fr, .en])
    func eachChoiceAtEachSize(pane: Pane, interface: Language) throws {
        for size in Self.sizes {
            var session = try TUI.editionsSession(size, interface: interface)
            while session.state.facetPanes.first != pane { session.press(.character("v")) }
            session.press(.character(" "))
            let screen = TUI.render(session)
            let name = "pane-\(pane.facet.map { "\($0)" } ?? "\(pane)")-\(size.columns)x\(size.rows)-\(interface.rawValue)"
            try TUI.expectSnapshot(screen, name)
            #expect(screen.lines.allSatisfy { $0.count <= size.columns }, "\(name)")
            // The pane's title and its one selection, named on the status line.
            #expect(screen.text.contains("▸ " + String(pane.title.text(interface).prefix(6))), "\(name)")  // cut at 80 columns
            #expect(screen.text.contains(pane.title.text(interface) + (interface == .fr ? " : " : ": ")), "\(name)")
        }
    }
}
