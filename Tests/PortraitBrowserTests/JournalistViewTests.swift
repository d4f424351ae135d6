import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// Issue 14's question on one screen: health-network bodies with conversational agents in production,
/// and what they say they gain (the benefits column at 120 columns and more), then `y`: the
/// `portrait query` command that gives the same list, shown and copied.
@Suite struct JournalistViewTests {
    /// The codes of the journalist's portfolio, category and status in `store`.
    static func journalistCodes(_ store: PortraitStore) throws -> (portfolio: Int, category: Int, status: Int) {
        let portfolio = try #require(store.values(.portfolio).firstIndex { $0.label(.fr) == "Santé et Services sociaux (Réseau)" })
        let category = try #require(store.values(.category).firstIndex { $0.label(.fr).localizedCaseInsensitiveContains("agent conversationnel") })
        let status = try #require(store.values(.status).firstIndex { $0.term == Vocabulary.statuses[0] })
        return (portfolio, category, status)
    }

    /// Selects `code` in `pane` with the keys a person would press: Tab to the pane, ↓ to the value, Space.
    static func select(_ code: Int, in pane: Pane, _ session: inout BrowserSession) throws {
        while session.state.focus != pane { session.press(.tab) }
        let line = try #require(session.state.values(in: pane).firstIndex(of: code))
        for _ in 0..<line { session.press(.down) }
        session.press(.character(" "))
    }

    /// The journalist's list on both embedded editions (the latest selected), as `portrait` opens them.
    static func journalistSession(_ size: TermSize, interface: Language = .fr) throws -> BrowserSession {
        var session = try TUI.editionsSession(size, interface: interface)
        let codes = try journalistCodes(session.state.store)
        try select(codes.portfolio, in: .facet(.portfolio), &session)
        try select(codes.category, in: .facet(.category), &session)
        try select(codes.status, in: .facet(.status), &session)
        session.press(.tab, .tab)  // past the edition pane to the results
        return session
    }

    @Test(arguments: [Language.fr, .en])
    func benefitsColumnAt120x40(interface: Language) throws {
        let session = try Self.journalistSession(TermSize(columns: 120, rows: 40), interface: interface)
        let state = session.state
        #expect(!state.selection.rows.isEmpty)
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "journalist-120x40-" + interface.rawValue)
        let header = try #require(screen.lines.first { $0.contains(interface == .fr ? "Bénéfices" : "Benefits") })
        #expect(header.contains(interface == .fr ? "Nom" : "Name"))
        // Every initiative of the answer on the one screen, each with the start of its benefits.
        #expect(state.selection.rows.count <= state.layout.results.height)
        let column = try #require(state.layout.resultColumns.last)
        for row in state.selection.rows {
            let benefits = TerminalSafe.visible(state.store.text(.benefits, row: row))
            let start = String(benefits.prefix(min(column - 1, 12)))
            #expect(screen.text.contains(start), "\(start)")
        }
        // The name keeps the widest column.
        #expect(state.layout.resultColumns[0] == state.layout.resultColumns.max())
    }

    @Test func noBenefitsColumnBelow120Columns() throws {
        for size in [TermSize(columns: 80, rows: 24), TermSize(columns: 119, rows: 40)] {
            let session = try Self.journalistSession(size)
            #expect(session.state.layout.resultColumns.count == 4)
            let screen = TUI.render(session)
            #expect(!screen.text.contains("Bénéfices"))
            #expect(screen.lines.allSatisfy { $0.count <= size.columns })
        }
    }

    @Test func searchWordsAreHighlightedInTheBenefitsColumn() throws {
        var session = try TUI.editionsSession(TermSize(columns: 160, rows: 40))
        let store = session.state.store
        // A word that begins a word of some benefit: the first word of the first row's benefits.
        let row = try #require((0..<store.count).first { !store.text(.benefits, row: $0).isEmpty })
        let word = try #require(store.text(.benefits, row: row).split(separator: " ").first.map(String.init))
        session.press(.character("/"))
        session.type(word)
        session.press(.enter)
        let screen = TUI.render(session)
        let layout = session.state.layout
        let start = layout.resultColumns.dropLast().reduce(Layout.gutter) { $0 + $1 + 1 }
        let highlighted = (layout.results.row..<(layout.results.row + layout.results.height)).contains { line in
            (start..<layout.size.columns).contains { screen.style(row: line, column: $0).contains(.highlight) }
        }
        #expect(highlighted)
    }

    @Test func searchWordsAreHighlightedInTheStatusColumn() throws {
        var session = try TUI.session(TermSize(columns: 100, rows: 30))
        session.press(.character("/"))
        session.type("production")
        session.press(.enter)
        let screen = TUI.render(session)
        let layout = session.state.layout
        let widths = layout.resultColumns
        let start = Layout.gutter + widths[0] + 1 + widths[1] + 1
        let highlighted = (layout.results.row..<(layout.results.row + layout.results.height)).contains { line in
            (start..<(start + widths[2])).contains { screen.style(row: line, column: $0).contains(.highlight) }
        }
        #expect(highlighted)
    }

    @Test func yShowsAndCopiesTheQueryCommand() throws {
        var session = try Self.journalistSession(TermSize(columns: 120, rows: 40))
        session.press(.character("y"))
        let expected = "portrait query --portfolio 'Santé et Services sociaux (Réseau)' --category "
        let line = try #require(session.state.commandLine)
        #expect(line.hasPrefix(expected), "\(line)")
        #expect(line.contains("--status 'Solution en production'"), "\(line)")
        #expect(session.takeClipboard() == [line])
        #expect(session.takeClipboard().isEmpty)
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "journalist-command-120x40")
        // Wrapped on lines of their own just above the status line: joined again, the whole command.
        let lines = screen.lines
        let status = session.state.layout.statusRow
        let first = try #require(lines.firstIndex { $0.hasPrefix("portrait query") })
        #expect(lines[first..<status].joined(separator: " ") == line)
        // The next key takes it away.
        session.press(.down)
        #expect(session.state.commandLine == nil)
        #expect(!TUI.render(session).text.contains("portrait query"))
    }

    @Test func yAt80x24WrapsTheCommandToTheScreen() throws {
        var session = try Self.journalistSession(TermSize(columns: 80, rows: 24))
        session.press(.character("y"))
        let line = try #require(session.state.commandLine)
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "journalist-command-80x24")
        #expect(screen.lines.allSatisfy { $0.count <= 80 })
        let first = try #require(screen.lines.firstIndex { $0.hasPrefix("portrait query") })
        #expect(screen.lines[first..<session.state.layout.statusRow].joined(separator: " ") == line)
    }

    @Test func theCommandNamesSortBenefitsSearchAndLabels() throws {
        let store = try TUI.embeddedStore()
        let benefit = try #require(store.benefitFacet.values.first)
        var query = Query(search: "agent", sort: .facet(.status))
        query.benefits = [0]
        let arguments = QueryCommandLine.arguments(store: store, query: query, labels: .en, reading: ReadingArguments(files: ["a b.csv"], sample: true))
        #expect(arguments == ["query", "--benefit", benefit, "--search", "agent", "--sort", "status", "--labels", "en"])
        #expect(QueryCommandLine.line(["query", "--search", "agent"], files: ["a b.csv"]) == "portrait query --search agent 'a b.csv'")
        #expect(QueryCommandLine.line(["query"], files: ["-a.csv"]) == "portrait query -- -a.csv")
        #expect(QueryCommandLine.line(["query", "--search", "l'agent"]) == "portrait query --search 'l'\\''agent'")
        // --sample only stands for the embedded editions, when no file is named.
        #expect(QueryCommandLine.arguments(store: store, query: Query(), labels: .fr, reading: ReadingArguments(sample: true))
                == ["query", "--labels", "fr", "--sample"])
    }

    @Test func withNoFileOnlyTheLatestEditionAloneHasACommand() throws {
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        #expect(session.state.queryArguments == ["query", "--labels", "fr"])
        // Both editions: `portrait query` with no file cannot read the older one.
        while session.state.focus != .facet(.edition) { session.press(.tab) }
        session.press(.down, .character(" "))
        #expect(session.state.queryArguments == nil)
        session.press(.character("y"))
        #expect(session.state.commandLine == nil)
        #expect(session.takeClipboard().isEmpty)
        #expect(TUI.render(session).text.contains("pas de commande : sans fichier, portrait query ne lit que la dernière édition"))
    }

    @Test func withFilesTheCommandNamesTheFilesOfTheEditionsKept() throws {
        let store = try TUI.editionsStore()
        // One file per edition, in the order they were read.
        let files = store.values(.edition).map { UserPath("portrait-\($0.raw).csv") }
        var session = BrowserSession(state: BrowserState(store: store, sourceName: "a, b", size: TermSize(columns: 100, rows: 30),
                                                         latestEditionOnly: true, reading: ReadingArguments(files: files)))
        #expect(session.state.queryArguments == ["query", "--labels", "fr"])
        #expect(session.state.commandReading?.files == ["portrait-2025.csv"])
        // No edition chosen: every file.
        while session.state.focus != .facet(.edition) { session.press(.tab) }
        session.press(.character("c"))
        #expect(session.state.queryArguments == ["query", "--labels", "fr"])
        #expect(session.state.commandReading?.files == files)
    }
}
