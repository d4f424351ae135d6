import Foundation
import PortraitCore
import PortraitBrowser
import Testing
import PortraitTestSupport

/// Export from the browser: default name, same bytes as the writers, never replacing without a yes.
@Suite struct ExportTests {
    @Test func exportWritesTheSelectionWithTheDefaultName() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try TUI.session(folder: folder.path)
        let store = session.state.store
        session.press(.tab, .tab, .character(" "), .character("/"))
        session.type("foret")
        session.press(.enter, .character("e"))
        let name = "portrait-selection-20250615-0905.csv"
        #expect(session.state.input == .exportPath(name))
        #expect(TUI.render(session).text.contains("Exporter vers :  \(name)"))
        session.press(.enter)
        let url = folder.appendingPathComponent(name)
        let written = try Data(contentsOf: url)
        let production = try #require(store.resolve(.status, "Solution en production").first)
        let selection = store.select(Query(selected: [.status: [production]], search: "foret"))
        let expected = SelectionWriter.bytes(ExportTable(store: store, rows: selection.rows, language: .fr), format: .csv)
        #expect(Array(written) == expected)
        #expect(TUI.render(session).text.contains("\(selection.rows.count) initiatives exportées vers \(name)"))

        // Again: asks before replacing; no keeps the file, yes replaces it.
        session.press(.character("e"), .enter)
        #expect(session.state.input == .confirmReplace(name))
        #expect(TUI.render(session).text.contains("existe déjà. Le remplacer ? (o/N)"))
        session.press(.character("n"))
        #expect(TUI.render(session).text.contains("Export annulé"))
        session.press(.character("C"), .character("e"), .enter, .character("o"))
        #expect(try Data(contentsOf: url).count > written.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    }

    @Test func extensionChoosesTheFormat() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try TUI.session(folder: folder.path)
        session.press(.character("e"), .control("u"))
        session.type("sel.json")
        session.press(.enter)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("sel.json")))
        #expect(try (json as? [[String: String]])?.count == PublishedFacts.latestInitiatives)
        session.press(.character("e"), .control("u"))
        session.type("sel.md")
        session.press(.enter)
        #expect(try String(contentsOf: folder.appendingPathComponent("sel.md"), encoding: .utf8).hasPrefix("| Nom |"))
        session.press(.character("e"), .control("u"))
        session.type("sel.txt")
        session.press(.enter)
        #expect(session.state.message?.isError == true)
        #expect(TUI.render(session).text.contains("extension inconnue"))
    }

    @Test func unwritableFolderIsAClearErrorWithoutPartialFile() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try TUI.session(folder: folder.path)
        session.press(.character("e"), .control("u"))
        session.type("missing/sel.csv")
        session.press(.enter)
        let message = try #require(session.state.message)
        #expect(message.isError)
        #expect(message.text == "Export impossible : dossier introuvable (missing)")
        session.press(.character("e"), .escape)
        #expect(session.state.message?.text == "Export annulé")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func errorsGiveTheCauseFirstInTheInterfaceLanguageAndThePathOnce() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func export(_ name: String, interface: Language = .fr, answer: Character? = nil) throws -> String {
            var session = try TUI.session(interface: interface, folder: folder.path)
            session.press(.character("e"), .control("u"))
            session.type(name)
            session.press(.enter)
            if let answer { session.press(.character(answer)) }
            let message = try #require(session.state.message)
            #expect(message.isError, "\(name)")
            #expect(TUI.render(session).lines[29] == " " + message.text, "\(name)")
            return message.text
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dossier.csv"), withIntermediateDirectories: false)
        #expect(try export("dossier.csv") == "Export impossible : c'est un dossier (dossier.csv)")
        #expect(try export("dossier.csv", interface: .en) == "Export failed: it is a folder (dossier.csv)")
        try Data("x".utf8).write(to: folder.appendingPathComponent("real.csv"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "real.csv")
        #expect(try export("link.csv", answer: "o") == "Export impossible : lien symbolique : nommez le fichier lui-même (link.csv)")
        #expect(mkfifo(folder.appendingPathComponent("pipe.csv").path, 0o600) == 0)
        #expect(try export("pipe.csv", answer: "o") == "Export impossible : ce n'est pas un fichier ordinaire (pipe.csv)")
        #expect(try export("nowhere/sel.csv", interface: .en) == "Export failed: folder not found (nowhere)")
        #if os(Linux)
        // /proc takes no new file, whoever asks (root gets "no such file", others "permission denied").
        #expect(try export("/proc/sel.csv") == "Export impossible : dossier non accessible en écriture (/proc)")
        #expect(try export("/proc/sel.csv", interface: .en) == "Export failed: folder not writable (/proc)")
        #endif
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["dossier.csv", "link.csv", "pipe.csv", "real.csv"])
    }

    @Test func defaultNameUsesLocalTime() {
        let utc = TimeZone(identifier: "UTC") ?? .current
        #expect(ExportName.defaultName(at: Date(timeIntervalSince1970: 1_750_000_000), timeZone: utc)
            == "portrait-selection-20250615-1506.csv")
    }
}
