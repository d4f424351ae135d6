import Foundation
import PortraitTestSupport
import Testing

/// Keys in the detail view of an initiative whose benefits hold 30 MB reach the screen at once (each
/// took 11 to 13 s when every key wrapped the whole field again), and the browser's own processor time
/// for them stays small.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct HugeDetailKeysE2ETests {
    /// A wall-time bound per key: generous for two loaded cores, far below the seconds a rewrap costs.
    static let secondsPerKey = 1.0

    @Test func scrollingKeysInA30MBDetailAreQuick() throws {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, folder in
            let benefits = String(repeating: "Réduction des délais de traitement et ", count: (30 << 20) / 39)
            try Data((HostileInput.header + "\nTri des courriels,Automatisation,Organisme 1,Finances,\(benefits),Solution en production\n").utf8)
                .write(to: folder.appendingPathComponent("huge.csv"))
            try tmux.type("sh -c 'echo $$ > browser.pid; exec \"$0\" \"$1\"' " + Binary.shellQuoted + " huge.csv")
            try tmux.press("Enter")
            try tmux.waitFor(text: "1 / 1 initiatives", timeout: 60)
            let text = try String(contentsOf: folder.appendingPathComponent("browser.pid"), encoding: .utf8)
            let pid = try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
            // The first screen has the focus on a facet pane, where Enter would select a value: `r` goes to the results.
            try tmux.press("r")
            try tmux.waitFor("the focus on the results") { $0.contains("fiche") }
            try tmux.press("Enter")
            var screen = try tmux.waitFor("the detail view", timeout: 60) { $0.contains("préc./suiv.") }
            #expect(screen.contains("Réduction des délais de traitement et Réduction"), "\(screen)")
            let cpuBefore = try #require(ProcessClock.cpuSeconds(of: pid))
            var timings: [(String, Double)] = []
            for key in ["j", "j", "NPage", "End", "k", "PPage", "Home", "NPage"] {
                let before = screen
                let sent = DispatchTime.now().uptimeNanoseconds
                try tmux.press(key)
                screen = try tmux.waitFor("the screen after \(key)", timeout: 30) { $0 != before }
                timings.append((key, ProcessClock.seconds(since: sent)))
                #expect(screen.contains("préc./suiv."), "\(key) left the detail view:\n\(screen)")
            }
            let cpu = try #require(ProcessClock.cpuSeconds(of: pid)) - cpuBefore
            let shown = timings.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", ")
            print("30 MB detail: \(shown); browser processor time \(String(format: "%.2f", cpu)) s")
            for (key, seconds) in timings {
                #expect(seconds < Self.secondsPerKey, "\(key) reached the screen after \(seconds) s (\(shown))")
            }
            #expect(cpu < 2, "the browser used \(cpu) s of processor time for \(timings.count) keys")
            #expect(kill(pid, SIGTERM) == 0)
            try tmux.waitForPrompt(timeout: 30)
        }
    }
}
