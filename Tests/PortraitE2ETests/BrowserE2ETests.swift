import Foundation
import Testing

/// The real browser in a real terminal (tmux): first screen and resize, search, toggle and export,
/// and the terminal given back after q and after Ctrl-C.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct BrowserE2ETests {
    @Test func firstScreenAt100x30ThenResizedTo80x24() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Tmux(columns: 100, rows: 30, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.type(Binary.shellQuoted)
        try tmux.press("Enter")
        let wide = try tmux.waitFor(text: "258 / 258 initiatives")
        for title in ["Portefeuille", "Catégorie", "Statut", "Solution en production", "1–9/19"] {
            #expect(wide.contains(title), "\(title)")
        }
        try tmux.resize(columns: 80, rows: 24)
        let narrow = try tmux.waitFor("the 80×24 layout") { $0.contains("1–7/19") && $0.contains("258 / 258 initiatives") }
        for title in ["Portefeuille", "Catégorie", "Statut"] { #expect(narrow.contains(title), "\(title)") }
        #expect(narrow.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= 80 })
        try tmux.type("q")
        try tmux.waitForPrompt()
        tmux.close()
        #expect(!tmux.isRunning)
    }

    @Test func searchToggleExportAndTerminalRestored() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let searched = try Binary.run(["query", "--search", "foret", "--format", "json"])
        #expect(searched.status == 0)
        let matches = try #require(try JSONSerialization.jsonObject(with: searched.stdout) as? [Any]).count
        let exported = try Binary.run(["query", "--status", "Solution en production", "--search", "foret", "--format", "csv"])
        #expect(exported.status == 0)

        let tmux = try Tmux(columns: 100, rows: 30, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.type(Binary.shellQuoted)
        try tmux.press("Enter")
        try tmux.waitFor(text: "258 / 258 initiatives")
        try tmux.type("/foret")
        try tmux.press("Enter")
        try tmux.waitFor(text: "\(matches) / 258 initiatives")
        // After Enter the results have the focus; Shift-Tab goes back to the status pane, whose first
        // value is "Solution en production".
        try tmux.press("BTab")
        try tmux.waitFor(text: "▸ Statut")
        try tmux.press("Space")
        try tmux.waitFor(text: "[x] Solution en production")
        try tmux.type("e")
        try tmux.waitFor(text: "Exporter vers :")
        try tmux.press("Enter")
        try tmux.waitFor(text: "initiatives exportées vers portrait-selection-")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1)
        let name = try #require(files.first)
        #expect(name.hasPrefix("portrait-selection-") && name.hasSuffix(".csv"))
        let written = try Data(contentsOf: folder.appendingPathComponent(name))
        #expect(written == exported.stdout)

        try tmux.type("q")
        try tmux.waitForPrompt()
        try tmux.type("stty -a; echo stty-done")
        try tmux.press("Enter")
        let modes = try tmux.waitFor(text: "stty-done\n")
        #expect(Self.hasMode("echo", in: modes))
        #expect(Self.hasMode("icanon", in: modes))
    }

    @Test func terminalRestoredAfterControlC() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Tmux(columns: 80, rows: 24, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.type(Binary.shellQuoted)
        try tmux.press("Enter")
        try tmux.waitFor(text: "258 / 258 initiatives")
        try tmux.press("C-c")
        try tmux.waitForPrompt()
        try tmux.type("echo status=$?")
        try tmux.press("Enter")
        try tmux.waitFor(text: "status=130")
        try tmux.type("stty -a; echo stty-done")
        try tmux.press("Enter")
        let modes = try tmux.waitFor(text: "stty-done\n")
        #expect(Self.hasMode("echo", in: modes))
        #expect(Self.hasMode("icanon", in: modes))
    }

    /// Whether `stty -a` output lists `mode` as on (not preceded by "-").
    static func hasMode(_ mode: String, in text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains { $0 == mode }
    }
}

/// The browse command without a terminal, and its text outputs.
@Suite struct BrowseCommandTests {
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
        #expect(text.contains("258 / 258 initiatives"))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 31)
        let keys = try Binary.run(["browse", "--print-keys", "--lang", "en"])
        #expect(String(decoding: keys.stdout, as: UTF8.self).hasPrefix("| Keys | Action |"))
    }
}
