import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// The export prompt forgives: a name with an unknown extension stays typed, with the reason beside it, so
/// that only the extension needs correcting; an empty list is exported only after a yes.
@Suite struct ExportPromptTests {
    @Test func anUnknownExtensionKeepsTheNameTyped() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try TUI.session(folder: folder.path)
        session.press(.character("e"), .control("u"))
        session.type("liste-sante.xlsx")
        session.press(.enter)
        #expect(session.state.input == .exportPath("liste-sante.xlsx"))
        let text = TUI.render(session).text
        #expect(text.contains("Exporter vers :  liste-sante.xlsx  Export impossible : extension inconnue"), "\(text)")
        // Typing takes the reason away; the extension corrected, the export goes through.
        session.press(.backspace, .backspace, .backspace, .backspace)
        #expect(session.state.input == .exportPath("liste-sante."))
        session.type("csv")
        session.press(.enter)
        #expect(session.state.input == nil)
        let written = try Data(contentsOf: folder.appendingPathComponent("liste-sante.csv"))
        let store = session.state.store
        #expect(Array(written) == SelectionWriter.bytes(ExportTable(store: store, rows: session.state.selection.rows, language: .fr), format: .csv))
    }

    @Test func anEmptyListIsExportedOnlyAfterAYes() throws {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try TUI.session(folder: folder.path)
        session.press(.character("/"))
        session.type("zzqqxx")
        session.press(.enter)
        #expect(session.state.selection.rows.isEmpty)
        session.press(.character("e"))
        #expect(session.state.input == .confirmEmptyExport)
        #expect(TUI.render(session).text.contains("Aucune initiative dans la liste. Exporter un fichier vide (l'en-tête seul) ? (o/N)"))
        session.press(.character("n"))
        #expect(session.state.input == nil)
        #expect(TUI.render(session).text.contains("Export annulé") || session.state.message != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // Yes: the prompt opens, and the file holds the header alone.
        session.press(.character("e"), .character("o"))
        guard case .exportPath(let name) = session.state.input else {
            Issue.record("no export prompt: \(String(describing: session.state.input))")
            return
        }
        session.press(.enter)
        let written = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(written.hasPrefix("Nom,") && written.split(separator: "\n").count == 1)
    }
}
