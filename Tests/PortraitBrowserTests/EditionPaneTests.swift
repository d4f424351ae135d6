import Foundation
import PortraitCore
import PortraitBrowser
import Testing
import PortraitTestSupport

/// Both embedded editions in one browser: the Édition pane (latest selected at the start), switching and
/// combining editions, and a single file looking as it always did.
@Suite struct EditionPaneTests {
    /// Initiatives of both editions together, as published.
    static var both: Int { get throws { try PublishedFacts.previousInitiatives + PublishedFacts.latestInitiatives } }

    @Test func firstScreenSaysTheLatestEditionAt100x30() throws {
        let session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "editions-first-100x30")
        #expect(try screen.lines[28].hasPrefix(" " + PublishedFacts.allLatestShown + " │ édition 2025 │ aucun filtre"))
        #expect(try TUI.count(on: screen, value: "2025") == PublishedFacts.latestInitiatives)
        #expect(try TUI.count(on: screen, value: "2024") == PublishedFacts.previousInitiatives)
        #expect(screen.text.contains("[x] 2025"))
        #expect(TUI.count(on: screen, value: "Solution en production") == (try TUI.latestCount(Vocabulary.statuses[0])))
        // The edition pane sits under the status pane, in its column, ending with the other panes.
        let layout = session.state.layout
        #expect(layout.facetPanes.count == 4)
        #expect(layout.facetPanes[3].column == layout.facetPanes[2].column)
        #expect(layout.facetPanes[3].row + layout.facetPanes[3].height == layout.facetPanes[0].row + layout.facetPanes[0].height)
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 100 })
    }

    @Test func firstScreenAt80x24AndBesideTheOthersWhenShort() throws {
        var session = try TUI.editionsSession(TermSize(columns: 80, rows: 24))
        var screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "editions-first-80x24")
        #expect(try screen.lines[22].hasPrefix(" " + PublishedFacts.allLatestShown + " │ édition 2025"))
        #expect(session.state.layout.facetPanes[3].column == session.state.layout.facetPanes[2].column)
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        // At the smallest size the panes are too short to stack: the edition pane is a fourth column.
        session.handle(.resize(TermSize(columns: 60, rows: 16)))
        screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "editions-first-60x16")
        let panes = session.state.layout.facetPanes
        #expect(panes.count == 4 && panes[3].column > panes[2].column)
        #expect(try TUI.count(on: screen, value: "2024") == PublishedFacts.previousInitiatives)
        #expect(try screen.lines[14].hasPrefix(" " + PublishedFacts.allLatestShown))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 60 })
    }

    @Test func switchingAndCombiningEditions() throws {
        var session = try TUI.editionsSession()
        session.press(.tab, .tab, .tab)
        #expect(session.state.focus == .facet(.edition))
        session.press(.down, .character(" "))  // 2024 as well
        var screen = TUI.render(session)
        #expect(try screen.lines[28].hasPrefix(" \(Self.both) / \(Self.both) initiatives │ éditions 2024 + 2025 │ aucun filtre"))
        // The list mixes the editions: each name starts with its edition (after the mark of the 2025 ones).
        let mixed = TUI.render(session).lines[session.state.layout.results.row...].prefix(session.state.layout.results.height)
        #expect(mixed.allSatisfy { $0.dropFirst(4).hasPrefix("2024 ") || $0.dropFirst(4).hasPrefix("2025 ") })
        #expect(mixed.contains { $0.dropFirst(4).hasPrefix("2024 ") })
        session.press(.up, .character(" "))  // 2025 off: 2024 alone
        screen = TUI.render(session)
        #expect(try screen.lines[28].hasPrefix(" \(PublishedFacts.previousInitiatives) / \(PublishedFacts.previousInitiatives) initiatives │ édition 2024"))
        #expect(!screen.lines[session.state.layout.results.row].dropFirst(2).hasPrefix("2024 "))
        // Counts in the other panes are those of 2024; the edition counts stay those of each edition.
        let store = session.state.store
        let edition2024 = try #require(store.values(.edition).firstIndex { $0.raw == "2024" })
        let production = try #require(store.values(.status).firstIndex { $0.label(.fr) == "Solution en production" })
        let only2024 = store.select(Query(selected: [.edition: [edition2024]]))
        #expect(TUI.count(on: screen, value: "Solution en production") == only2024.count(.status, production))
        #expect(try TUI.count(on: screen, value: "2025") == PublishedFacts.latestInitiatives)
        // c in the edition pane: every edition.
        session.press(.character("c"))
        #expect(try TUI.render(session).lines[28].hasPrefix(" \(Self.both) / \(Self.both) initiatives │ éditions 2024 + 2025"))
        // Tab goes from the edition pane to the results, and round.
        session.press(.tab)
        #expect(session.state.focus == .results)
        session.press(.tab)
        #expect(session.state.focus == .facet(.portfolio))
        session.press(.backTab, .backTab)
        #expect(session.state.focus == .facet(.edition))
    }

    @Test func clearingEverythingKeepsTheEditionChosen() throws {
        var session = try TUI.editionsSession()
        session.press(.tab, .tab, .character(" "))  // Solution en production
        session.type("/foret")
        session.press(.enter)
        #expect(TUI.shownCount(TUI.render(session)) ?? 0 < (try TUI.latestCount(Vocabulary.statuses[0])))
        session.press(.character("C"))
        let screen = TUI.render(session)
        #expect(try screen.lines[28].hasPrefix(" " + PublishedFacts.allLatestShown + " │ édition 2025 │ aucun filtre"))
        #expect(session.state.query.selected[.edition]?.count == 1)
    }

    @Test func aClickSelectsAnEditionAndTheDetailNamesIt() throws {
        var session = try TUI.editionsSession()
        let value = try #require(TUI.render(session).find("[ ] 2024"))
        session.handle(.mouse(MouseEvent(.press, row: value.row, column: value.column)))
        #expect(session.state.focus == .facet(.edition))
        #expect(try TUI.shownCount(TUI.render(session)) == Self.both)
        session.press(.tab, .enter)
        let detail = TUI.render(session).text
        #expect(detail.contains("Édition"))
        #expect(detail.contains("2025") || detail.contains("2024"))
    }

    @Test func exportHasAnEditionColumnOnlyWhenTheRowsComeFromSeveralEditions() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try TUI.editionsSession(folder: folder.path)
        session.type("/foret")
        session.press(.enter, .character("e"), .control("u"))
        session.type("latest.csv")
        session.press(.enter)
        // The latest edition alone: the bytes `portrait query` writes from that edition alone.
        let latest = try TUI.embeddedStore()
        let expected = SelectionWriter.bytes(store: latest, rows: latest.select(Query(search: "foret")).rows, format: .csv)
        #expect(Array(try Data(contentsOf: folder.appendingPathComponent("latest.csv"))) == expected)
        // Both editions: the edition of each row in a last column.
        session.press(.backTab, .character("c"), .character("e"), .control("u"))
        session.type("both.json")
        session.press(.enter)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("both.json"))) as? [[String: Any]])
        #expect(Set(json.compactMap { $0["edition"] as? String }) == ["2024", "2025"])
        #expect(json.count == session.state.selection.rows.count)
    }

    @Test func aSingleFileHasNoEditionPane() throws {
        let session = try TUI.session(TermSize(columns: 100, rows: 30))
        #expect(session.state.facetPanes == Pane.facetPanes)
        #expect(session.state.layout.facetPanes.count == 3)
        let screen = TUI.render(session)
        #expect(!screen.text.contains("dition"))
        #expect(try screen.lines[28].hasPrefix(" " + PublishedFacts.allLatestShown + " │ aucun filtre"))
        // Several files opened by name: every edition at the start, none selected.
        let state = BrowserState(store: try TUI.editionsStore(), sourceName: "a, b", size: TermSize(columns: 100, rows: 30))
        #expect(state.query.isEmpty && state.facetPanes.last == .facet(.edition))
        #expect(try state.selection.rows.count == Self.both)
    }

    @Test func editionsAreOrderedLatestFirstWithNumbersComparedAsNumbers() throws {
        let header = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
        let files = ["v9", "v10", "v2"].map { name in
            ("\(name).csv", Array((header + "A \(name),Automatisation,Org,Finances,x,Solution en production\n").utf8))
        }
        let store = try Loader.load(csvFiles: files).store
        let state = BrowserState(store: store, sourceName: "x", size: TermSize(columns: 80, rows: 24), latestEditionOnly: true)
        #expect(state.values(in: .facet(.edition)).map { store.values(.edition)[$0].raw } == ["v10", "v9", "v2"])
        #expect(state.query.selected[.edition] == [1])
    }
}
