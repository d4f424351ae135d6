import Foundation

/// Starting a program for the end-to-end tests, shared by every runner here.
///
/// Not through Foundation's `Process`: it learns that a child ended when a pipe it passed down is closed,
/// and a tmux server forked by the child would keep that open for ever. So: posix_spawn with stdin from
/// /dev/null, stdout and stderr into the files given, every descriptor above 2 closed in the child, no
/// signal blocked and the default action for the ones tests send or the program meets.
public enum ChildProcess {
    /// Starts `path` with `arguments`; returns its process id. With `ownProcessGroup`, the child leads a
    /// process group of its own (whose id is its process id), so that `kill(-pid, …)` reaches what it starts.
    public static func spawn(_ path: String, _ arguments: [String], stdout: String, stderr: String,
                             environment: [String: String], ownProcessGroup: Bool = false) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The test runs on a thread that blocks signals; the child must not inherit that (tmux's
        // kill-server is a SIGTERM to itself), and gets the default actions back.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGXFSZ] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        if ownProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
        }
        #if os(Linux)
        // glibc skips closing descriptors that are not open.
        for descriptor in 3..<Int32(1024) { posix_spawn_file_actions_addclose(&actions, descriptor) }
        #else
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, &argv, &envp)
        guard result == 0 else { throw SpawnError(message: "cannot run \(path): \(String(cString: strerror(result)))") }
        return pid
    }
}

/// A program the tests wanted to run could not be started or waited for.
public struct SpawnError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// The locale every run of the binary gets unless a test says otherwise: English, so that messages are the
/// same whatever the machine's locale (with no LANG at all the program speaks French).
public let englishLocale = ["LC_ALL": "en_CA.UTF-8"]

/// Every run of the binary reads no official edition unless a test says otherwise: a data folder that does
/// not exist, so that editions a person stored with `portrait update` on this machine never change a test.
public let noStoredEditions = ["PORTRAIT_DATA_DIR": "/nonexistent/portrait-tests-data"]
