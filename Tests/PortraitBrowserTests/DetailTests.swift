import PortraitCore
import PortraitBrowser
import Testing

/// The detail view: every field, the category's definition, the position, next and previous, Esc back.
@Suite struct DetailTests {
    @Test func detailShowsEveryFieldAndMovesThroughTheResults() throws {
        var session = try TUI.session()
        let store = session.state.store
        session.press(.character("/"))
        session.type("foret")
        session.press(.enter)
        let total = session.state.selection.rows.count
        session.press(.down)
        session.press(.enter)
        #expect(session.state.view == .detail)
        var screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "detail-foret-2-100x30")
        let row = try #require(session.state.currentRow)
        #expect(screen.text.contains("Initiative 2 / \(total)"))
        for field in Field.allCases { #expect(screen.text.contains(field.title(.fr)), "\(field)") }
        #expect(screen.text.contains(store.text(.status, row: row)))
        let definition = try #require(store.value(.category, row: row).term?.definition(.fr))
        #expect(screen.text.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
            .contains(definition.prefix(30)))
        #expect(screen.cells.joined().contains { $0.style.contains(.match) })
        // Next and previous without leaving.
        session.press(.right)
        #expect(TUI.render(session).text.contains("Initiative 3 / \(total)"))
        session.press(.character("p"), .character("p"), .character("p"))
        #expect(TUI.render(session).text.contains("Initiative 1 / \(total)"))
        session.press(.character("n"))
        // Esc returns to the list, on the initiative last shown.
        session.press(.escape)
        #expect(session.state.view == .list)
        #expect(session.state.focus == .results)
        #expect(session.state.cursor(.results) == 1)
        screen = TUI.render(session)
        #expect(screen.lines.contains { $0.hasPrefix("▸ ") && !$0.contains("Nom") })
    }

    @Test func englishLabelsGiveTheEnglishDefinition() throws {
        var session = try TUI.session()
        session.press(.character("L"), .backTab, .enter)
        let row = try #require(session.state.currentRow)
        let definition = try #require(session.state.store.value(.category, row: row).term?.definition(.en))
        let text = TUI.render(session).text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(text.contains(definition.split(separator: " ").prefix(6).joined(separator: " ")))
    }

    @Test func extraColumnsLongTextsAndWideCharacters() throws {
        let benefit = String(repeating: "Des bénéfices très longs pour tester le retour à la ligne. ", count: 12)
        let csv = """
            Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut,Note interne
            人工知能の試験 with a \u{1B}[31mred\u{1B}[0m escape,Automatisation,Organisme Ａ,Finances,\(benefit),Solution en production,à revoir
            Second,Automatisation,Organisme B,Finances,Court,Solution en production,
            """
        var session = try TUI.session(TermSize(columns: 80, rows: 24), store: try TUI.store(csv: csv))
        var screen = TUI.render(session)
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(screen.text.contains("人工知能の試験"))
        #expect(screen.text.contains("␛"))
        #expect(!screen.text.contains("\u{1B}"))
        session.press(.backTab, .enter)
        screen = TUI.render(session)
        #expect(screen.text.contains("人工知能の試験 with a ␛[31mred␛[0m escape"))
        #expect(screen.text.contains("↓"))  // more below
        session.press(.pageDown)
        #expect(session.state.detailScroll > 0)
        session.press(.pageDown, .pageDown)
        screen = TUI.render(session)
        #expect(screen.text.contains("Note interne"))
        #expect(screen.text.contains("à revoir"))
        #expect(!screen.text.contains("↓"))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        session.press(.right)
        #expect(session.state.detailScroll == 0)
        #expect(TUI.render(session).text.contains("Initiative 2 / 2"))
    }
}
