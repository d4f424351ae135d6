import Foundation
import Testing
import PortraitTestSupport

/// `y` in the real browser: the journalist's list (health-network bodies, conversational agents, in
/// production) at 120×40 with its benefits column; `y` shows the `portrait query` command and copies
/// it with OSC 52 (tmux keeps it as a paste buffer); pasted into the shell and run, it writes the same
/// rows as the browser's export of the same view.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct QueryCommandE2ETests {
    @Test func yGivesTheCommandOfTheListAndItsRows() throws {
        try Tmux.withShell(columns: 120, rows: 40) { tmux, folder in
            try tmux.launchBrowserCopyingToBuffer()
            // The first portfolio is the health network's; the second category the conversational agents;
            // the first status production (as the embedded sample counts them).
            try tmux.press("Space")
            try tmux.waitFor(text: "[x] Santé et Services socia")
            try tmux.press("Tab", "Down", "Space")
            try tmux.waitFor(text: "[x] Assistant/agent conversationnel")
            try tmux.press("Tab", "Space")
            let list = try tmux.waitFor(text: "[x] Solution en production")
            #expect(list.contains("Bénéfices"))
            #expect(list.contains("Service accessible en to"))
            try tmux.type("y")
            let shown = try tmux.waitFor(text: "portrait query --portfolio")
            let buffer = try tmux.run(["show-buffer"])
            #expect(buffer.hasPrefix("portrait query --portfolio 'Santé et Services sociaux (Réseau)' --category "), "\(buffer)")
            // The screen shows the same command, wrapped at spaces.
            let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let first = try #require(lines.firstIndex { $0.hasPrefix("portrait query") })
            let last = try #require(lines.firstIndex { $0.contains("initiatives │") })
            #expect(lines[first..<last].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == buffer)
            // The browser's export of the same view, and the copied command run in the shell.
            let outputs = try tmux.exportAndRunCopiedCommand(in: folder)
            let fromCommand = outputs.fromCommand
            #expect(fromCommand == outputs.fromBrowser)
            // The health network's bodies are there (the embedded sample's CISSS and CIUSSS).
            #expect(String(decoding: fromCommand, as: UTF8.self).contains("Centre intégré"))
        }
    }

    /// `v` then Space: the largest public body; `v` Space: its most stated benefit; `y`, pasted and run:
    /// the same rows as the browser's export.
    @Test func aBodyAndABenefitChosenInTheFirstPaneGiveTheSameRows() throws {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, folder in
            try tmux.launchBrowserCopyingToBuffer()
            try tmux.type("v")
            try tmux.waitFor(text: "▸ Organisme")
            try tmux.press("Space")
            try tmux.waitFor(text: "Organisme : ")
            try tmux.type("v")
            try tmux.waitFor(text: "▸ Bénéfice")
            try tmux.press("Space")
            try tmux.waitFor("a benefit selected") { screen in
                screen.split(separator: "\n").contains { $0.contains("▸ Bénéfice") && $0.contains("(1)") }
            }
            try tmux.type("y")
            try tmux.waitFor(text: "portrait query --org")
            let buffer = try tmux.run(["show-buffer"])
            #expect(buffer.hasPrefix("portrait query --org ") && buffer.contains(" --benefit "), "\(buffer)")
            let outputs = try tmux.exportAndRunCopiedCommand(in: folder)
            let fromCommand = outputs.fromCommand
            #expect(fromCommand == outputs.fromBrowser)
            // At least one initiative, as many lines as the browser said it exported.
            let lines = Array(fromCommand).split(separator: 0x0A).count  // CSV lines end with CR LF
            #expect(lines > 1 && outputs.exportMessage.contains(" \(lines - 1) initiatives de l'échantillon"), "\(lines)")
        }
    }

    /// `s` (by name) then `S` (the other way): `y`'s command says `--sort name --descending` and gives the
    /// rows in the browser's order.
    @Test func aReversedOrderGivesTheSameRowsInTheSameOrder() throws {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, folder in
            try tmux.launchBrowserCopyingToBuffer()
            try tmux.type("/agent")
            try tmux.press("Enter")
            try tmux.type("s")
            try tmux.waitFor(text: "Nom ↑ ")
            try tmux.type("S")
            try tmux.waitFor(text: "Nom ↓ ")
            try tmux.type("y")
            try tmux.waitFor(text: "portrait query --search")
            let buffer = try tmux.run(["show-buffer"])
            #expect(buffer.hasPrefix("portrait query --search agent --sort name --descending"), "\(buffer)")
            let outputs = try tmux.exportAndRunCopiedCommand(in: folder)
            let fromCommand = outputs.fromCommand
            #expect(fromCommand == outputs.fromBrowser)
            // And it is the ascending order reversed.
            let ascending = try Binary.run(["query", "--search", "agent", "--sort", "name", "--sample", "--labels", "fr"])
            let lines = Array(ascending.stdout).split(separator: 0x0A)
            #expect(Array(fromCommand).split(separator: 0x0A) == [lines[0]] + lines.dropFirst().reversed())
        }
    }
}
