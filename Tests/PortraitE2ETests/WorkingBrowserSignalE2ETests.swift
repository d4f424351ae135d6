import Foundation
import PortraitTestSupport
import Testing

/// Ctrl-C and SIGTERM end the browser quickly while it loads a large file and while it searches a large
/// text in a non-Latin script, with the terminal given back (`BusyBrowserSignalE2ETests` covers the
/// detail view of a 30 MB field). The promise is 100 ms (the watchdog acts after 40 ms); the bound below
/// leaves room for two loaded cores and still fails a signal that waits for the work to end.
@Suite(.tags(.e2e, .slow, .timing), .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct WorkingBrowserSignalE2ETests {
    static let boundSeconds = 0.5

    /// Ctrl-C typed in the pane (tmux sends the character, the terminal makes it SIGINT), or SIGTERM by `kill`.
    enum Ending: String, CaseIterable, CustomTestStringConvertible {
        case controlC, sigterm
        var status: Int32 { self == .controlC ? 130 : 143 }
        var testDescription: String { rawValue }

        func send(to pid: pid_t, in tmux: Tmux) throws {
            switch self {
            case .controlC: try tmux.press("C-c")
            case .sigterm: #expect(kill(pid, SIGTERM) == 0)
            }
        }
    }

    /// Writes `rows` rows with `python3` (fast enough for millions): the portrait's header, then rows made
    /// by the Python expression `row` of `k`.
    static func writeRows(_ path: String, rows: Int, row: String) throws {
        let script = """
            import sys
            with open(sys.argv[1], "w", encoding="utf-8") as f:
                f.write("Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\\n")
                n = int(sys.argv[2])
                for start in range(0, n, 100000):
                    f.write("".join(\(row) for k in range(start, min(n, start + 100000))))
            """
        let made = try MeasuredProcess.run("/usr/bin/env", ["python3", "-c", script, path, String(rows)], timeout: 300)
        guard made.status == 0 else { throw TmuxError(message: "rows not written (\(made.status)): \(made.stderr)") }
    }

    /// Starts the browser on `file` through a shell that records its process id, and returns it once written.
    static func launch(_ file: String, prefix: String = "", in tmux: Tmux, folder: URL) throws -> pid_t {
        try tmux.type("\(prefix)sh -c 'echo $$ > browser.pid; exec \"$0\" \"$1\"' " + Binary.shellQuoted + " " + file)
        try tmux.press("Enter")
        let pidFile = folder.appendingPathComponent("browser.pid")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8), text.hasSuffix("\n"),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            usleep(5_000)
        }
        throw TmuxError(message: "the browser's process id was never written")
    }

    /// Sends `ending`, waits for the process to end, and returns how long that took.
    static func end(_ pid: pid_t, by ending: Ending, in tmux: Tmux) throws -> Double {
        let sent = DispatchTime.now().uptimeNanoseconds
        try ending.send(to: pid, in: tmux)
        while ProcessClock.isRunning(pid), ProcessClock.seconds(since: sent) < 20 { usleep(1_000) }
        return ProcessClock.seconds(since: sent)
    }

    /// Back at the prompt (after whatever a load ended by a signal left of its progress line) with the
    /// browser's exit status `status` and the terminal as it was.
    static func expectGivenBack(_ tmux: Tmux, status: Int32) throws {
        try tmux.waitFor("the shell prompt", timeout: 20) { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces).hasSuffix(Tmux.prompt) == true
        }
        try tmux.type("echo status=$?")
        try tmux.press("Enter")
        try tmux.waitFor(text: "status=\(status)\n")
        // The echo just run ended with 0; the rest checks the terminal's modes.
        try tmux.expectTerminalRestored(status: 0)
    }

    @Test(arguments: Ending.allCases)
    func aSignalEndsTheBrowserWhileItLoads(ending: Ending) throws {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, folder in
            // Two million short rows (about 160 MB): about a second to load in the optimised build.
            try Self.writeRows(folder.appendingPathComponent("large.csv").path, rows: 2_000_000,
                               row: "\"Tri %d,Automatisation,Organisme %d,Finances,Délais,Solution en production\\n\" % (k, k % 97)")
            let pid = try Self.launch("large.csv", prefix: "PORTRAIT_PROGRESS_AFTER_MS=0 ", in: tmux, folder: folder)
            // The progress line says the load has begun; the browser's first screen would say it is over.
            let screen = try tmux.waitFor("the progress line", timeout: 30) { $0.contains("lecture de large.csv") || $0.contains("initiatives") }
            try #require(!screen.contains("initiatives"), "the load ended before the signal could be sent:\n\(screen)")
            let cpu = ProcessClock.cpuSeconds(of: pid) ?? 0
            let seconds = try Self.end(pid, by: ending, in: tmux)
            print("load, \(ending.rawValue) after \(String(format: "%.2f", cpu)) s of loading: ended in \(String(format: "%.3f", seconds)) s")
            #expect(seconds < Self.boundSeconds, "ended \(seconds) s after the signal")
            try Self.expectGivenBack(tmux, status: ending.status)
        }
    }

    @Test(arguments: Ending.allCases)
    func aSignalEndsTheBrowserWhileItSearchesANonLatinText(ending: Ending) throws {
        try Tmux.withShell(columns: 100, rows: 30) { tmux, folder in
            // 100,000 rows of Chinese characters, about 48 MB: names of 40 characters, benefits of 100.
            let row = "\"%s %d,Automatisation,Organisme %d,Finances,%s,Solution en production\\n\" % ("
                + "\"\".join(chr(0x4E00 + (k * 7919 + j * 104729) % 2000) for j in range(40)), k, k % 97, "
                + "\"\".join(chr(0x4E00 + (k * 31 + j * 7) % 2000) for j in range(100)))"
            try Self.writeRows(folder.appendingPathComponent("cjk.csv").path, rows: 100_000, row: row)
            let pid = try Self.launch("cjk.csv", in: tmux, folder: folder)
            try tmux.waitFor(text: "100000 / 100000 initiatives", timeout: 60)
            try tmux.press("/")
            try tmux.waitFor(text: "Échap effacer")
            // The signal follows the keystroke at once, while the browser searches for it.
            try tmux.run(["send-keys", "-t", tmux.target, "-l", "丁"])
            let seconds = try Self.end(pid, by: ending, in: tmux)
            print("search, \(ending.rawValue): ended in \(String(format: "%.3f", seconds)) s")
            #expect(seconds < Self.boundSeconds, "ended \(seconds) s after the signal")
            try Self.expectGivenBack(tmux, status: ending.status)
        }
    }
}
