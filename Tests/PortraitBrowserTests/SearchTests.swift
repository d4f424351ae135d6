import PortraitCore
import PortraitBrowser
import Testing
import PortraitTestSupport

/// Search as you type: every keystroke narrows the results, matches are highlighted, Enter keeps the
/// search and Esc clears it.
@Suite struct SearchTests {
    @Test func eachKeystrokeNarrowsTheResults() throws {
        var session = try TUI.session()
        let store = session.state.store
        session.press(.character("/"))
        #expect(session.state.scope == .search)
        var previous = try PublishedFacts.latestInitiatives
        var seen: [Int] = []
        for character in "forêt" {
            session.type(String(character))
            let shown = try #require(TUI.shownCount(TUI.render(session)))
            #expect(shown <= previous)
            previous = shown
            seen.append(shown)
        }
        let expected = store.select(Query(search: "foret")).rows.count
        #expect(previous == expected)
        #expect(seen.first ?? 0 > expected)
        // Typed letters are search text, not commands.
        #expect(!session.isFinished)
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "search-foret-100x30")
        #expect(screen.lines[0].contains("Recherche : forêt"))
        #expect(screen.cursor?.row == 0)
        // Enter keeps the search and moves to the results.
        session.press(.enter)
        #expect(session.state.scope == .list)
        #expect(session.state.focus == .results)
        #expect(TUI.shownCount(TUI.render(session)) == expected)
        #expect(TUI.render(session).text.contains("« forêt »"))
        // / starts a new search, replacing the kept one; Backspace and more words.
        session.press(.character("/"))
        #expect(session.state.query.search.isEmpty)
        #expect(session.state.selection.rows.count == store.count)
        session.type("forêt")
        session.press(.backspace)
        #expect(session.state.query.search == "forê")
        session.type("t cartographie")
        #expect(TUI.shownCount(TUI.render(session)) == store.select(Query(search: "foret cartographie")).rows.count)
        // Esc clears it.
        session.press(.escape)
        #expect(session.state.query.search.isEmpty)
        #expect(try TUI.shownCount(TUI.render(session)) == PublishedFacts.latestInitiatives)
    }

    @Test func matchesAreHighlightedInTheList() throws {
        var session = try TUI.session()
        session.press(.character("/"))
        session.type("cartographie")
        let screen = TUI.render(session)
        let match = try #require(screen.find("Cartographie"))
        #expect(screen.style(row: match.row, column: match.column).contains(.match))
        #expect(screen.style(row: match.row, column: match.column).contains(.underline))
        #expect(!screen.style(row: match.row, column: match.column + 13).contains(.match))
    }

    @Test func noMatchSaysSo() throws {
        var session = try TUI.session()
        session.press(.character("/"))
        session.type("zzzzqq")
        let screen = TUI.render(session)
        #expect(TUI.shownCount(screen) == 0)
        #expect(screen.text.contains("Aucune initiative ne correspond"))
        session.press(.enter, .enter)
        #expect(session.state.view == .list)
    }

    @Test func highlightFollowsAccentFolding() {
        let marks = SearchMarks.marks("Ministère des Forêts", words: ["foret"])
        let marked = String(zip("Ministère des Forêts", marks).filter(\.1).map(\.0))
        #expect(marked == "Forêt")
        #expect(SearchMarks.marks("Œuvre", words: ["oeuvre"]).allSatisfy { $0 })
        #expect(SearchMarks.marks("abc", words: []) == [false, false, false])
    }

    @Test func aLongSearchScrollsSidewaysKeepingItsEndAndTheCursorVisible() throws {
        var session = try TUI.session(TermSize(columns: 80, rows: 24))
        session.press(.character("/"))
        let text = String(repeating: "forêt ", count: 15) + "fin"
        session.type(text)
        let screen = TUI.render(session)
        let line = screen.lines[0]
        #expect(line.hasPrefix(" Recherche : …"))
        #expect(line.hasSuffix("forêt fin"))
        #expect(DisplayWidth.of(line) <= 79)
        let cursor = try #require(screen.cursor)
        #expect(cursor.row == 0)
        #expect(cursor.column == DisplayWidth.of(line))
        #expect(cursor.column < 80)
        // A short search is shown whole, the cursor right after it.
        session.press(.control("u"))
        session.type("forêt")
        let short = TUI.render(session)
        #expect(short.lines[0].hasPrefix(" Recherche : forêt "))
        #expect(short.cursor?.column == DisplayWidth.of(" Recherche : forêt"))
    }
}
