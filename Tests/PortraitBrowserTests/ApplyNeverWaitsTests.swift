import Foundation
import PortraitCore
@testable import PortraitBrowser
import Testing
import PortraitTestSupport

/// `apply` never waits: what it needs from the outside world it asks for as a list of effects, which the
/// session carries out in order, and the outcomes come back as messages. Edition marks of large editions
/// are made in the background; the change pane says "computing changes…" until they arrive.
@Suite struct ApplyNeverWaitsTests {
    /// Two editions of `count` initiatives each (`ChangingEditions`): together larger than
    /// `EditionMarks.matchedOnTheSpot`, so their marks are made in the background.
    static func largeEditions(count: Int = EditionMarks.matchedOnTheSpot / 2 + 1) -> [(String, [UInt8])] {
        ChangingEditions.years.map { (ChangingEditions.fileName($0), Array(ChangingEditions.csv(year: $0, count: count).utf8)) }
    }

    static func largeEditionsStore() throws -> PortraitStore {
        try Loader.load(csvFiles: largeEditions()).store
    }

    /// Polls until the marks made in the background are ready, then delivers them as the terminal loop does.
    static func deliverWhenReady(_ session: inout BrowserSession, generation: Int = 1) throws {
        let marks = try #require(session.state.editionMarks)
        let deadline = Date().addingTimeInterval(60)
        while marks.generation < generation && Date() < deadline { usleep(20_000) }
        #expect(marks.generation >= generation)
        session.marksBecameReady()
    }

    @Test func theChangePaneOfLargeEditionsAsksAndWaitsWithoutBlocking() throws {
        let store = try Self.largeEditionsStore()
        for language in [Language.fr, .en] {
            var state = BrowserState(store: store, sourceName: "x", size: TermSize(columns: 100, rows: 30), interface: language,
                                     latestEditionOnly: true)
            let marks = try #require(state.editionMarks)
            let latest = try #require(state.latestTwoEditions)
            // `v` three times: the change pane. Nobody carries out the effects here, so an `apply` that made
            // or waited for the marks itself would hang or make them; it asks for them and returns.
            var effects: [Effect] = []
            for _ in 0..<3 { effects = state.apply(.cycleFirstPane) }
            #expect(state.facetPanes.first == .change && state.focus == .change)
            #expect(effects == [.computeMarks(latest)])
            #expect(marks.generation == 0)
            #expect(state.changesPending && state.changes == nil && state.values(in: .change).isEmpty)
            let screen = GridScreen(size: state.size)
            Renderer.render(state, on: screen)
            let waiting = language == .fr ? "calcul des changements…" : "computing changes…"
            #expect(screen.lines[state.layout.facetPanes[0].row + 1].hasPrefix(waiting), "\(screen.text)")
            // Moving in the empty pane, or away and back, keeps asking and never waits.
            #expect(state.apply(.moveDown) == [.computeMarks(latest)])
            // The session carries the effect out (in the background: the editions are large), and the
            // marks come back as a message that fills the pane.
            var session = BrowserSession(state: state)
            try Self.deliverWhenReady(&session)
            #expect(!session.state.changesPending)
            let changes = try #require(EditionChanges.latestTwo(of: store))
            let counts = changes.counts(rows: session.state.selection.rows)
            #expect(session.state.values(in: .change).count == ChangeKind.allCases.count)
            for kind in ChangeKind.allCases {
                #expect(session.state.paneCount(.change, kind.classNumber) == counts[kind, default: 0], "\(kind)")
            }
            #expect(counts[.new, default: 0] == (store.count / 2 + 1) / 2)
            let filled = TUI.render(session)
            #expect(!filled.text.contains(waiting))
            #expect(filled.text.contains(language == .fr ? "nouvelle" : "new"))
            // Nothing is asked for any more.
            var after = session.state
            #expect(after.apply(.moveDown).isEmpty)
        }
    }

    @Test func aPrintedFrameHasTheMarksOfLargeEditions() throws {
        // `portrait browse --print-screen`: one frame, with its marks made at once on this thread.
        let state = BrowserState(store: try Self.largeEditionsStore(), sourceName: "x", size: TermSize(columns: 100, rows: 30),
                                 latestEditionOnly: true)
        let session = BrowserSession.printing(state)
        #expect(session.state.editionMarks?.generation == 1)
        let screen = TUI.render(session)
        #expect(screen.lines[session.state.layout.results.row].hasPrefix("› + Initiative renommée 0"), "\(screen.text)")
    }

    @Test func smallEditionsFillTheChangePaneWithinTheKey() throws {
        // Small editions are matched on the spot when the session carries out the effect: the pane is
        // filled when the key's handling ends, never shown waiting.
        var session = try TUI.editionsSession()
        session.press(.character("v"), .character("v"), .character("v"))
        #expect(session.state.facetPanes.first == .change)
        #expect(!session.state.changesPending && session.state.values(in: .change).count == ChangeKind.allCases.count)
    }

    @Test func twoEffectsOfOneApplyAreBothCarriedOutInOrder() throws {
        // Two large editions read from two files: the export carries the change column, as
        // `portrait query` does with two files, so accepting the export asks for the marks of the last two
        // editions first, then for the export.
        let store = try Self.largeEditionsStore()
        let reading = ReadingArguments(files: ["portrait-2024.csv", "portrait-2025.csv"])
        let moment = TUI.clock
        var state = BrowserState(store: store, sourceName: "x", size: TermSize(columns: 100, rows: 30), reading: reading,
                                 now: { moment })
        let latest = try #require(state.latestTwoEditions)
        state.apply(.export)
        guard case .exportPath(let name) = state.input else { Issue.record("no export prompt"); return }
        let effects = state.apply(.accept)
        #expect(effects == [.computeMarks(latest), .export(path: name, replace: false)])
        // The session carries out both, in order: the marks made (in the background), the export written
        // with them; both outcomes come back as messages.
        let folder = try TUI.temporaryFolder()
        var session = BrowserSession(state: state, exporter: Exporter(workingDirectory: folder.path))
        session.carryOut(effects)
        let written = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let lines = written.split(separator: "\r\n")
        #expect(lines.first?.hasSuffix(",Changement") == true, "\(lines.first ?? "")")
        #expect(lines.count == store.count + 1)
        let renamed = lines.filter { $0.hasPrefix("Initiative renommée ") }
        #expect(!renamed.isEmpty && renamed.allSatisfy { $0.hasSuffix(",nouvelle") }, "\(renamed.first ?? "")")
        #expect(session.state.message?.text.hasPrefix("\(store.count) initiatives exportées") == true, "\(session.state.message?.text ?? "")")
        try Self.deliverWhenReady(&session)
        #expect(session.state.latestTwoChanges != nil)
    }

    @Test func aCopyAndAnExportAreBothCarriedOut() throws {
        // Effects are a list: one does not replace another.
        let folder = try TUI.temporaryFolder()
        var session = try TUI.session(folder: folder.path)
        session.carryOut([.copy("portrait query --labels fr"), .export(path: "both.csv", replace: false)])
        #expect(session.takeClipboard() == ["portrait query --labels fr"])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("both.csv").path))
        #expect(session.state.message?.text.contains("both.csv") == true)
    }
}
