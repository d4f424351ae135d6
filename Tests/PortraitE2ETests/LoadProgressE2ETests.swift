import Foundation
import Testing
import PortraitTestSupport

/// A slow load shows "reading FILE… N %" on a terminal's standard error and erases it before anything
/// else is printed; the browser says it in its interface language. The test asks for the line at once
/// (PORTRAIT_PROGRESS_AFTER_MS=0) instead of after the usual quarter of a second, and records the raw
/// bytes the terminal received with tmux's pipe-pane.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end terminal tests need it"))
struct LoadProgressE2ETests {
    /// A 5 MB portrait (read by two readers in parallel), written into `folder`.
    static func writeLargePortrait(in folder: URL) throws -> URL {
        var csv = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
        for i in 0..<30_000 {
            csv += "Agent conversationnel n° \(i),Assistant/agent conversationnel,Organisme \(i % 97),"
            csv += "Santé et Services sociaux,\"Réduction des délais, meilleure réponse aux citoyens\","
            csv += i % 3 == 0 ? "Solution en production\n" : "Développement de la solution\n"
        }
        let file = folder.appendingPathComponent("large.csv")
        try Data(csv.utf8).write(to: file)
        return file
    }

    /// Runs `steps` in a 100×30 tmux window opened in a folder holding the large portrait, and returns
    /// the bytes the terminal received meanwhile.
    static func recordingTerminal(_ steps: (Tmux) throws -> Void) throws -> String {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, folder in
            _ = try writeLargePortrait(in: folder)
            let raw = folder.appendingPathComponent("raw.log")
            try tmux.run(["pipe-pane", "-t", tmux.target, "-o", "cat >> '\(raw.path)'"])
            try steps(tmux)
            try tmux.run(["pipe-pane", "-t", tmux.target])
            return String(decoding: try Data(contentsOf: raw), as: UTF8.self)
        }
    }

    @Test func progressLineIsShownThenErasedBeforeTheOutput() throws {
        let bytes = try Self.recordingTerminal { tmux in
            try tmux.type("PORTRAIT_PROGRESS_AFTER_MS=0 \(Binary.shellQuoted) stats large.csv --by status --lang en; echo exit-''$?")
            try tmux.press("Enter")
            let screen = try tmux.waitFor(text: "exit-0")
            #expect(screen.contains("30000 initiatives"))
            #expect(!screen.contains("reading large.csv"), "the progress line is erased")
        }
        let line = try #require(bytes.range(of: "portrait: reading large.csv… ", options: .backwards), "no progress line in \(bytes.prefix(500))")
        let after = bytes[line.upperBound...]
        let erase = try #require(after.range(of: "\r\u{1B}[K"), "the last progress line is never erased")
        let output = try #require(after.range(of: "Solution in production"))
        #expect(erase.lowerBound < output.lowerBound, "erased before the output")
        #expect(after[..<erase.lowerBound].hasSuffix("%"), "a percentage ends the line")
    }

    @Test func aCommandSaysItInItsLanguage() throws {
        let bytes = try Self.recordingTerminal { tmux in
            try tmux.type("PORTRAIT_PROGRESS_AFTER_MS=0 \(Binary.shellQuoted) stats large.csv --by status --lang fr; echo exit-''$?")
            try tmux.press("Enter")
            let screen = try tmux.waitFor(text: "exit-0")
            #expect(screen.contains("30000 initiatives au total"))
        }
        #expect(bytes.contains("portrait : lecture de large.csv… "), "\(bytes.prefix(300))")
        #expect(!bytes.contains("portrait: reading"))
    }

    @Test func browserSaysItInFrench() throws {
        let bytes = try Self.recordingTerminal { tmux in
            try tmux.type("PORTRAIT_PROGRESS_AFTER_MS=0 LANG=fr_CA.UTF-8 " + Binary.shellQuoted + " large.csv")
            try tmux.press("Enter")
            try tmux.waitFor(text: "30000 / 30000 initiatives")
            try tmux.press("q")
            try tmux.waitForPrompt()
        }
        #expect(bytes.contains("portrait : lecture de large.csv… "), "\(bytes.prefix(300))")
    }
}
