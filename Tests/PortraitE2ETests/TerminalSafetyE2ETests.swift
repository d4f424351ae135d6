import Foundation
import Testing
import PortraitTestSupport

/// Text from a file never reaches the terminal raw. A row whose name holds an OSC title change
/// (ESC ] 2 ; … BEL) and whose body and benefits hold a clear-screen (ESC [ 2 J), shown in tmux by the
/// browser (list and detail) and by the text outputs (`query` as Markdown and as CSV on a terminal,
/// `stats` as a table, `validate`): the pane's title stays, the other rows stay on the screen, and the
/// escapes appear as visible placeholders. The same bytes printed raw do change the title, so the check
/// can fail. Written to a file or a pipe, CSV keeps the bytes and JSON escapes them.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct TerminalSafetyE2ETests {
    static let title = "title-before-portrait"
    static let osc = "\u{1B}]2;pwned-title\u{07}"
    static let clear = "\u{1B}[2J"

    /// The hostile row first, then ten ordinary ones.
    static func writeFile(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("hostile.csv").path
        var text = HostileInput.header + "\n"
        text += "\"Titre \(osc)caché\",Automatisation,\"Organisme \(clear)effaceur\",Finances,\"Bénéfice \(clear)effacé\",Solution en production\n"
        for n in 1...10 { text += "Ligne ordinaire \(n),Automatisation,Organisme \(n),Finances,Délais,Solution en production\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theBrowserShowsEscapesAsPlaceholders() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.writeFile(in: folder)
        try Tmux.withShell(columns: 100, rows: 30, in: folder) { tmux, _ in
            try tmux.setTitle(Self.title)
            try tmux.launchBrowser(arguments: [path])
            let list = try tmux.waitFor(text: "11 / 11 initiatives")
            #expect(list.contains("Titre ␛]2;pwned-title␇caché"))
            #expect(list.contains("Organisme ␛[2Jeffaceur"))
            for n in 1...10 { #expect(list.contains("Ligne ordinaire \(n) "), "row \(n)") }
            #expect(try tmux.display("#{pane_title}") == Self.title)

            // The detail of the hostile row: search for it, then Enter on the result.
            try tmux.type("/caché")
            try tmux.press("Enter")
            try tmux.waitFor(text: "1 / 11 initiatives")
            try tmux.press("Enter")
            let detail = try tmux.waitFor(text: "Bénéfice ␛[2Jeffacé")
            #expect(detail.contains("Titre ␛]2;pwned-title␇caché"))
            #expect(try tmux.display("#{pane_title}") == Self.title)
            try tmux.type("q")
            try tmux.expectTerminalRestored(status: 0)
            #expect(try tmux.display("#{pane_title}") == Self.title)
        }
    }

    @Test(arguments: [["query", "--format", "md"], ["query"], ["stats", "--by", "org"], ["validate", "--lang", "en"]])
    func textOutputsShowEscapesAsPlaceholders(command: [String]) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.writeFile(in: folder)
        try Tmux.withShell(columns: 200, rows: 50, in: folder) { tmux, _ in
            try tmux.setTitle(Self.title)
            try tmux.type("echo marker-''before")
            try tmux.press("Enter")
            try tmux.waitFor(text: "marker-before\n")
            try tmux.type(([Binary.shellQuoted] + (command + [path]).map(Tmux.shellQuoted)).joined(separator: " "))
            try tmux.press("Enter")
            let screen = try tmux.waitForPrompt()
            // A clear-screen obeyed would have wiped the marker.
            #expect(screen.contains("marker-before\n"), "\(command)")
            #expect(try tmux.display("#{pane_title}") == Self.title, "\(command)")
            switch command.first {
            case "stats":
                #expect(screen.contains("Organisme ␛[2Jeffaceur"))
                #expect(screen.contains("Organisme 10 "))
            case "query":
                // Markdown also escapes brackets (link syntax): the placeholders stay, with a backslash before them.
                let md = command.contains("md")
                #expect(screen.contains(md ? "Titre ␛\\]2;pwned-title␇caché" : "Titre ␛]2;pwned-title␇caché"), "\(command)")
                #expect(screen.contains(md ? "Bénéfice ␛\\[2Jeffacé" : "Bénéfice ␛[2Jeffacé"), "\(command)")
                #expect(screen.contains("Ligne ordinaire 10"), "\(command)")
            default:
                // The headings' column width follows the longest heading; the count is what matters.
                #expect(screen.range(of: #"rows: +11\n"#, options: .regularExpression) != nil, "\(screen)")
            }
        }
    }

    /// The control: the same bytes printed raw retitle the pane, so the checks above can fail.
    @Test func rawEscapesDoRetitleThePane() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.writeFile(in: folder)
        try Tmux.withShell(columns: 100, rows: 30, in: folder) { tmux, _ in
            try tmux.setTitle(Self.title)
            try tmux.type("cat " + Tmux.shellQuoted(path))
            try tmux.press("Enter")
            try tmux.waitForPrompt()
            #expect(try tmux.display("#{pane_title}") == "pwned-title")
        }
    }

    /// Not on a terminal, the data stays as it is: CSV keeps the escape bytes, JSON escapes them.
    @Test func csvAndJSONStayFaithful() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.writeFile(in: folder)
        let csv = try Binary.run(["query", path])
        #expect(String(decoding: csv.stdout, as: UTF8.self).contains("Titre \(Self.osc)caché"))
        let json = try Binary.run(["query", "--format", "json", path])
        #expect(String(decoding: json.stdout, as: UTF8.self).contains(#""name": "Titre \u001b]2;pwned-title\u0007caché""#))
    }
}
