import Foundation
import PortraitTestSupport
import Testing

/// Office and ssh habits in the real browser: Tab in the export prompt goes through the formats, CSV
/// with a byte-order mark (as `query --bom` writes it) after plain CSV, and the next export starts from
/// the format used last; facet values at 0 under the current filters listed after the others.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is needed"))
struct BrowserExportFormatE2ETests {
    @Test func tabChoosesCSVWithABOMAndTheNextExportStartsFromTheLastFormat() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
            + "Agent A,Automatisation,Organisme 1,Finances,Délais,Solution en production\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("p.csv"))
        let tmux = try Tmux(columns: 120, rows: 30, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.launchBrowser(arguments: ["p.csv"])
        try tmux.waitFor(text: "1 / 1 initiatives")
        try tmux.type("e")
        #expect(try tmux.waitFor(text: "Exporter vers :").contains("Tab format"))
        try tmux.press("C-u")
        try tmux.type("tableur.csv")
        try tmux.press("Tab")
        let bom = try tmux.waitFor(text: "[CSV avec BOM, pour les tableurs]")
        #expect(bom.contains("tableur.csv"))
        try tmux.press("Enter")
        try tmux.waitFor(text: "1 initiative exportée vers tableur.csv")
        let written = try Data(contentsOf: folder.appendingPathComponent("tableur.csv"))
        #expect(Array(written.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // The same bytes as `portrait query --bom`.
        let query = try Binary.run(["query", "--bom", "--lang", "fr", folder.appendingPathComponent("p.csv").path])
        #expect(query.status == 0 && query.stdout == written)
        // The next export starts from CSV with its BOM; Tab goes on to TSV, JSON, then Markdown.
        try tmux.type("e")
        let again = try tmux.waitFor(text: "[CSV avec BOM, pour les tableurs]")
        #expect(again.contains(".csv  [CSV avec BOM"), "\(again)")
        try tmux.press("Tab")
        try tmux.press("Tab")
        let json = try tmux.waitFor(text: ".json")
        #expect(!json.contains("[CSV avec BOM"))
        try tmux.press("Enter")
        try tmux.waitFor(text: "1 initiative exportée vers portrait-selection-")
        try tmux.type("e")
        let next = try tmux.waitFor(text: "Exporter vers :")
        #expect(next.contains(".json  Entrée exporter"), "\(next)")
        try tmux.press("Escape")
        try tmux.type("q")
        try tmux.expectTerminalRestored(status: 0)
    }

    /// In the facet panes, values with no initiative under the current filters go below the others.
    @Test func valuesAtZeroComeAfterTheOthers() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
            + "Agent A,Automatisation,Organisme 1,Finances,x,Solution en production\n"
            + "Tri B,Automatisation,Organisme 2,Famille,y,Solution en production\n"
            + "Zeta C,Automatisation,Organisme 3,Transports et Mobilité durable,z,Solution en production\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("p.csv"))
        let tmux = try Tmux(columns: 120, rows: 30, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.launchBrowser(arguments: ["p.csv"])
        let first = try tmux.waitFor(text: "3 / 3 initiatives")
        func line(_ text: String, in screen: String) -> Int? { screen.split(separator: "\n").firstIndex { $0.contains(text) } }
        // At first all three have one initiative: by label, Famille, Finances, Transports.
        #expect(try #require(line("Famille", in: first)) < #require(line("Transports", in: first)))
        try tmux.type("/zeta")
        try tmux.press("Enter")
        let searched = try tmux.waitFor(text: "1 / 3 initiatives")
        // Transports has the one initiative found: it comes first, the two at 0 after it.
        #expect(try #require(line("Transports", in: searched)) < #require(line("Famille", in: searched)), "\(searched)")
        #expect(try #require(line("Transports", in: searched)) < #require(line("Finances", in: searched)), "\(searched)")
        try tmux.type("q")
        try tmux.expectTerminalRestored(status: 0)
    }
}
