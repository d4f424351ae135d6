import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// `v`: the first pane shows the portfolios, the public bodies, the benefits or (two editions) the changes
/// (`ChangePaneTests`); a body or a benefit is
/// selected there like any value (disjunctive counts), and the status line names every selection,
/// shown or not.
@Suite struct FirstPaneChoiceTests {
    @Test func vCyclesPortfoliosBodiesBenefitsChanges() throws {
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        #expect(session.state.facetPanes.first == .facet(.portfolio))
        session.press(.character("v"))
        #expect(session.state.facetPanes.first == .facet(.organisation))
        #expect(session.state.focus == .facet(.organisation))
        #expect(TUI.render(session).text.contains("▸ Organisme"))
        session.press(.character("v"))
        #expect(session.state.facetPanes.first == .benefit)
        #expect(TUI.render(session).text.contains("▸ Bénéfice"))
        session.press(.character("v"))
        #expect(session.state.facetPanes.first == .change)
        #expect(TUI.render(session).text.contains("▸ Changement"))
        session.press(.character("v"))
        #expect(session.state.facetPanes.first == .facet(.portfolio))
        #expect(session.state.focus == .facet(.portfolio))
    }

    @Test func oneEditionHasNoChangeChoice() throws {
        var session = try TUI.session()
        session.press(.character("v"), .character("v"), .character("v"))
        #expect(session.state.facetPanes.first == .facet(.portfolio))
    }

    @Test func aBodySelectedInThePaneFiltersWithDisjunctiveCounts() throws {
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        let store = session.state.store
        let edition = try #require(session.state.query.selected[.edition])
        session.press(.character("v"))
        let codes = session.state.values(in: .facet(.organisation))
        let first = try #require(codes.first), second = try #require(codes.dropFirst().first)
        // Largest first among the latest edition's initiatives.
        let everything = store.select(Query(selected: [.edition: edition]))
        #expect(everything.count(.organisation, first) >= everything.count(.organisation, second))
        session.press(.character(" "))
        let one = store.select(Query(selected: [.edition: edition, .organisation: [first]]))
        #expect(session.state.selection.rows == one.rows)
        // The other bodies keep the count they would give alone (disjunctive).
        #expect(session.state.paneCount(.facet(.organisation), second) == everything.count(.organisation, second))
        session.press(.down, .character(" "))
        let two = store.select(Query(selected: [.edition: edition, .organisation: [first, second]]))
        #expect(session.state.selection.rows == two.rows)
        let text = TUI.render(session).text
        let name = TerminalSafe.visible(store.values(.organisation)[first].raw)
        #expect(text.contains("Organisme : " + String(name.prefix(20))), "\(text)")
        // c empties the pane's selection.
        session.press(.character("c"))
        #expect(session.state.selection.rows == everything.rows)
    }

    @Test func aBenefitSelectedInThePaneFiltersWithDisjunctiveCounts() throws {
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        let store = session.state.store
        let edition = try #require(session.state.query.selected[.edition])
        session.press(.character("v"), .character("v"))
        let everything = store.select(Query(selected: [.edition: edition]))
        // Largest first: the counts of `stats --by benefit` for the latest edition.
        let tally = store.benefitTally(rows: everything.rows)
        let shown = session.state.values(in: .benefit)
        #expect(Array(shown.prefix(tally.count)).map { session.state.paneCount(.benefit, $0) } == tally.map(\.count))
        let first = try #require(shown.first), second = try #require(shown.dropFirst().first)
        session.press(.character(" "))
        var query = Query(selected: [.edition: edition])
        query.benefits = [first]
        #expect(session.state.selection.rows == store.select(query).rows)
        #expect(session.state.paneCount(.benefit, second) == tally[1].count)
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "benefit-pane-100x30")
        #expect(screen.text.contains("Bénéfice : " + String(store.benefitFacet.values[first].prefix(15))))
        // Back to the portfolios: the benefit stays selected and named on the status line.
        session.press(.character("v"))
        #expect(session.state.query.benefits == [first])
        #expect(TUI.render(session).text.contains("Bénéfice : "))
        // y names it.
        session.press(.character("y"))
        #expect(session.state.commandLine?.contains("--benefit") == true)
        // C clears it, and the counts of benefits keep coming.
        session.press(.character("C"))
        #expect(session.state.query.benefits.isEmpty && session.state.query.countsBenefits)
    }

    @Test(arguments: [Language.fr, .en])
    func at80x24TheBenefitPaneFits(interface: Language) throws {
        var session = try TUI.editionsSession(TermSize(columns: 80, rows: 24), interface: interface)
        session.press(.character("v"), .character("v"), .character(" "))
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "benefit-pane-80x24-" + interface.rawValue)
        #expect(screen.lines.allSatisfy { $0.count <= 80 })
        #expect(screen.text.contains(interface == .fr ? "▸ Bénéfice" : "▸ Benefit"))
    }
}
