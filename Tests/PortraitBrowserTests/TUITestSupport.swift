import Foundation
import PortraitTestSupport
import PortraitCore
import PortraitData
import PortraitBrowser
import Testing

/// Helpers shared by the browser's unit tests.
enum TUI {
    /// The embedded latest edition.
    static func embeddedStore() throws -> PortraitStore {
        let latest = try #require(EmbeddedData.latest)
        return try Loader.load(csvFiles: [latest]).store
    }

    /// Both embedded editions in one store, as the browser opens them.
    static func editionsStore() throws -> PortraitStore {
        try Loader.load(csvFiles: EmbeddedData.decodedFiles).store
    }

    /// A session on both embedded editions with the latest selected, as `portrait` with no file opens.
    static func editionsSession(_ size: TermSize = TermSize(columns: 100, rows: 30), interface: Language = .fr,
                                folder: String = NSTemporaryDirectory()) throws -> BrowserSession {
        let moment = clock
        let state = BrowserState(store: try editionsStore(), sourceName: "portrait-2024.csv, portrait-2025.csv", size: size,
                                 interface: interface, latestEditionOnly: true,
                                 aliases: try OrganisationAliases.builtIn(), now: { moment })
        return BrowserSession(state: state, exporter: Exporter(workingDirectory: folder))
    }

    /// Initiatives of the latest embedded edition with the official status `term`, as the store counts
    /// them: figures of the (sample) data are read from it, never typed into a test.
    static func latestCount(_ term: Term) throws -> Int {
        let store = try embeddedStore()
        let code = try #require(store.values(.status).firstIndex { $0.term == term })
        return store.select(Query(selected: [.status: [code]])).rows.count
    }

    /// Initiatives of the latest embedded edition in production and in development, from the store.
    static var inProduction: Int { get throws { try latestCount(Vocabulary.statuses[0]) } }
    static var inDevelopment: Int { get throws { try latestCount(Vocabulary.statuses[1]) } }

    /// The share of `count` in the latest embedded edition, in whole percent as the charts round it.
    static func latestShare(_ count: Int) throws -> Int {
        Int((Double(count) * 100 / Double(try embeddedStore().count)).rounded())
    }

    /// A store from CSV text.
    static func store(csv: String) throws -> PortraitStore {
        try Loader.load(csvFiles: [("inline.csv", Array(csv.utf8))]).store
    }

    /// A fixed moment for the default export name: 2025-06-15 09:05 local time.
    static let clock: Date = {
        var parts = DateComponents()
        parts.year = 2025
        parts.month = 6
        parts.day = 15
        parts.hour = 9
        parts.minute = 5
        return Calendar(identifier: .gregorian).date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }()

    /// A session on the embedded portrait (or `store`) at `size`, exporting into `folder`.
    static func session(_ size: TermSize = TermSize(columns: 100, rows: 30), store: PortraitStore? = nil,
                        interface: Language = .fr, folder: String = NSTemporaryDirectory()) throws -> BrowserSession {
        let moment = clock
        let state = BrowserState(store: try store ?? embeddedStore(), sourceName: "portrait-2025.csv", size: size,
                                 interface: interface, now: { moment })
        return BrowserSession(state: state, exporter: Exporter(workingDirectory: folder))
    }

    /// The session's state drawn on a grid of its size.
    static func render(_ session: BrowserSession) -> GridScreen {
        let screen = GridScreen(size: session.state.size)
        Renderer.render(session.state, on: screen)
        return screen
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        try TemporaryFolders.make("tui")
    }

    /// Compares a rendered screen with `Snapshots/<name>.txt`. With PORTRAIT_RECORD_SNAPSHOTS=1 in the
    /// environment, (re)writes the file instead.
    static func expectSnapshot(_ screen: GridScreen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
        let text = screen.text + "\n"
        if ProcessInfo.processInfo.environment["PORTRAIT_RECORD_SNAPSHOTS"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt: run with PORTRAIT_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "screen differs from Snapshots/\(name).txt:\n\(text)", sourceLocation: sourceLocation)
    }

    /// The count shown at the end of the facet line that starts with `label` (after its mark).
    static func count(on screen: GridScreen, value label: String) -> Int? {
        for line in screen.lines {
            for piece in line.components(separatedBy: "│") {
                let trimmed = piece.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("[x] " + label) || trimmed.hasPrefix("[ ] " + label) else { continue }
                return trimmed.split(separator: " ").last.flatMap { Int($0) }
            }
        }
        return nil
    }

    /// The "N" of "N / M initiatives" in the status line.
    static func shownCount(_ screen: GridScreen) -> Int? {
        let status = screen.lines[screen.size.rows - 2]
        guard let slash = status.range(of: " / ") else { return nil }
        return Int(status[..<slash.lowerBound].trimmingCharacters(in: .whitespaces))
    }
}
