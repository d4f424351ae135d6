import Foundation
import PortraitTestSupport
import Testing

/// The register's title, the ministry, CC-BY 4.0 and "official register" are said only of the sample, of
/// editions stored by `portrait update` and of files whose header is the register's own; any other file
/// is named by its file name and its own title line. Checked in every place: `summary`, the `stats` and
/// `diff` footers, Markdown, the HTML report's title, heading, source and licence, and the browser's title.
@Suite(.tags(.e2e)) struct WhoseDataE2ETests {
    /// Words that belong to the register alone, in both languages.
    static let registerWords = ["Québec", "Quebec", "québécoise", "Portrait des utilisations", "Ministère de la Cybersécurité",
                                "CC-BY", "official register", "registre officiel", "AI register", "Portrait de l'IA"]

    static func registerWordsIn(_ text: String) -> [String] { registerWords.filter { text.contains($0) } }

    /// Another government's inventory with a title line above its header, as two editions.
    static func foreign(_ year: Int, rows: Int) -> String {
        "\(year) Federal Agency AI Use Case Inventory\n"
            + "use_case_name,agency_name,bureau,use_case_topic_area,stage_of_development\n"
            + (0..<rows).map { "Use case \($0) of \(year),Department of Labor,ETA,Mission-Enabling,Retired\n" }.joined()
    }

    static let registerHeader = "\"Nom de l'actif informationnel, du projet ou de l'initiative en IA\",Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"

    private func files() throws -> (folder: URL, old: String, new: String) {
        let folder = try Binary.temporaryFolder()
        let old = folder.appendingPathComponent("inventory-2023.csv").path
        let new = folder.appendingPathComponent("inventory-2024.csv").path
        try Data(Self.foreign(2023, rows: 3).utf8).write(to: URL(fileURLWithPath: old))
        try Data(Self.foreign(2024, rows: 5).utf8).write(to: URL(fileURLWithPath: new))
        return (folder, old, new)
    }

    private func run(_ arguments: [String]) throws -> String {
        let run = try Binary.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return String(decoding: run.stdout, as: UTF8.self)
    }

    @Test func anotherGovernmentsInventoryIsNamedByItsFileAndTitleEverywhere() throws {
        let (folder, old, new) = try files()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "fr"] {
            let summary = try run(["summary", new, "--lang", language])
            #expect(Self.registerWordsIn(summary).isEmpty, "\(summary)")
            let title = language == "en" ? "Initiatives read from " : "Initiatives lues dans "
            #expect(summary.hasPrefix(title + "inventory-2024.csv — 2024 Federal Agency AI Use Case Inventory\n"), "\(summary)")

            let stats = try run(["stats", new, "--lang", language])
            #expect(Self.registerWordsIn(stats).isEmpty, "\(stats)")
            let diff = try run(["diff", old, new, "--lang", language])
            #expect(Self.registerWordsIn(diff).isEmpty, "\(diff)")

            let markdown = try run(["query", new, "--format", "md", "--lang", language])
            #expect(Self.registerWordsIn(markdown).isEmpty, "\(markdown)")
            let source = language == "en" ? "Source: \(new), “2024 Federal Agency AI Use Case Inventory” (edition 2024)"
                : "Source : \(new), « 2024 Federal Agency AI Use Case Inventory » (édition 2024)"
            #expect(markdown.hasSuffix("\n\n" + source.replacingOccurrences(of: "_", with: "\\_") + "\n"), "\(markdown.suffix(300))")

            let report = folder.appendingPathComponent("report-\(language).html")
            _ = try run(["query", new, "-o", report.path, "--lang", language])
            let html = try String(contentsOf: report, encoding: .utf8)
            #expect(Self.registerWordsIn(html).isEmpty, "\(Self.registerWordsIn(html))")
            #expect(html.contains("<title>inventory-2024.csv — 2024 Federal Agency AI Use Case Inventory — 2024</title>"))
            #expect(html.contains("<h1>\(title)inventory-2024.csv — 2024 Federal Agency AI Use Case Inventory</h1>"))
            #expect(!html.contains("rel=\"license\""))
            let line = language == "en" ? "Edition 2024: inventory-2024.csv — 2024 Federal Agency AI Use Case Inventory."
                : "Édition 2024 : inventory-2024.csv — 2024 Federal Agency AI Use Case Inventory."
            #expect(html.contains("<p>\(line)</p>"), "\(html.suffix(600))")
        }
    }

    @Test func aFileWithTheRegistersOwnHeaderIsTheRegisters() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("portrait-2025.csv").path
        try Data((Self.registerHeader + "Tri,Automatisation,Organisme,Finances,Délais,Solution en production\n").utf8)
            .write(to: URL(fileURLWithPath: path))
        let summary = try run(["summary", path, "--lang", "en"])
        #expect(summary.hasPrefix("Portrait of AI uses in Québec's public administration — \(path)\n"))
        let markdown = try run(["query", path, "--format", "md", "--lang", "en"])
        #expect(markdown.hasSuffix("\n\nSource: Portrait des utilisations de l'IA dans l'administration publique, edition 2025, "
                                   + "Ministère de la Cybersécurité et du Numérique, licence CC-BY 4.0 — read from the file \(path)\n"), "\(markdown)")
        let report = folder.appendingPathComponent("r.html")
        _ = try run(["query", path, "-o", report.path, "--lang", "en"])
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("<h1>Uses of AI in Québec&#39;s public administration</h1>"))
        #expect(html.contains("rel=\"license\">Licence CC-BY 4.0</a> — read from the file"))
    }

    /// portrait's own export of a file has the exports' column titles, not the register's header: read
    /// back, it is still named by its file.
    @Test func anExportReadBackIsNotCalledTheRegister() throws {
        let (folder, _, new) = try files()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export.csv").path
        _ = try run(["query", new, "-o", export])
        let read = try Binary.run(["summary", export, "--lang", "en"])
        #expect(read.stderr.isEmpty, "known headers are not a guess: \(read.stderr)")
        let summary = String(decoding: read.stdout, as: UTF8.self)
        #expect(summary.hasPrefix("Initiatives read from export.csv\n") && Self.registerWordsIn(summary).isEmpty, "\(summary)")
    }

    @Test(.enabled(if: Tmux.isAvailable, "needs tmux")) func theBrowsersTitleNamesTheFile() throws {
        let (folder, _, new) = try files()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Tmux(columns: 120, rows: 30, directory: folder, locale: "en_CA.UTF-8")
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.launchBrowser(arguments: [new])
        let first = try tmux.waitFor(text: "5 / 5 initiatives")
        let top = String(first.split(separator: "\n").first ?? "")
        #expect(top.hasSuffix("inventory-2024.csv — 2024 Federal Agency AI Use Case Inventory"), "\(top)")
        #expect(Self.registerWordsIn(first).isEmpty, "\(first)")
        try tmux.type("q")
        try tmux.expectTerminalRestored(status: 0)
    }
}
