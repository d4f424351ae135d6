import Foundation
import PortraitTestSupport
import Testing

/// `y` is safe to paste: a portfolio holding the end of a bracketed paste (`ESC[201~`), Ctrl-U, `touch
/// PWNED` and Ctrl-O (which, raw, would end the paste, wipe the line and run `touch`) is copied with
/// `$'…'` escapes, so the command pasted into bash with bracketed paste on is one `portrait` command: no
/// file is touched, and it writes the browser's export of the view.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable && FileManager.default.isExecutableFile(atPath: "/bin/bash"),
                "tmux and bash are needed: the command is pasted into bash"))
struct PasteSafetyE2ETests {
    static let hostilePortfolio = "Finances\u{1B}[201~\u{15}touch PWNED\u{0F}"

    static let csv = """
        "Nom de l'actif informationnel, du projet ou de l'initiative en IA",Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
        Agent des impôts,Automatisation,Revenu Québec,"\(hostilePortfolio)",Qualité,Solution en production
        Tri des courriels,Automatisation,Revenu Québec,"\(hostilePortfolio)",Qualité,Solution en production
        Agent de santé,Automatisation,CISSS,Santé et Services sociaux,Qualité,Solution en production

        """

    @Test func aHostileValuePastedIntoBashRunsOnlyTheCommand() throws {
        try Tmux.withShell(columns: 120, rows: 30) { tmux, folder in
            try Data(Self.csv.utf8).write(to: folder.appendingPathComponent("hostile.csv"))
            try tmux.run(["set-option", "-g", "set-clipboard", "on"])
            try tmux.type("PS1='\(Tmux.prompt) ' exec /bin/bash --norc --noprofile")
            try tmux.press("Enter")
            try tmux.waitForPrompt()
            try tmux.type("bind 'set enable-bracketed-paste on'; echo bracketed-''on")
            try tmux.press("Enter")
            try tmux.waitFor(text: "bracketed-on\n")
            try tmux.launchBrowser(arguments: ["hostile.csv"])
            try tmux.waitFor(text: "3 / 3 initiatives")
            // The hostile portfolio has the most initiatives: it is the first value of the first pane.
            try tmux.press("Space")
            try tmux.waitFor(text: "2 / 3 initiatives")
            try tmux.type("y")
            try tmux.waitFor(text: "portrait query --portfolio")
            let buffer = try tmux.run(["show-buffer"])
            #expect(buffer.contains("\\x1b[201~\\x15touch PWNED\\x0f"), "\(buffer)")
            #expect(!buffer.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(buffer)")
            let outputs = try tmux.exportAndRunCopiedCommand(in: folder, exportName: "portrait-selection")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("PWNED").path))
            #expect(outputs.fromCommand == outputs.fromBrowser,
                    "\(String(decoding: outputs.fromCommand, as: UTF8.self))\n---\n\(String(decoding: outputs.fromBrowser, as: UTF8.self))")
            let rows = String(decoding: outputs.fromCommand, as: UTF8.self)
            #expect(rows.contains("Agent des impôts") && rows.contains("Tri des courriels") && !rows.contains("Agent de santé"), "\(rows)")
        }
    }

    /// The browser started on a file named with a leading `-`, read with `--columns` and an `--edition`
    /// label that starts with `-`, labels switched to English with `L`: `y`'s command, copied through
    /// tmux's buffer and pasted into bash, says all of it and writes the browser's export of the view.
    @Test func theCommandCarriesHowTheBrowserWasStarted() throws {
        try Tmux.withShell(columns: 160, rows: 30) { tmux, folder in
            try ViewFiles.write(in: folder)
            try tmux.run(["set-option", "-g", "set-clipboard", "on"])
            try tmux.type("PS1='\(Tmux.prompt) ' exec /bin/bash --norc --noprofile")
            try tmux.press("Enter")
            try tmux.waitForPrompt()
            try tmux.launchBrowser(arguments: ["--columns", ViewFiles.swappedColumns, "--edition=-v1", "--", ViewFiles.swapped])
            let rows = ViewFiles.rows(edition: 0).count
            try tmux.waitFor(text: "\(rows) / \(rows) initiatives")
            try tmux.type("L")
            try tmux.press("Tab", "Space")
            try tmux.waitFor("a category chosen") { !$0.contains("\(rows) / \(rows) initiatives") }
            try tmux.type("y")
            try tmux.waitFor(text: "portrait query --category")
            let buffer = try tmux.run(["show-buffer"])
            #expect(buffer.hasSuffix(" --labels en --columns 'category=Statut,status=Catégorie' --edition=-v1 -- '-registre à part.csv'"),
                    "\(buffer)")
            let outputs = try tmux.exportAndRunCopiedCommand(in: folder, exportName: "portrait-selection")
            #expect(outputs.fromCommand == outputs.fromBrowser,
                    "\(String(decoding: outputs.fromCommand, as: UTF8.self))\n---\n\(String(decoding: outputs.fromBrowser, as: UTF8.self))")
        }
    }
}
