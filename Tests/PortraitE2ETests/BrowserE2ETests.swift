import Foundation
import Testing
import PortraitTestSupport

/// The real browser in a real terminal (tmux): first screen and resize, then search, toggle and export
/// at 100×30 and after a resize to 80×24, and the terminal given back after q.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct BrowserE2ETests {
    @Test func firstScreenAt100x30ThenResizedTo80x24() throws {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, _ in
            try tmux.launchBrowser()
            let all = try PublishedFacts.allLatestShown
            let wide = try tmux.waitFor(text: all)
            // Both embedded editions, the latest selected in the edition pane.
            for title in ["Portefeuille", "Catégorie", "Statut", "Solution en production", "1–9/21", "Édition", "[x] 2025",
                          "[ ] 2024", "│ édition 2025 │"] {
                #expect(wide.contains(title), "\(title)")
            }
            try tmux.resize(columns: 80, rows: 24)
            let narrow = try tmux.waitFor("the 80×24 layout") { $0.contains("1–7/21") && $0.contains(all) }
            for title in ["Portefeuille", "Catégorie", "Statut"] { #expect(narrow.contains(title), "\(title)") }
            #expect(narrow.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= 80 })
            try tmux.type("q")
            try tmux.waitForPrompt()
            tmux.close()
            #expect(!tmux.isRunning)
        }
    }

    @Test(arguments: [false, true])
    func searchToggleExportAndTerminalRestored(resized: Bool) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let searched = try Binary.run(["query", "--search", "foret", "--format", "json"])
        #expect(searched.status == 0)
        let matches = try #require(try JSONSerialization.jsonObject(with: searched.stdout) as? [Any]).count
        // The browser here speaks French (the tmux shell's locale is C.UTF-8), so its export has French labels.
        let exported = try Binary.run(["query", "--status", "Solution en production", "--search", "foret", "--format", "csv",
                                       "--labels", "fr"])
        #expect(exported.status == 0)

        try Tmux.withShell(columns: 100, rows: 30, in: folder) { tmux, _ in
            try tmux.launchBrowser()
            let all = try PublishedFacts.allLatestShown
            try tmux.waitFor(text: all)
            if resized {
                try tmux.resize(columns: 80, rows: 24)
                try tmux.waitFor("the 80×24 layout") { $0.contains("1–7/21") && $0.contains(all) }
            }
            try tmux.type("/foret")
            try tmux.press("Enter")
            try tmux.waitFor(text: "\(matches) / \(PublishedFacts.latestInitiatives) initiatives")
            // After Enter the results have the focus; Shift-Tab twice goes back past the edition pane to the
            // status pane, whose first value is "Solution en production" (cut at 80 columns).
            try tmux.press("BTab", "BTab")
            try tmux.waitFor(text: "▸ Statut")
            try tmux.press("Space")
            try tmux.waitFor(text: "[x] Solution en prod")
            try tmux.type("e")
            try tmux.waitFor(text: "Exporter vers :")
            try tmux.press("Enter")
            // On the embedded sample, the name offered and the message say so.
            let done = try tmux.waitFor(text: "initiatives de l'échantillon illustratif exportées vers portrait-echant")
            #expect(done.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= (resized ? 80 : 100) })
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(files.count == 1)
            let name = try #require(files.first)
            #expect(name.hasPrefix("portrait-echantillon-") && name.hasSuffix(".csv"))
            let written = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(written == exported.stdout)

            try tmux.type("q")
            try tmux.expectTerminalRestored(status: 0)
        }
    }
}

/// The browse command without a terminal, and its text outputs.
@Suite(.tags(.e2e)) struct BrowseCommandTests {
    @Test func withoutATerminalItPointsToQueryAndExits64() throws {
        let started = Date()
        let run = try Binary.run([], timeout: 20)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("portrait: "))
        #expect(run.stderr.contains("portrait query"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try Binary.run(["browse"]).status == 64)
    }

    @Test func printScreenAndKeys() throws {
        let screen = try Binary.run(["browse", "--print-screen", "100x30"])
        #expect(screen.status == 0)
        let text = String(decoding: screen.stdout, as: UTF8.self)
        #expect(try text.contains(PublishedFacts.allLatestShown))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 31)
        let keys = try Binary.run(["browse", "--print-keys", "--lang", "en"])
        #expect(String(decoding: keys.stdout, as: UTF8.self).hasPrefix("| Keys | Action |"))
    }
}
