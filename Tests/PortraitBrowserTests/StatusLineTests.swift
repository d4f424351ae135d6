import PortraitCore
import PortraitBrowser
import Testing
import PortraitTestSupport

/// The status line: the count and the active filters come first; the order and label language give way.
@Suite struct StatusLineTests {
    @Test func narrowStatusLineKeepsTheFiltersAndDropsTheOrderFirst() throws {
        var session = try TUI.session(TermSize(columns: 100, rows: 30))
        var status = TUI.render(session).lines[28]
        #expect(status.hasSuffix("tri : fichier · libellés FR"))
        session.press(.tab, .tab, .character(" "))
        session.handle(.resize(TermSize(columns: 60, rows: 16)))
        status = TUI.render(session).lines[14]
        #expect(status == " \(try TUI.inProduction) / \(try PublishedFacts.latestInitiatives) initiatives │ Statut : Solution en production")
        session.press(.character("/"))
        session.type("foret")
        status = TUI.render(session).lines[14]
        #expect(try status.hasPrefix(" 17 / \(PublishedFacts.latestInitiatives) initiatives │ Statut : Solution en production · «"))
        #expect(!status.contains("tri :"))
        // With room for the order but not the labels, the order alone.
        session.press(.escape)
        session.handle(.resize(TermSize(columns: 72, rows: 16)))
        status = TUI.render(session).lines[14]
        #expect(status.hasPrefix(" \(try TUI.inProduction) / \(try PublishedFacts.latestInitiatives) initiatives │ Statut : Solution en production"))
        #expect(status.hasSuffix("tri : fichier"))
        #expect(DisplayWidth.of(status) <= 72)
    }
}
