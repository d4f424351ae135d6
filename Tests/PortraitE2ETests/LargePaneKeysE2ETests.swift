import Foundation
import PortraitTestSupport
import Testing

/// Keys in a facet pane of 300,000 values (every initiative with a benefit of its own) reach the screen at
/// once: a frame cuts only the labels it shows, where it used to cut every value of the pane (about two
/// seconds a frame here, seven with a million).
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct LargePaneKeysE2ETests {
    /// A wall-time bound per key: generous for two loaded cores, far below what cutting every label costs.
    static let secondsPerKey = 1.0

    @Test func movingInABenefitsPaneOf300000ValuesIsQuick() throws {
        try Tmux.withShell(columns: 120, rows: 40) { tmux, folder in
            var csv = HostileInput.header + "\n"
            for k in 0..<300_000 {
                csv += "Tri \(k),Automatisation,Organisme \(k % 50),Finances,\"Économies de coûts\nRéduction des délais de traitement des demandes \(k)\",Solution en production\n"
            }
            try Data(csv.utf8).write(to: folder.appendingPathComponent("benefits.csv"))
            try tmux.type("sh -c 'echo $$ > browser.pid; exec \"$0\" \"$@\"' " + Binary.shellQuoted + " browse --lang en benefits.csv")
            try tmux.press("Enter")
            try tmux.waitFor(text: "300000 / 300000 initiatives", timeout: 60)
            let text = try String(contentsOf: folder.appendingPathComponent("browser.pid"), encoding: .utf8)
            let pid = try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
            // `v` twice: bodies, then benefits (ordered once, when first shown).
            try tmux.press("v")
            try tmux.waitFor("the bodies pane", timeout: 30) { $0.contains("▸ Public body") }
            try tmux.press("v")
            var screen = try tmux.waitFor("the benefits pane", timeout: 60) { $0.contains("▸ Benefit") }
            #expect(screen.contains("/300001"), "\(screen)")
            let cpuBefore = try #require(ProcessClock.cpuSeconds(of: pid))
            var timings: [(String, Double)] = []
            for key in ["NPage", "NPage", "End", "PPage", "Home", "Space"] {
                let before = screen
                let sent = DispatchTime.now().uptimeNanoseconds
                try tmux.press(key)
                screen = try tmux.waitFor("the screen after \(key)", timeout: 30) { $0 != before }
                timings.append((key, ProcessClock.seconds(since: sent)))
            }
            let cpu = try #require(ProcessClock.cpuSeconds(of: pid)) - cpuBefore
            let shown = timings.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", ")
            print("300,000 benefits: \(shown); browser processor time \(String(format: "%.2f", cpu)) s")
            for (key, seconds) in timings {
                #expect(seconds < Self.secondsPerKey, "\(key) reached the screen after \(seconds) s (\(shown))")
            }
            #expect(cpu < 2, "the browser used \(cpu) s of processor time for \(timings.count) keys")
            // Space on the first benefit (the shared one, in every row) chose it.
            #expect(screen.contains("Benefit: Économies de coûts"), "\(screen)")
            #expect(kill(pid, SIGTERM) == 0)
            try tmux.waitForPrompt(timeout: 30)
        }
    }
}
