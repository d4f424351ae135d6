import Foundation
import Testing

/// Steps the browser's end-to-end tests share: starting it at the prompt, and checking what the shell
/// gets back when it ends.
extension Tmux {
    /// Types the browser's command line (after `prefix`, e.g. an environment assignment) and presses Enter.
    func launchBrowser(prefix: String = "") throws {
        try type(prefix + Binary.shellQuoted)
        try press("Enter")
    }

    /// Starts the browser through a shell that writes its process id to `browser.pid` in `folder` first
    /// (then becomes the browser), waits for the first screen, and returns that process id.
    func launchBrowserRecordingPid(in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> pid_t {
        try type("sh -c 'echo $$ > browser.pid; exec \"$0\"' " + Binary.shellQuoted)
        try press("Enter")
        try waitFor(text: "258 / 258 initiatives", sourceLocation: sourceLocation)
        let text = try String(contentsOf: folder.appendingPathComponent("browser.pid"), encoding: .utf8)
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), sourceLocation: sourceLocation)
    }

    /// After the browser ended: the shell prompt is back, the browser's exit status is `status`, and the
    /// terminal is in its normal mode (`stty -a` shows echo and icanon). Returns the screen.
    @discardableResult
    func expectTerminalRestored(status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitForPrompt(sourceLocation: sourceLocation)
        try type("echo status=$?")
        try press("Enter")
        try waitFor(text: "status=\(status)\n", sourceLocation: sourceLocation)
        // The quotes keep the typed command from matching before stty has answered.
        try type("stty -a; echo stty-''done")
        try press("Enter")
        let modes = try waitFor(text: "stty-done\n", sourceLocation: sourceLocation)
        #expect(Self.hasMode("echo", in: modes), sourceLocation: sourceLocation)
        #expect(Self.hasMode("icanon", in: modes), sourceLocation: sourceLocation)
        return modes
    }

    /// Whether `stty -a` output lists `mode` as on (not preceded by "-").
    static func hasMode(_ mode: String, in text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains { $0 == mode }
    }
}
