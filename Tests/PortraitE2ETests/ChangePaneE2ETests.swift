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
}
