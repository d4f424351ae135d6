import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// The change pane (`v` three times with two editions): what changed between the last two editions, counted
/// and filtered like a facet, with the removed initiatives of the older edition as rows of their own; the
/// same pairing and counts as `portrait query --change`.
@Suite struct ChangePaneTests {
    /// The core's changes between the two embedded editions, as `portrait query --change` computes them.
    static func changes(_ store: PortraitStore) throws -> EditionChanges {
        try #require(EditionChanges.latestTwo(of: store, aliases: try OrganisationAliases.builtIn()))
    }

    /// A session with the change pane shown and focused.
    static func changeSession(_ size: TermSize = TermSize(columns: 100, rows: 30), interface: Language = .fr) throws -> BrowserSession {
        var session = try TUI.editionsSession(size, interface: interface)
        session.press(.character("v"), .character("v"), .character("v"))
        #expect(session.state.facetPanes.first == .change && session.state.focus == .change)
        return session
    }

    @Test func theCountsAreTheCoresWithTheOtherFiltersApplied() throws {
        let session = try Self.changeSession()
        let store = session.state.store
        let changes = try Self.changes(store)
        // The latest edition is chosen at the start: its rows' changes, and no removed one (they are in 2024).
        let latest = session.state.selection.rows
        let counts = changes.counts(rows: latest)
        for kind in ChangeKind.allCases {
            #expect(session.state.paneCount(.change, kind.classNumber) == (counts[kind] ?? 0), "\(kind)")
        }
        #expect(session.state.paneCount(.change, ChangeKind.removed.classNumber) == 0)
        #expect(counts[.new, default: 0] > 0 && counts[.unchanged, default: 0] > 0)
        #expect(session.state.values(in: .change).count == ChangeKind.allCases.count)
    }

    @Test func choosingRemovedShowsTheDroppedInitiativesOfTheOlderEdition() throws {
        var session = try Self.changeSession()
        let store = session.state.store
        let changes = try Self.changes(store)
        let removed = (0..<store.count).filter { changes.has(row: $0, anyOf: [.removed]) }
        #expect(!removed.isEmpty)
        // Down to "removed" (the fifth line), then Space.
        for _ in 0..<ChangeKind.removed.classNumber { session.press(.down) }
        session.press(.character(" "))
        #expect(session.state.selection.rows == removed)
        #expect(session.state.query.selected[.edition] == nil)
        let screen = TUI.render(session)
        #expect(screen.text.contains("les deux éditions comparées sont montrées"))
        #expect(screen.text.contains("Changement : retirée"))
        #expect(screen.text.contains("[x] retirée"))
        #expect(removed.allSatisfy { store.edition(row: $0) == "2024" })
        // Every visible line is marked − .
        #expect(EditionMarksTests.shownMarks(session).values.allSatisfy { $0 == "−" })
        // The counts of the others are now over both editions, as the core counts them.
        let all = changes.counts(rows: Array(0..<store.count))
        #expect(session.state.paneCount(.change, ChangeKind.new.classNumber) == all[.new, default: 0])
        #expect(session.state.paneCount(.change, ChangeKind.removed.classNumber) == removed.count)
        // y: the command that gives them.
        session.press(.character("y"))
        #expect(session.state.commandLine == "portrait query --change removed --labels fr")
        // With "new" too: OR within the pane.
        session.press(.home, .character(" "))
        let either = (0..<store.count).filter { changes.has(row: $0, anyOf: [.new, .removed]) }
        #expect(session.state.selection.rows == either)
        // c empties the pane's choice; choosing an edition then keeps it.
        session.press(.character("c"))
        #expect(session.state.query.selectedClasses.isEmpty)
    }

    @Test func aChangeFilterWithAnEditionHasNoCommand() throws {
        var session = try Self.changeSession()
        session.press(.character(" "))  // new, the edition choice cleared
        session.press(.tab, .tab, .tab, .character(" "))  // then 2025 chosen again in the edition pane
        #expect(session.state.query.selected[.edition]?.count == 1)
        session.press(.character("y"))
        #expect(session.state.commandLine == nil)
        #expect(TUI.render(session).text.contains("portrait query --change lit les deux éditions"))
    }

    @Test(arguments: [Language.fr, .en])
    func at80x24TheChangePaneFits(interface: Language) throws {
        var session = try Self.changeSession(TermSize(columns: 80, rows: 24), interface: interface)
        session.press(.character(" "))
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "change-pane-80x24-" + interface.rawValue)
        #expect(screen.lines.allSatisfy { $0.count <= 80 })
        #expect(screen.text.contains(interface == .fr ? "▸ Changement" : "▸ Change"))
    }

    @Test func at120x40TheRemovedRowsShowWithTheirBenefits() throws {
        var session = try Self.changeSession(TermSize(columns: 120, rows: 40))
        for _ in 0..<ChangeKind.removed.classNumber { session.press(.down) }
        session.press(.character(" "))
        try TUI.expectSnapshot(TUI.render(session), "change-pane-removed-120x40")
    }

    /// `d`: a portfolio that a whole edition lacks is noted under its counts ("0 → 70" is a new portfolio,
    /// not 70 new initiatives), as the store counts the whole editions.
    @Test func theComparisonNotesValuesAWholeEditionLacks() throws {
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        let store = session.state.store
        session.press(.character("d"))
        let figures = try #require(session.state.figures)
        let portfolios = try #require(figures.sections.first { $0.facet == .portfolio })
        let whole = figures.editions.map { store.select(Query(selected: [.edition: [$0]])) }
        var noted = 0
        for row in portfolios.rows {
            let lacking = (0..<2).first { whole[$0].count(.portfolio, row.code) == 0 }
            #expect(row.absentIn == lacking, "\(store.values(.portfolio)[row.code].raw)")
            if lacking != nil { noted += 1 }
        }
        #expect(noted > 0)
        #expect(TUI.render(session).text.contains("(absent de l'édition 2025)"))
    }
}
