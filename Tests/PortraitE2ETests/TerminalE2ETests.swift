import Foundation
import Testing
import PortraitTestSupport

/// The real browser and the terminal around it: every signal that ends it (Ctrl-C, Ctrl-\, and SIGINT,
/// SIGTERM, SIGHUP sent by kill) gives the terminal back in its normal mode (echo, canonical input, the
/// cursor shown, the main screen, no mouse reporting) and ends it by that signal; a terminal that cannot
/// address the cursor (TERM=dumb) gets the hint to use `portrait query` instead of a broken screen.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct TerminalE2ETests {
    @Test(arguments: [("C-c", Int32(130)), ("C-\\", Int32(131))])
    func terminalRestoredAfterControlKey(key: String, status: Int32) throws {
        try Tmux.withShell(columns: 80, rows: 24) { tmux, _ in
            try tmux.launchBrowser()
            try tmux.waitFor(text: PublishedFacts.allLatestShown)
            try tmux.press(key)
            let screen = try tmux.expectTerminalRestored(status: status)
            // No crash report from the Swift runtime over the screen.
            for word in ["crashed", "Backtrace", "Fatal error", "💣"] { #expect(!screen.contains(word), "\(word)") }
        }
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func terminalRestoredAfterSignal(signal: Int32, status: Int32) throws {
        try Tmux.withShell(columns: 80, rows: 24) { tmux, folder in
            let pid = try tmux.launchBrowserRecordingPid(in: folder)
            // While the browser runs, tmux sees what it must undo: the alternate screen, the cursor hidden,
            // mouse reporting.
            let running = try tmux.terminalModes()
            #expect(running.alternateScreen && !running.cursorShown && running.mouse)
            #expect(kill(pid, signal) == 0)
            try tmux.expectTerminalRestored(status: status)
        }
    }

    @Test func dumbTerminalGetsTheQueryHintAndExits64() throws {
        try Tmux.withShell(columns: 80, rows: 24) { tmux, _ in
            try tmux.launchBrowser(prefix: "TERM=dumb ")
            let screen = try tmux.expectTerminalRestored(status: 64)
            #expect(screen.contains("TERM=dumb"))
            #expect(screen.contains("portrait query"))
            #expect(try !screen.contains(PublishedFacts.allLatestShown))
        }
    }
}
