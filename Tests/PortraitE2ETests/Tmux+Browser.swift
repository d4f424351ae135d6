import Foundation
import Testing
import PortraitTestSupport

/// Steps the browser's end-to-end tests share: starting it at the prompt, and checking what the shell
/// gets back when it ends.
extension Tmux {
    /// Types the browser's command line (after `prefix`, e.g. an environment assignment, and with
    /// `arguments`) and presses Enter.
    func launchBrowser(prefix: String = "", arguments: [String] = []) throws {
        try type(([prefix + Binary.shellQuoted] + arguments.map(Self.shellQuoted)).joined(separator: " "))
        try press("Enter")
    }

    /// `text` quoted for a POSIX shell.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The pane's terminal modes as tmux sees them: the alternate screen, the cursor shown, the
    /// application cursor keys, mouse reporting.
    func terminalModes() throws -> (alternateScreen: Bool, cursorShown: Bool, keypad: Bool, mouse: Bool) {
        let flags = try display("#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}").split(separator: " ")
        func on(_ index: Int) -> Bool { index < flags.count && flags[index] == "1" }
        return (on(0), on(1), on(2), on(3))
    }

    /// Starts the browser (with `arguments`) through a shell that writes its process id to `browser.pid` in
    /// `folder` first (then becomes the browser), waits for the first screen to show `firstScreen` (by default the
    /// embedded sample's latest edition, all shown), and returns that process id.
    func launchBrowserRecordingPid(in folder: URL, arguments: [String] = [], firstScreen: String? = nil,
                                   timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> pid_t {
        try type((["sh -c 'echo $$ > browser.pid; exec \"$0\" \"$@\"'", Binary.shellQuoted] + arguments.map(Self.shellQuoted)).joined(separator: " "))
        try press("Enter")
        try waitFor(text: firstScreen ?? PublishedFacts.allLatestShown, timeout: timeout, sourceLocation: sourceLocation)
        let text = try String(contentsOf: folder.appendingPathComponent("browser.pid"), encoding: .utf8)
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), sourceLocation: sourceLocation)
    }

    /// Presses each of `keys` after the screen shows `screen`, waiting each time for the screen to change and
    /// handing the key and the new screen to `each`; returns the last screen and how long each key took to
    /// reach it.
    func pressTimed(_ keys: [String], from screen: String, each: (String, String) -> Void = { _, _ in })
        throws -> (screen: String, timings: [(key: String, seconds: Double)]) {
        var screen = screen
        var timings: [(key: String, seconds: Double)] = []
        for key in keys {
            let before = screen
            let sent = DispatchTime.now().uptimeNanoseconds
            try press(key)
            screen = try waitFor("the screen after \(key)", timeout: 30) { $0 != before }
            timings.append((key, ProcessClock.seconds(since: sent)))
            each(key, screen)
        }
        return (screen, timings)
    }

    /// After the browser ended: the shell prompt is back, the browser's exit status is `status`, and the
    /// terminal is in its normal mode: `stty -a` shows echo and icanon, and tmux sees the main screen, the
    /// cursor shown, and neither application cursor keys nor mouse reporting. Returns the screen.
    @discardableResult
    func expectTerminalRestored(status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitForPrompt(sourceLocation: sourceLocation)
        let modes = try terminalModes()
        #expect(!modes.alternateScreen, "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(modes.cursorShown, "cursor still hidden", sourceLocation: sourceLocation)
        #expect(!modes.keypad, "application cursor keys still on", sourceLocation: sourceLocation)
        #expect(!modes.mouse, "mouse reporting still on", sourceLocation: sourceLocation)
        try type("echo status=$?")
        try press("Enter")
        try waitFor(text: "status=\(status)\n", sourceLocation: sourceLocation)
        // The quotes keep the typed command from matching before stty has answered.
        try type("stty -a; echo stty-''done")
        try press("Enter")
        let stty = try waitFor(text: "stty-done\n", sourceLocation: sourceLocation)
        #expect(Self.hasMode("echo", in: stty), sourceLocation: sourceLocation)
        #expect(Self.hasMode("icanon", in: stty), sourceLocation: sourceLocation)
        return stty
    }

    /// Whether `stty -a` output lists `mode` as on (not preceded by "-").
    static func hasMode(_ mode: String, in text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains { $0 == mode }
    }
}

extension Tmux {
    /// Runs `body` with a shell at its prompt in a private tmux server of `columns`×`rows` (in `locale`,
    /// or C.UTF-8), working in `folder` — or in a new temporary folder, removed afterwards, when none is
    /// given. The server is closed when `body` returns or throws.
    static func withShell<T>(columns: Int, rows: Int, locale: String? = nil, in folder: URL? = nil,
                             _ body: (Tmux, URL) throws -> T) throws -> T {
        let directory = try folder ?? Binary.temporaryFolder()
        defer { if folder == nil { try? FileManager.default.removeItem(at: directory) } }
        let tmux = try Tmux(columns: columns, rows: rows, directory: directory, locale: locale)
        defer { tmux.close() }
        try tmux.waitForPrompt()
        return try body(tmux, directory)
    }
}

/// The bounds a burst of keys must keep in a large browser, checked the same way in each test.
enum KeyTimings {
    /// Prints the keys' times and the browser's processor time as `what`, and expects each key under
    /// `secondsPerKey` and all of them under `cpuBound` seconds of processor time.
    static func expectQuick(_ timings: [(key: String, seconds: Double)], cpu: Double, secondsPerKey: Double, cpuBound: Double = 2,
                            what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = timings.map { "\($0.key) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: ", ")
        print("\(what): \(shown); browser processor time \(String(format: "%.2f", cpu)) s")
        for (key, seconds) in timings {
            #expect(seconds < secondsPerKey, "\(key) reached the screen after \(seconds) s (\(shown))", sourceLocation: sourceLocation)
        }
        #expect(cpu < cpuBound, "the browser used \(cpu) s of processor time for \(timings.count) keys", sourceLocation: sourceLocation)
    }
}
