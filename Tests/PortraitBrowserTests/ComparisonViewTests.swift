import Foundation
import PortraitCore
import PortraitData
@testable import PortraitBrowser
import Testing
import PortraitTestSupport

/// The comparison view (d): for the current filters and search, each facet's values in two editions,
/// paired bars and the change.
@Suite struct ComparisonViewTests {
    /// The two lines (older, newer) of `label` in the section titled `section`.
    static func pair(_ lines: [String], section: String, label: String) -> (older: String, newer: String)? {
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(section) }) else { return nil }
        let body = Array(lines[(start + 1)...].prefix { !$0.isEmpty })
        guard let index = body.firstIndex(where: { $0.hasPrefix(" " + label) }), index + 1 < body.count else { return nil }
        return (body[index], body[index + 1])
    }

    /// The numbers of a comparison line: the edition, its count and (on the newer line) the change.
    static func numbers(_ line: String) -> [String] {
        line.split(separator: " ").map(String.init).filter { $0.first.map { "0123456789+−=".contains($0) } ?? false }
    }

    @Test func comparisonOfTheTwoEditionsAt80x24() throws {
        var session = try TUI.editionsSession(TermSize(columns: 80, rows: 24))
        session.press(.character("d"))
        #expect(session.state.view == .comparison)
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "comparison-80x24")
        #expect(screen.lines[1].hasPrefix(" Comparaison de la sélection : 2024 → 2025"))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        let lines = ChartViewTests.allLines(&session)
        let total = try #require(Self.pair(lines, section: "Initiatives", label: ""))
        let (previous, latest) = (try PublishedFacts.previousInitiatives, try PublishedFacts.latestInitiatives)
        #expect(Self.numbers(total.older) == ["2024", "\(previous)"])
        #expect(Self.numbers(total.newer) == ["2025", "\(latest)", "+\(latest - previous)"])
        // Every category and status: its count in each edition, as the store answers for that edition alone.
        let store = session.state.store
        let editions = ["2024", "2025"].compactMap { name in store.values(.edition).firstIndex { $0.raw == name } }
        let selections = editions.map { store.select(Query(selected: [.edition: [$0]])) }
        for facet in [Facet.category, .status] {
            let title = facet == .category ? "Catégorie" : "Statut"
            for (code, value) in store.values(facet).enumerated() {
                let counts = selections.map { $0.count(facet, code) }
                guard counts != [0, 0] else { continue }
                let label = String(value.label(.fr).prefix(18))
                let pair = try #require(Self.pair(lines, section: title, label: label), "\(label)")
                let delta = counts[1] - counts[0]
                let change = delta > 0 ? "+\(delta)" : delta < 0 ? "−\(-delta)" : "="
                #expect(Self.numbers(pair.older).suffix(2) == ["2024", String(counts[0])], "\(label)")
                #expect(Self.numbers(pair.newer).suffix(3) == ["2025", String(counts[1]), change], "\(label)")
                // The bars share one scale: the same count gives the same bar.
                if counts[0] == counts[1] && counts[0] > 0 {
                    #expect(pair.older.drop { $0 != "█" } == pair.newer.drop { $0 != "█" }, "\(label)")
                }
            }
        }
        // Bodies in either edition: 65 in 2024 and 82 in 2025, 58 of them new (the published figures).
        #expect(lines.contains(" Organismes : les 10 premiers sur 123"))
        // Bars of one section start in one column, and the older line carries no change.
        let barColumns = Set(lines.compactMap(ChartViewTests.barColumn))
        #expect(barColumns.count == 1)
    }

    @Test func comparisonKeepsTheFiltersAndSearch() throws {
        var session = try TUI.editionsSession()
        session.press(.tab, .tab, .character(" "))  // Solution en production
        session.type("/agent")
        session.press(.enter, .character("d"))
        let lines = ChartViewTests.allLines(&session)
        let store = session.state.store
        let production = try #require(store.values(.status).firstIndex { $0.label(.fr) == "Solution en production" })
        let counts = ["2024", "2025"].map { name -> Int in
            let edition = store.values(.edition).firstIndex { $0.raw == name }!
            return store.select(Query(selected: [.edition: [edition], .status: [production]], search: "agent")).rows.count
        }
        let total = try #require(Self.pair(lines, section: "Initiatives", label: ""))
        #expect(Self.numbers(total.older) == ["2024", String(counts[0])])
        #expect(Self.numbers(total.newer).prefix(2) == ["2025", String(counts[1])])
        #expect(Self.pair(lines, section: "Statut", label: "Développement") == nil)
        // The status line still tells the selection; q goes back to it.
        #expect(TUI.render(session).lines[28].contains("« agent »"))
        session.press(.character("q"))
        #expect(session.state.view == .list && !session.isFinished)
    }

    @Test func whichEditionsAreCompared() throws {
        var session = try TUI.editionsSession()
        session.press(.tab, .tab, .tab, .character(" "))  // 2025 off: none selected, the two latest
        session.press(.character("d"))
        #expect(TUI.render(session).lines[1].hasPrefix(" Comparaison de la sélection : 2024 → 2025"))
        session.press(.escape, .down, .character(" "))  // 2024 alone: compared with the one after it
        session.press(.character("d"))
        #expect(TUI.render(session).lines[1].hasPrefix(" Comparaison de la sélection : 2024 → 2025"))
    }

    /// Marks made in the background after the comparison opened still reach its count of new and changed
    /// initiatives (the terminal loop calls `marksBecameReady` when they arrive).
    @Test func marksReadyAfterTheComparisonOpenedAreCounted() throws {
        let moment = TUI.clock
        var state = BrowserState(store: try TUI.editionsStore(), sourceName: "two editions", size: TermSize(columns: 100, rows: 30),
                                 interface: .fr, latestEditionOnly: true,
                                 aliases: try OrganisationAliases.builtIn(), now: { moment })
        let effects = state.apply(.openComparison)  // asks for the marks, which nobody has made yet
        let pair = try #require(state.markedEditions)
        #expect(effects == [.computeMarks(EditionMarks.Pair(older: pair.older, newer: pair.newer))])
        #expect(state.view == .comparison)
        #expect(state.figures?.marks == nil)
        let session = BrowserSession(state: state)  // carries out what the state asks for; the marks come back as a message
        #expect(session.state.figures?.marks?.new == 206)
        #expect(session.state.figures?.marks?.statusChanged == 12)
    }

    @Test func aSingleEditionSaysWhatTheComparisonNeeds() throws {
        var session = try TUI.session(TermSize(columns: 100, rows: 30))
        session.press(.character("d"))
        #expect(session.state.view == .list)
        let screen = TUI.render(session)
        #expect(screen.lines[29].hasPrefix(" La comparaison demande deux éditions"))
        var english = try TUI.session(TermSize(columns: 100, rows: 30), interface: .en)
        english.press(.character("d"))
        #expect(TUI.render(english).lines[29].hasPrefix(" Comparing needs two editions"))
    }

    @Test func narrowAndEnglishComparison() throws {
        var session = try TUI.editionsSession(TermSize(columns: 60, rows: 16), interface: .en)
        session.press(.character("d"))
        #expect(TUI.render(session).lines[1].hasPrefix(" Comparison of the selection: 2024 → 2025"))
        let lines = ChartViewTests.allLines(&session)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 59 })
        let status = try #require(Self.pair(lines, section: "Status", label: "Solution in produc…"))
        #expect(Self.numbers(status.newer).prefix(2) == ["2025", String(try TUI.latestCount(Vocabulary.statuses[0]))])
        #expect(lines.contains(" Public bodies: the top 10 of 123"))
    }
}
