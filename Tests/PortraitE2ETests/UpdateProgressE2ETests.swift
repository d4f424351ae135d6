import Foundation
import Testing
import PortraitTestSupport

/// A download that takes more than a quarter of a second shows its progress on standard error when that
/// is a terminal, and the line is erased before the summary: seen in tmux on a server that stays silent.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable && CKANTestServer.isAvailable, "the update progress test needs tmux and python3"))
struct UpdateProgressE2ETests {
    @Test func aSlowDownloadShowsItsProgressThenErasesIt() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try CKANTestServer()
        defer { server.stop() }
        try server.setResources(CKANTestServer.resources(path2025: "slow/portrait-2025.csv"))
        let tmux = try Tmux(columns: 120, rows: 20, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        try tmux.launchBrowser(prefix: "PORTRAIT_DATA_DIR=" + Tmux.shellQuoted(folder.appendingPathComponent("data").path) + " ",
                               arguments: ["update", "--catalog", server.actionAPI, "--timeout", "3"])
        try tmux.waitFor(text: "portrait : téléchargement de portrait-2025.csv… 0 %")
        let end = try tmux.waitFor(text: "2025  refusée")
        #expect(!end.contains("téléchargement de"))
        #expect(end.contains("2024  nouvelle     portrait-2024.csv  90 initiatives"))
    }
}
