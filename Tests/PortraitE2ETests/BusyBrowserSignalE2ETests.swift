import Foundation
import PortraitTestSupport
import Testing

/// Ctrl-C and SIGTERM end the browser quickly even while it is busy with one long step: the detail view
/// of an initiative whose benefits hold 30 MB (wrapping it took 11 s), with the terminal given back.
@Suite(.tags(.e2e, .slow, .timing), .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct BusyBrowserSignalE2ETests {
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aSignalEndsTheBrowserWhileItOpensAHugeRecord(signal: Int32, status: Int32) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.csv").path
        // No delimiter in it, so that the header's commas decide the delimiter.
        let benefits = String(repeating: "Réduction des délais de traitement et ", count: (30 << 20) / 39)
        try Data((HostileInput.header + "\nTri des courriels,Automatisation,Organisme 1,Finances,\(benefits),Solution en production\n").utf8)
            .write(to: URL(fileURLWithPath: path))
        let tmux = try Tmux(columns: 100, rows: 30, directory: folder)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        let pid = try tmux.launchBrowserRecordingPid(in: folder, arguments: ["huge.csv"], firstScreen: "1 / 1 initiatives", timeout: 60)
        try tmux.press("Enter")  // opens the detail view: one long step
        usleep(300_000)
        let sent = DispatchTime.now().uptimeNanoseconds
        #expect(kill(pid, signal) == 0)
        var ended = false
        while DispatchTime.now().uptimeNanoseconds - sent < 20_000_000_000 {
            if !isRunning(pid) {
                ended = true
                break
            }
            usleep(2_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - sent) / 1e9
        #expect(ended)
        // The promise is 100 ms; the bound leaves room for a loaded test machine and still fails the
        // 11 s the wrapping used to take.
        #expect(seconds < 1, "ended \(seconds) s after the signal")
        try tmux.expectTerminalRestored(status: status)
    }

    /// Whether `pid` still runs (a zombie waiting for its shell to reap it has ended).
    private func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }
}
