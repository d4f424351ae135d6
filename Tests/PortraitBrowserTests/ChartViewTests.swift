import Foundation
import PortraitCore
import PortraitBrowser
import Testing
import PortraitTestSupport

/// The chart view (g): the current selection by portfolio, category, status and the largest bodies, as
/// horizontal bars that fit the terminal.
@Suite struct ChartViewTests {
    /// The lines of the chart from its first line to its last, scrolling through the view.
    static func allLines(_ session: inout BrowserSession) -> [String] {
        session.press(.home)
        var lines: [String] = []
        let body = session.state.layout.body
        let visible = body.height - 1
        while true {
            let screen = TUI.render(session)
            let shown = Array(screen.lines[(body.row + 1)..<(body.row + 1 + visible)])
            let scroll = session.state.figuresScroll
            lines = Array(lines.prefix(scroll)) + shown.map { $0.hasSuffix("↓") ? String($0.dropLast()) : $0 }
            session.press(.pageDown)
            if session.state.figuresScroll == scroll { break }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    }

    /// The column where the bar of `line` starts.
    static func barColumn(_ line: String) -> Int? {
        line.firstIndex(of: "█").map { DisplayWidth.of(line[..<$0]) }
    }

    /// The line of `label` in the section titled `section`.
    static func line(_ lines: [String], section: String, label: String) -> String? {
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(section) }) else { return nil }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.first { $0.hasPrefix(" " + label) }
    }

    @Test func chartOfTheLatestEditionAt80x24() throws {
        var session = try TUI.editionsSession(TermSize(columns: 80, rows: 24))
        session.press(.character("g"))
        #expect(session.state.view == .chart)
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "chart-80x24")
        #expect(try screen.lines[1].hasPrefix(" Graphique de la sélection : \(PublishedFacts.latestInitiatives) initiatives"))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        // The bars start in one column and the largest value has the longest bar.
        let bars = screen.lines[3...8].compactMap(Self.barColumn)
        #expect(bars.count == 6 && Set(bars).count == 1)
        let store = session.state.store
        let lines = Self.allLines(&session)
        let production = try #require(Self.line(lines, section: "Statut", label: "Solution en production"))
        let (inProduction, inDevelopment) = (try TUI.latestCount(Vocabulary.statuses[0]), try TUI.latestCount(Vocabulary.statuses[1]))
        #expect(production.contains(" \(inProduction)  \(try TUI.latestShare(inProduction)) %  ██"))
        let expectedBar = BarChart.bar(inDevelopment, of: inProduction, width: DisplayWidth.of(production) - (Self.barColumn(production) ?? 0))
        #expect(try #require(Self.line(lines, section: "Statut", label: "Développement de la solution")).hasSuffix(expectedBar))
        // Every category of the edition with its count, and the ten largest bodies of 82.
        let latest = try #require(store.values(.edition).firstIndex { $0.raw == "2025" })
        let rows = store.select(Query(selected: [.edition: [latest]])).rows
        for tally in store.tally(.category, rows: rows) {
            let line = try #require(Self.line(lines, section: "Catégorie", label: String(tally.label.prefix(20))), "\(tally.label)")
            #expect(line.contains(" \(tally.count) "), "\(tally.label)")
        }
        #expect(lines.contains(" Organismes : les 10 premiers sur 82"))
        let top = try #require(store.tally(.organisation, rows: rows).first)
        #expect(try #require(Self.line(lines, section: "Organismes", label: String(top.label.prefix(20)))).contains(" \(top.count) "))
        #expect(!lines.contains { $0.contains("Édition") })  // one edition selected: no edition section
    }

    @Test func chartFollowsTheSelectionAndBothEditions() throws {
        var session = try TUI.editionsSession()
        session.press(.tab, .tab, .character(" "))  // Solution en production
        session.press(.character("g"))
        var lines = Self.allLines(&session)
        let inProduction = try TUI.latestCount(Vocabulary.statuses[0])
        #expect(TUI.render(session).lines[1].hasPrefix(" Graphique de la sélection : \(inProduction) initiatives"))
        #expect(try #require(Self.line(lines, section: "Statut", label: "Solution en production")).contains(" \(inProduction)  100 %  ██"))
        #expect(Self.line(lines, section: "Statut", label: "Développement de la solution") == nil)
        let portfolioSum = lines.drop { !$0.hasPrefix(" Portefeuille") }.dropFirst().prefix { !$0.isEmpty }
            .compactMap { line in line.split(separator: " ").first { Int($0) != nil }.flatMap { Int($0) } }.reduce(0, +)
        #expect(portfolioSum == inProduction)
        // Back to the list, both editions: an edition section appears.
        session.press(.character("q"))
        #expect(session.state.view == .list && !session.isFinished)
        session.press(.character("c"), .tab, .character("c"))
        #expect(session.state.focus == .facet(.edition))
        session.press(.character("g"))
        lines = Self.allLines(&session)
        #expect(try TUI.render(session).lines[1].hasPrefix(" Graphique de la sélection : \(PublishedFacts.previousInitiatives + PublishedFacts.latestInitiatives) initiatives"))
        #expect(try #require(Self.line(lines, section: "Édition", label: "2025")).contains(" \(PublishedFacts.latestInitiatives) "))
        #expect(try #require(Self.line(lines, section: "Édition", label: "2024")).contains(" \(PublishedFacts.previousInitiatives) "))
    }

    @Test func keysOfTheChartView() throws {
        var session = try TUI.editionsSession(TermSize(columns: 80, rows: 24))
        session.press(.character("g"))
        #expect(TUI.render(session).lines[23].hasPrefix(" Échap q liste  e exporter  ? aide"))
        session.press(.down, .down)
        #expect(session.state.figuresScroll == 2)
        session.handle(.mouse(MouseEvent(.wheelDown, row: 5, column: 5)))
        #expect(session.state.figuresScroll == 5)
        session.press(.end)
        #expect(!TUI.render(session).text.contains("↓"))
        session.press(.character("L"))
        #expect(TUI.render(session).text.contains("Public bodies") == false)  // the interface stays French
        session.press(.home)
        #expect(TUI.render(session).text.contains(" Health and Social S…(Network)  70  27 %"))
        session.press(.escape)
        #expect(session.state.view == .list)
        session.press(.character("g"), .character("g"))
        #expect(session.state.view == .list)
        session.press(.character("g"), .character("d"))
        #expect(session.state.view == .comparison)
        session.press(.character("?"))
        #expect(session.state.helpVisible && session.state.view == .comparison)
        session.press(.escape, .character("q"), .character("q"))
        #expect(session.isFinished)
    }

    @Test func chartFitsNarrowTerminalsAndAnEmptySelection() throws {
        var session = try TUI.editionsSession(TermSize(columns: 60, rows: 16))
        session.press(.character("g"))
        let lines = Self.allLines(&session)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 59 })
        let inProduction = try TUI.latestCount(Vocabulary.statuses[0])
        #expect(try #require(Self.line(lines, section: "Statut", label: "Solution en product…"))
            .contains(" \(inProduction)  \(try TUI.latestShare(inProduction)) %  ██"))
        session.handle(.resize(TermSize(columns: 40, rows: 10)))
        #expect(TUI.render(session).text.contains("Terminal trop petit"))
        session.handle(.resize(TermSize(columns: 100, rows: 30)))
        #expect(session.state.view == .chart)
        session.press(.escape)
        session.type("/zzzzzz")
        session.press(.enter, .character("g"))
        #expect(TUI.render(session).lines[2] == " Aucune initiative dans la sélection.")
    }

    @Test func englishChart() throws {
        var session = try TUI.editionsSession(TermSize(columns: 80, rows: 24), interface: .en)
        session.press(.character("g"))
        let lines = Self.allLines(&session)
        #expect(try TUI.render(session).lines[1].hasPrefix(" Chart of the selection: \(PublishedFacts.latestInitiatives) initiatives"))
        let inProduction = try TUI.latestCount(Vocabulary.statuses[0])
        #expect(try #require(Self.line(lines, section: "Status", label: "Solution in production"))
            .contains(" \(inProduction)  \(try TUI.latestShare(inProduction))%  ██"))
        #expect(lines.contains(" Public bodies: the top 10 of 82"))
    }
}
