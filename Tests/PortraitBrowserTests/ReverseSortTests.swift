import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// `s` chooses the column the results are sorted on, `S` turns the order the other way; the column's
/// title and the status line carry the arrow, and `y`'s command says `--descending`.
@Suite struct ReverseSortTests {
    @Test func sThenSSortsByNameDescendingWithTheArrowInTheTitle() throws {
        var session = try TUI.session(TermSize(columns: 80, rows: 24))
        let store = session.state.store
        session.press(.character("s"))  // file order → name
        #expect(session.state.query.sort == .name)
        let ascending = session.state.selection.rows
        #expect(TUI.render(session).text.contains("Nom ↑"))
        session.press(.character("S"))
        #expect(session.state.query.descending)
        #expect(session.state.selection.rows == Array(ascending.reversed()))
        var query = Query(sort: .name)
        query.descending = true
        #expect(store.select(query).rows == session.state.selection.rows)
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "sort-name-descending-80x24")
        #expect(screen.text.contains("Nom ↓"))
        #expect(screen.text.contains("tri : nom ↓"))
        session.press(.character("y"))
        #expect(session.state.commandLine == "portrait query --sort name --descending --labels fr")
        // S again: ascending.
        session.press(.character("S"))
        #expect(session.state.selection.rows == ascending)
    }

    @Test(arguments: [Language.fr, .en])
    func everyColumnShowsItsArrowAt120x40(interface: Language) throws {
        var session = try TUI.session(TermSize(columns: 120, rows: 40), interface: interface)
        let titles: [(SortKey, String)] = interface == .fr
            ? [(.name, "Nom"), (.facet(.organisation), "Organisme"), (.facet(.portfolio), ""), (.facet(.category), "Catégorie"), (.facet(.status), "Statut")]
            : [(.name, "Name"), (.facet(.organisation), "Public body"), (.facet(.portfolio), ""), (.facet(.category), "Category"), (.facet(.status), "Status")]
        for (key, title) in titles {
            session.press(.character("s"))
            #expect(session.state.query.sort == key)
            session.press(.character("S"))
            let screen = TUI.render(session)
            let header = try #require(screen.lines[session.state.layout.resultsHeaderRow...].first)
            if title.isEmpty {
                #expect(!header.contains("↓"), "no column for the portfolio")
            } else {
                #expect(header.contains(title + " ↓"), "\(header)")
                #expect(header.filter { $0 == "↓" }.count == 1)
            }
            if key == .facet(.status) { try TUI.expectSnapshot(screen, "sort-status-descending-120x40-" + interface.rawValue) }
            session.press(.character("S"))
        }
    }

    @Test func fileOrderReversedIsTheLastRowReadFirst() throws {
        var session = try TUI.session()
        let rows = session.state.selection.rows
        session.press(.character("S"))
        #expect(session.state.selection.rows == Array(rows.reversed()))
        #expect(TUI.render(session).text.contains("tri : fichier ↓"))
    }

    @Test func theArrowFollowsTheNameBeforeTheMarksLegend() throws {
        var session = try TUI.editionsSession(TermSize(columns: 80, rows: 24))
        session.press(.character("s"))
        #expect(TUI.render(session).text.contains("Nom ↑  + nouvelle"))
        session.press(.character("S"))
        #expect(TUI.render(session).text.contains("Nom ↓  + nouvelle"))
    }
}
