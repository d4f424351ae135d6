import Foundation
import Testing
import PortraitTestSupport

/// The browser on the embedded sample says so on its first screen (French and English), in its title, in
/// its export message and default export name, and at the end of a Markdown export; once `portrait update`
/// has stored the official editions, it opens them and says nothing of a sample.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable && CKANTestServer.isAvailable, "the browser update tests need tmux and python3"))
struct SampleNoticeBrowserE2ETests {
    @Test func theFirstScreenSaysItIsTheSampleInFrench() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Tmux(columns: 100, rows: 30, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.launchBrowser(prefix: "PORTRAIT_DATA_DIR=" + Tmux.shellQuoted(folder.appendingPathComponent("data").path) + " ")
        let first = try tmux.waitFor(text: PublishedFacts.allLatestShown + " │ édition 2025")
        // The notice and the first screen's key hints share the bottom line until the first key.
        #expect(first.contains(" échantillon illustratif — `portrait update` pour le registre officiel  Tab volets  ? aide"), "\(first)")
        #expect(first.split(separator: "\n").first?.hasSuffix("échantillon illustratif") == true)
        // The export offers a name that says "échantillon", and its message says so too.
        try tmux.type("e")
        let prompt = try tmux.waitFor(text: "Exporter vers :")
        #expect(prompt.contains("portrait-echantillon-"))
        try tmux.press("C-u")
        try tmux.type("choix.md")
        try tmux.press("Enter")
        try tmux.waitFor(text: "\(PublishedFacts.latestInitiatives) initiatives de l'échantillon illustratif exportées vers choix.md")
        let markdown = try String(contentsOf: folder.appendingPathComponent("choix.md"), encoding: .utf8)
        #expect(markdown.hasSuffix("\n\nSource : Portrait des utilisations de l'IA dans l'administration publique, édition 2025, "
            + "Ministère de la Cybersécurité et du Numérique, licence CC-BY 4.0 — échantillon illustratif — "
            + "`portrait update` pour le registre officiel\n"))
        try tmux.type("q")
        try tmux.expectTerminalRestored(status: 0)
    }

    @Test func theFirstScreenSaysItIsTheSampleInEnglish() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Tmux(columns: 100, rows: 30, directory: folder, locale: "en_CA.UTF-8")
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.launchBrowser(prefix: "PORTRAIT_DATA_DIR=" + Tmux.shellQuoted(folder.appendingPathComponent("data").path) + " ")
        let first = try tmux.waitFor(text: PublishedFacts.allLatestShown + " │ edition 2025")
        #expect(first.contains(" illustrative sample — run `portrait update` for the official register"))
        try tmux.type("q")
        try tmux.expectTerminalRestored(status: 0)
    }

    @Test func theBrowserOpensTheOfficialEditionsOnceStored() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let server = try CKANTestServer()
        defer { server.stop() }
        let update = try Binary.run(["update", "--catalog", server.actionAPI], environment: ["PORTRAIT_DATA_DIR": data.path])
        #expect(update.status == 0, "\(update.stderr)")
        let tmux = try Tmux(columns: 100, rows: 30, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.launchBrowser(prefix: "PORTRAIT_DATA_DIR=" + Tmux.shellQuoted(data.path) + " ")
        let first = try tmux.waitFor(text: "117 / 117 initiatives │ édition 2025")
        #expect(!first.contains("échantillon"))
        // The title says official, the editions, the catalogue's host and the day they were retrieved.
        let day = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        #expect(first.split(separator: "\n").first?.hasSuffix("éditions officielles 2024, 2025 (127.0.0.1, \(day))") == true,
                "\(first.split(separator: "\n").first ?? "")")
        #expect(!first.contains("portrait-2024.csv"))
        #expect(first.contains("[ ] 2024                     90"))
        // The help says it in full: each edition's title, publisher, licence, address and retrieval date.
        try tmux.type("?")
        try tmux.press("End")
        let help = try tmux.waitFor(text: "D'où viennent les lignes")
        // (The lines wrap at spaces: the words are checked one by one.)
        #expect(help.contains("récupéré") && help.contains(day) && help.contains("http://127.0.0.1:"), "\(help)")
        #expect(help.contains("Ministère de la Cybersécurité") && help.contains("CC-BY 4.0"), "\(help)")
        try tmux.press("Escape")
        // `diff` names its two sources the same way.
        let diff = try Binary.run(["diff", "--lang", "fr"], environment: ["PORTRAIT_DATA_DIR": data.path])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(String(decoding: diff.stdout, as: UTF8.self)
            .hasSuffix("\nSources : éditions officielles 2024, 2025 (127.0.0.1, \(day))\n"))
        try tmux.type("e")
        #expect(try tmux.waitFor(text: "Exporter vers :").contains("portrait-selection-"))
        try tmux.press("Escape")
        try tmux.type("q")
        try tmux.expectTerminalRestored(status: 0)
    }
}
