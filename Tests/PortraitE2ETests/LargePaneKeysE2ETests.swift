import Foundation
import PortraitTestSupport
import Testing

/// Keys in a facet pane of 300,000 values (every initiative with a benefit of its own) reach the screen at
/// once: a frame cuts only the labels it shows, where it used to cut every value of the pane (about two
/// seconds a frame here, seven with a million).
@Suite(.tags(.e2e, .slow, .timing), .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
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
            let pid = try tmux.launchBrowserRecordingPid(in: folder, arguments: ["browse", "--lang", "en", "benefits.csv"],
                                                          firstScreen: "300000 / 300000 initiatives", timeout: 60)
            // `v` twice: bodies, then benefits (ordered once, when first shown).
            try tmux.press("v")
            try tmux.waitFor("the bodies pane", timeout: 30) { $0.contains("▸ Public body") }
            try tmux.press("v")
            let pane = try tmux.waitFor("the benefits pane", timeout: 60) { $0.contains("▸ Benefit") }
            #expect(pane.contains("/300001"), "\(pane)")
            let cpuBefore = try #require(ProcessClock.cpuSeconds(of: pid))
            let (screen, timings) = try tmux.pressTimed(["NPage", "NPage", "End", "PPage", "Home", "Space"], from: pane)
            let cpu = try #require(ProcessClock.cpuSeconds(of: pid)) - cpuBefore
            KeyTimings.expectQuick(timings, cpu: cpu, secondsPerKey: Self.secondsPerKey, what: "300,000 benefits")
            // Space on the first benefit (the shared one, in every row) chose it.
            #expect(screen.contains("Benefit: Économies de coûts"), "\(screen)")
            #expect(kill(pid, SIGTERM) == 0)
            try tmux.waitForPrompt(timeout: 30)
        }
    }
}
