import Foundation
import PortraitCore
import PortraitBrowser
import Testing
import PortraitTestSupport

/// The first screen, at the comfortable and the smallest usual sizes, and below the minimum.
@Suite struct FirstScreenTests {
    @Test func firstScreenAt100x30() throws {
        let session = try TUI.session(TermSize(columns: 100, rows: 30))
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "first-100x30")
        let text = screen.text
        for title in ["Portefeuille", "Catégorie", "Statut", "Nom", "Organisme"] { #expect(text.contains(title)) }
        #expect(try screen.lines[28].hasPrefix(" " + PublishedFacts.allLatestShown))
        #expect(TUI.count(on: screen, value: "Solution en production") == (try TUI.inProduction))
        #expect(TUI.count(on: screen, value: "Automatisation") == 36)
        // The focused pane's title is reversed: visible without colour.
        let title = try #require(screen.find("Portefeuille"))
        #expect(screen.style(row: title.row, column: title.column).contains(.reverse))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 100 })
    }

    @Test func firstScreenAt80x24() throws {
        let session = try TUI.session(TermSize(columns: 80, rows: 24))
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "first-80x24")
        #expect(try screen.lines[22].hasPrefix(" " + PublishedFacts.allLatestShown))
        for title in ["Portefeuille", "Catégorie", "Statut"] { #expect(screen.text.contains(title)) }
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func englishInterface() throws {
        var session = try TUI.session(TermSize(columns: 100, rows: 30), interface: .en)
        var screen = TUI.render(session)
        for title in ["Portfolio", "Category", "Status", "Public body", try PublishedFacts.allLatestShown, "no filter"] {
            #expect(screen.text.contains(title), "\(title)")
        }
        #expect(TUI.count(on: screen, value: "Solution in production") == (try TUI.inProduction))
        session.press(.character("L"))
        screen = TUI.render(session)
        #expect(TUI.count(on: screen, value: "Solution en production") == (try TUI.inProduction))
        #expect(screen.text.contains("labels FR"))
    }

    @Test func tooSmallUntilEnlarged() throws {
        var session = try TUI.session(TermSize(columns: 59, rows: 20))
        var screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "too-small-59x20")
        #expect(screen.text.contains("Terminal trop petit : 59×20"))
        #expect(screen.text.contains("au moins 60×16"))
        session.handle(.resize(TermSize(columns: 70, rows: 15)))
        #expect(TUI.render(session).text.contains("Terminal trop petit : 70×15"))
        session.handle(.resize(TermSize(columns: 60, rows: 16)))
        screen = TUI.render(session)
        #expect(!screen.text.contains("trop petit"))
        #expect(try screen.lines[14].hasPrefix(" " + PublishedFacts.allLatestShown))
        session.press(.character("q"))
        #expect(session.isFinished)
    }

    @Test func keysDoNothingWhileTooSmall() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try TUI.session(TermSize(columns: 59, rows: 15), folder: folder.path)
        let before = TUI.render(session).text
        session.press(.character("j"), .character(" "), .character("e"), .enter, .character("/"), .character("?"), .tab)
        session.handle(.mouse(MouseEvent(.press, row: 3, column: 2)))
        session.handle(.mouse(MouseEvent(.wheelDown, row: 3, column: 2)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(session.state.query == Query())
        #expect(session.state.input == nil && session.state.message == nil && !session.state.helpVisible)
        #expect(session.state.cursor(.facet(.portfolio)) == 0 && session.state.focus == .facet(.portfolio))
        #expect(TUI.render(session).text == before)
        // Enlarged, the browser is where it was; made small again, q still quits.
        session.handle(.resize(TermSize(columns: 80, rows: 24)))
        #expect(try TUI.shownCount(TUI.render(session)) == PublishedFacts.latestInitiatives)
        session.handle(.resize(TermSize(columns: 40, rows: 10)))
        session.press(.character("q"))
        #expect(session.isFinished)
    }

    @Test func resizeKeepsTheCursorVisible() throws {
        var session = try TUI.session(TermSize(columns: 100, rows: 30))
        session.press(.backTab)
        #expect(session.state.focus == .results)
        session.press(.end)
        #expect(session.state.cursor(.results) == 257)
        session.handle(.resize(TermSize(columns: 80, rows: 24)))
        let state = session.state
        #expect(state.offset(.results) <= 257 && 257 < state.offset(.results) + state.layout.results.height)
        let screen = TUI.render(session)
        #expect(screen.lines.contains { $0.hasPrefix("▸ ") && !$0.contains("Nom") })
    }
}
