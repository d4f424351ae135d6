import Foundation
import Testing
import PortraitTestSupport

/// The change pane in the real browser (two embedded editions): `v` three times, the removed initiatives
/// chosen, marked − in the list; `y`'s command pasted and run writes the same rows as the browser's export,
/// and they are those of `portrait query --change removed`.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct ChangePaneE2ETests {
    @Test func theRemovedInitiativesChosenInThePaneAreThoseOfTheCommand() throws {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, folder in
            try tmux.launchBrowserCopyingToBuffer()
            try tmux.type("vvv")
            try tmux.waitFor(text: "▸ Changement")
            try tmux.press("Down", "Down", "Down", "Down", "Space")
            let list = try tmux.waitFor(text: "[x] retirée")
            #expect(list.contains("les deux éditions comparées sont montrées"))
            #expect(list.contains("Changement : retirée"))
            #expect(list.contains("Nom  − retirée"))
            // Every result line starts with the − mark.
            let lines = list.split(separator: "\n").map(String.init)
            let header = try #require(lines.firstIndex { $0.contains("Nom  − retirée") })
            let results = lines[(header + 1)...].prefix { !$0.contains("initiatives │") }
            #expect(!results.isEmpty && results.allSatisfy { $0.dropFirst(2).hasPrefix("− ") }, "\(list)")
            try tmux.type("y")
            try tmux.waitFor(text: "portrait query --change")
            let buffer = try tmux.run(["show-buffer"])
            #expect(buffer == "portrait query --change removed --labels fr --sample", "\(buffer)")
            let outputs = try tmux.exportAndRunCopiedCommand(in: folder)
            let fromCommand = outputs.fromCommand
            #expect(fromCommand == outputs.fromBrowser)
            // Every row is a 2024 initiative marked removed, as many as the browser exported.
            let text = String(decoding: fromCommand, as: UTF8.self)
            let rows = text.split(separator: "\r\n").dropFirst()
            #expect(text.hasPrefix("Nom,") && text.contains(",Édition,Changement\r\n"), "\(text.prefix(200))")
            #expect(!rows.isEmpty && rows.allSatisfy { $0.hasSuffix(",2024,retirée") }, "\(rows.first ?? "")")
            #expect(outputs.exportMessage.contains(" \(rows.count) initiatives de l'échantillon"))
        }
    }

    /// Two large editions: their marks are made in the background, so `v` to the change pane answers at once
    /// with "calcul des changements…", and the pane fills when they arrive, with the counts the editions
    /// were made with (`ChangingEditions`). The keys are typed while the files load: the browser reads them
    /// as soon as it starts, when the marks have just started.
    @Test(.tags(.slow)) func theChangePaneOfLargeEditionsFillsWhenTheMarksArrive() throws {
        let count = 200_000
        try Tmux.withShell(columns: 120, rows: 30) { tmux, folder in
            for year in ChangingEditions.years {
                try Data(ChangingEditions.csv(year: year, count: count).utf8).write(to: folder.appendingPathComponent(ChangingEditions.fileName(year)))
            }
            try tmux.launchBrowser(arguments: ["portrait-2024.csv", "portrait-2025.csv"])
            try tmux.type("vvv")
            // Measured with the release build: "calcul des changements…" on the screen 0.34 s after Enter,
            // the pane filled at 0.86 s (the binary before this change showed neither: `v` waited).
            let waiting = try tmux.waitFor("the change pane computing", timeout: 240) {
                $0.contains("▸ Changement") && $0.contains("calcul des changements…")
            }
            #expect(!waiting.contains("[ ] nouvelle"), "\(waiting)")
            let filled = try tmux.waitFor("the change pane filled", timeout: 240) { $0.contains("[ ] retirée") }
            #expect(!filled.contains("calcul des changements…"))
            let half = String(count / 2)
            for kind in ["nouvelle", "statut modifié", "retirée"] {
                let line = filled.split(separator: "\n").first { $0.hasPrefix("[ ] \(kind) ") }
                #expect(line?.split(separator: "│").first?.hasSuffix(" \(half) ") == true, "\(kind): \(filled)")
            }
            // Space on "nouvelle" keeps the new initiatives.
            try tmux.press("Space")
            try tmux.waitFor(text: "\(half) / \(2 * count) initiatives", timeout: 60)
            try tmux.type("q")
            try tmux.waitForPrompt(timeout: 60)
        }
    }
}
