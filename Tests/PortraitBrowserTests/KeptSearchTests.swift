import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// The search kept after Enter: Esc in the lists empties it, `/` replaces it with a new one.
@Suite struct KeptSearchTests {
    @Test func escInTheListClearsTheKeptSearch() throws {
        var session = try TUI.session()
        let store = session.state.store
        session.press(.character("/"))
        session.type("foret")
        session.press(.enter)
        #expect(session.state.selection.rows.count == store.select(Query(search: "foret")).rows.count)
        #expect(session.state.scope == .list)
        // In the results, then in a facet pane: Esc empties the search and every row comes back.
        session.press(.escape)
        #expect(session.state.query.search.isEmpty)
        #expect(session.state.selection.rows.count == store.count)
        #expect(TUI.render(session).lines[0].contains("tapez / pour chercher"))
        session.press(.character("/"))
        session.type("foret")
        session.press(.enter, .backTab)
        #expect(session.state.focus != .results)
        session.press(.escape)
        #expect(session.state.query.search.isEmpty)
        // Nothing else is cleared.
        session.press(.character(" "))
        let chosen = session.state.query.selected
        session.press(.escape)
        #expect(session.state.query.selected == chosen)
    }

    @Test func backspaceIsRetourArriereInFrench() throws {
        #expect(UIString.keyBackspace.text(.fr) == "Retour arrière")
        #expect(KeyHelp.hints(for: .search, .fr).map(\.keys).contains("Retour arrière"))
    }
}
