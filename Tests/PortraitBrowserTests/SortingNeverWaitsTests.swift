import Foundation
import PortraitCore
@testable import PortraitBrowser
import Testing
import PortraitTestSupport

/// `apply` never waits for the store's sort positions: an order by name or by a facet that needs them
/// before they are ready keeps the rows in file order, says "sorting…" where the order is shown, and asks
/// for them (`Effect.prepareSorting`); `Command.sortingReady` then sorts the rows as `portrait query --sort`
/// does.
@Suite struct SortingNeverWaitsTests {
    /// One edition of more rows than `BrowserSession.sortedOnTheSpot`, so that a session builds its sort
    /// positions in the background. Its names ("Initiative 0", "Initiative 1", … "Initiative 10", …) are
    /// in another order by name than in the file.
    static let largeCSV = Array(ChangingEditions.csv(year: 2024, count: BrowserSession.sortedOnTheSpot + 1).utf8)

    static func largeStore() throws -> PortraitStore {
        try Loader.load(csvFiles: [("portrait-2024.csv", largeCSV)]).store
    }

    /// The rows of `query` as `portrait query` answers it: a store of its own, which sorts on the spot.
    static func queryRows(_ query: Query, language: Language = .fr) throws -> [Int] {
        try largeStore().select(query, language: language).rows
    }

    /// Polls until the store's sort positions are ready, then delivers them as the terminal loop does
    /// (the whole test takes about 3 s in the debug build, loads included; the deadline only ends a hang).
    static func deliverWhenReady(_ session: inout BrowserSession) {
        let deadline = Date().addingTimeInterval(60)
        while !session.state.store.hasSortRanks && Date() < deadline { usleep(10_000) }
        #expect(session.state.store.hasSortRanks)
        session.sortingBecameReady()
    }

    @Test func sortingBeforeThePositionsAreReadyAsksForThemAndShowsSorting() throws {
        let store = try Self.largeStore()
        let fileOrder = Array(0..<store.count)
        var states: [BrowserState] = []
        for language in [Language.fr, .en] {
            var state = BrowserState(store: store, sourceName: "x", size: TermSize(columns: 100, rows: 30), interface: language)
            state.apply(.focusResults)
            state.apply(.moveDown)
            state.apply(.moveDown)
            // Nobody carries out the effects here and nobody builds the positions: an `apply` that sorted
            // would build them itself (or, while another thread builds them, wait for it).
            let effects = state.apply(.cycleSort)
            #expect(effects == [.prepareSorting])
            #expect(!store.hasSortRanks)
            #expect(state.query.sort == .name && state.sortPending)
            #expect(state.selection.rows == fileOrder)
            #expect(state.currentRow == 2)
            let screen = GridScreen(size: state.size)
            Renderer.render(state, on: screen)
            let waiting = language == .fr ? "tri en cours… (nom ↑)" : "sorting… (name ↑)"
            #expect(screen.lines[state.layout.statusRow].contains(waiting), "\(screen.text)")
            #expect(screen.lines[state.layout.hintRow].contains(waiting), "\(screen.text)")
            // No arrow on the name column while its rows are not in its order.
            #expect(!screen.lines[state.layout.resultsHeaderRow].contains("↑"), "\(screen.text)")
            // Other keys, a search typed among them, keep asking, in file order, and never sort.
            #expect(state.apply(.moveDown) == [.prepareSorting])
            #expect(state.apply(.startSearch) == [.prepareSorting])
            #expect(state.apply(.insert("9")) == [.prepareSorting])
            #expect(state.apply(.accept) == [.prepareSorting])
            let nines = state.selection.rows
            #expect(!nines.isEmpty && nines == nines.sorted())
            #expect(state.apply(.clearSearch) == [.prepareSorting])
            #expect(!store.hasSortRanks && state.selection.rows == fileOrder)
            state.apply(.focusResults)
            state.apply(.home)
            for _ in 0..<2 { state.apply(.moveDown) }
            states.append(state)
        }
        // The session carries the effect out, in the background (the store is large); the positions come
        // back as a message that sorts the rows as `portrait query --sort name` does, the cursor still on
        // its initiative.
        let byName = try Self.queryRows(Query(sort: .name))
        #expect(byName != fileOrder)
        for (language, state) in zip([Language.fr, .en], states) {
            var session = BrowserSession(state: state)
            Self.deliverWhenReady(&session)
            #expect(!session.state.sortPending)
            #expect(session.state.selection.rows == byName)
            #expect(session.state.currentRow == 2)
            let screen = TUI.render(session)
            let sorted = language == .fr ? "tri : nom ↑" : "sort: name ↑"
            #expect(screen.lines[session.state.layout.statusRow].contains(sorted), "\(screen.text)")
            #expect(screen.lines[session.state.layout.resultsHeaderRow].contains("↑"), "\(screen.text)")
            #expect(!screen.text.contains(language == .fr ? "tri en cours" : "sorting…"))
            // Nothing is asked for any more, and the next order needs no wait.
            var after = session.state
            #expect(after.apply(.moveDown).isEmpty)
            #expect(after.apply(.cycleSort).isEmpty && !after.sortPending)
            #expect(after.selection.rows == (try Self.queryRows(Query(sort: .facet(.organisation)), language: language)))
        }
    }

    @Test func theStoreSaysWhetherItsPositionsAreReadyWhileAnotherThreadBuildsThem() throws {
        // The positions are built outside the store's lock: asking whether they are ready while another
        // thread builds them answers at once (it used to wait for the whole build). Measured in the debug
        // build: the 200,000 positions take 0.61 to 0.64 s, twelve times the 50 ms this waits before asking.
        let store = try Loader.load(csvFiles: [("big.csv", Array(ChangingEditions.csv(year: 2025, count: 200_000).utf8))]).store
        let started = Date()
        let builder = Thread { store.prepareSorting() }
        builder.start()
        usleep(50_000)
        let asked = Date()
        let ready = store.hasSortRanks
        let answer = Date().timeIntervalSince(asked)
        #expect(!ready, "the build ended within 50 ms")
        #expect(answer < 0.01, "hasSortRanks took \(answer) s")
        // A second `prepareSorting` meanwhile returns at once, without building them again.
        let again = Date()
        store.prepareSorting()
        #expect(Date().timeIntervalSince(again) < 0.01 && !store.hasSortRanks)
        let deadline = Date().addingTimeInterval(60)
        while !store.hasSortRanks && Date() < deadline { usleep(10_000) }
        print("200,000 sort positions built in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        #expect(store.hasSortRanks)
    }

    @Test func aSmallStoreIsSortedWithinTheKey() throws {
        // The session builds the positions of a small store on the spot: the rows are sorted when the
        // key's handling ends, never shown waiting.
        var session = try TUI.session()
        #expect(!session.state.store.hasSortRanks)
        session.press(.character("s"))
        #expect(!session.state.sortPending)
        #expect(session.state.selection.rows == (try TUI.embeddedStore()).select(Query(sort: .name)).rows)
        #expect(session.state.message?.text == "tri : nom ↑")
    }

    @Test func anExportAskedWhileSortingIsInTheQuerysOrder() throws {
        // `e` and Enter while the rows wait for their order: the session makes the positions before it
        // writes, so the file has the order the query names, as `portrait query --sort name` writes it.
        let folder = try TUI.temporaryFolder()
        let moment = TUI.clock
        var state = BrowserState(store: try Self.largeStore(), sourceName: "x", size: TermSize(columns: 100, rows: 30),
                                 now: { moment })
        state.apply(.cycleSort)
        state.apply(.export)
        guard case .exportPath(let name) = state.input else { Issue.record("no export prompt"); return }
        let effects = state.apply(.accept)
        #expect(effects == [.export(path: name, replace: false), .prepareSorting])
        #expect(state.sortPending && !state.store.hasSortRanks)
        var session = BrowserSession(state: state, exporter: Exporter(workingDirectory: folder.path))
        session.carryOut(effects)
        #expect(!session.state.sortPending)
        let written = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let names = written.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        let store = try Self.largeStore()
        #expect(names == (try Self.queryRows(Query(sort: .name))).map { store.names[$0] })
    }
}
