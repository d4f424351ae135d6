import Foundation
import PortraitTestSupport
import Testing

/// Home and End work whichever sequence the terminal sends for them: tmux and screen send `ESC[1~` and
/// `ESC[4~`, rxvt `ESC[7~` and `ESC[8~`, xterm `ESC[H`/`ESC[F` or `ESC O H`/`ESC O F`. Each sequence,
/// typed into the browser in tmux, must give the screen the Home or End key gives.
@Suite(.tags(.e2e), .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct HomeEndSequencesE2ETests {
    @Test func everyHomeAndEndSequenceMovesLikeTheKey() throws {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, _ in
            try tmux.launchBrowser()
            try tmux.waitFor(text: PublishedFacts.allLatestShown)
            try tmux.press("r")
            let start = try tmux.waitFor("the focus on the results") { $0.contains("fiche") }
            try tmux.press("End")
            let atEnd = try settled(tmux, after: tmux.waitFor("the last initiative") { $0 != start })
            try tmux.press("Home")
            let atHome = try settled(tmux, after: tmux.waitFor("the first initiative") { $0 != atEnd })
            #expect(atHome != atEnd)
            for (home, end) in [("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}[7~", "\u{1B}[8~"), ("\u{1B}[H", "\u{1B}[F"), ("\u{1B}OH", "\u{1B}OF")] {
                try tmux.type(end)
                let shown = try tmux.waitFor("End as \(end.debugDescription)", timeout: 5) { $0 == atEnd }
                #expect(shown == atEnd)
                try tmux.type(home)
                let back = try tmux.waitFor("Home as \(home.debugDescription)", timeout: 5) { $0 == atHome }
                #expect(back == atHome)
            }
            try tmux.type("q")
            try tmux.expectTerminalRestored(status: 0)
        }
    }

    /// The screen once it has stopped changing (a frame may arrive in parts), polled for at most 6 s.
    private func settled(_ tmux: Tmux, after screen: String) throws -> String {
        var last = screen
        for _ in 0..<40 {
            usleep(150_000)
            let now = try tmux.capture()
            if now == last { break }
            last = now
        }
        return last
    }
}
