import Foundation
import PortraitTestSupport
import Testing

/// A private tmux server (its own socket, no configuration file) running a shell in one window, for
/// driving the real browser as a person would. The server is killed by `close()`.
final class Tmux {
    /// The tmux executable on PATH, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var isAvailable: Bool { executable != nil }

    /// The shell's prompt (followed by a space).
    static let prompt = "ready>"

    let socket = "portrait-e2e-\(UUID().uuidString)"
    let target = "e2e"
    private var closed = false

    /// Starts a shell in a `columns`×`rows` window in `directory`, in the C.UTF-8 locale (a French interface),
    /// or with `LANG` set to `locale` and no `LC_ALL` or `LC_MESSAGES`.
    init(columns: Int, rows: Int, directory: URL, locale: String? = nil) throws {
        let environment = (locale.map { "env -u LC_ALL -u LC_MESSAGES LANG=\($0)" } ?? "env LC_ALL=C.UTF-8 LANG=C.UTF-8")
            + noStoredEditions.map { " \($0.key)=\($0.value)" }.joined()
        try run(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", String(columns), "-y", String(rows),
                 "-c", directory.path, "\(environment) PS1='\(Self.prompt) ' sh"])
    }

    deinit { close() }

    /// Kills the tmux server (and so the shell and anything running in it).
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? run(["kill-server"])
    }

    /// Whether the server still answers.
    var isRunning: Bool { (try? run(["has-session", "-t", target])) != nil }

    /// Runs a tmux command against this server (through `ChildProcess`: the server it may fork must hold
    /// none of the test process's pipes); returns its standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: file) }
        let status = try Self.spawn(Self.executable ?? "/usr/bin/tmux", ["-L", socket, "-u"] + arguments, output: file.path)
        if status != 0 && arguments.first != "kill-server" {
            throw TmuxError(message: "tmux \(arguments.joined(separator: " ")) ended with status \(status)")
        }
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    /// Runs `path` with `arguments`, standard output into the file at `output`, and waits for it.
    private static func spawn(_ path: String, _ arguments: [String], output: String) throws -> Int32 {
        let pid = try ChildProcess.spawn(path, arguments, stdout: output, stderr: "/dev/null",
                                         environment: ProcessInfo.processInfo.environment)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { break }
        }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Presses tmux key names ("Enter", "Tab", "BTab", "Space", "C-c").
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types text literally. tmux reads an argument that ends in ";" as the end of a command and drops
    /// that ";", unless a backslash comes before it.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text.hasSuffix(";") ? text.dropLast() + "\\;" : text])
    }

    /// Presses a tmux key name `count` times in one go (`send-keys -N`).
    func press(_ key: String, times count: Int) throws {
        try run(["send-keys", "-t", target, "-N", String(count), key])
    }

    /// A tmux format expanded for the pane, e.g. `#{pane_title}` or `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
    }

    /// Sets the pane's title (what an OSC 0 or 2 sequence would change).
    func setTitle(_ title: String) throws {
        try run(["select-pane", "-t", target, "-T", title])
    }

    /// The visible text of the window.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
    }

    /// Polls the window until `condition` holds on its text, or `timeout` seconds pass; records an issue
    /// (with the last screen) on timeout. Returns the last screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
                return screen
            }
            usleep(30_000)
            screen = try capture()
        }
        return screen
    }

    /// Polls until the shell waits for a command: the last line that is not blank is the bare prompt.
    @discardableResult
    func waitForPrompt(timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("the shell prompt", timeout: timeout, sourceLocation: sourceLocation) { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces) == Self.prompt
        }
    }

    /// Polls until the window shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }
}

/// A tmux command that failed.
struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
