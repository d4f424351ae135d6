import Foundation

/// Removes an output's temporary file when the program is ended by a signal while writing it (Ctrl-C or
/// SIGTERM during `query -o`): the handler, installed only where the signal would otherwise end the program
/// at once, unlinks the file (async-signal-safe) and ends the program by the same signal. A program that
/// handles the signal itself (the browser records it and acts later) keeps its handler, and the write runs
/// to its normal end, which removes the temporary file on failure.
public enum TemporaryFileCleanup {
    /// The signals that end the program by default and that a person or a supervisor sends.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// The temporary file's path as a C string, read by the signal handler (nil when there is none).
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

    /// Runs `body` with the handlers installed; `body` calls `register` with the temporary file's path, as
    /// the system's calls take it, once the file exists.
    public static func guarding<T>(_ body: (_ register: (UnsafePointer<CChar>) -> Void) throws -> T) rethrows -> T {
        let installed = signals.filter { installIfDefault($0) }
        defer {
            for signo in installed { signal(signo, SIG_DFL) }
            if let held = path {
                path = nil
                free(held)
            }
        }
        return try body { temporary in
            if let old = path {
                path = nil
                free(old)
            }
            path = strdup(temporary)
        }
    }

    /// Runs `body` with the signals blocked (a signal arriving meanwhile is delivered when it returns), so
    /// that a temporary file created and registered in `body` is never there unregistered.
    public static func blockingSignals<T>(_ body: () throws -> T) rethrows -> T {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signo in signals { sigaddset(&blocked, signo) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    /// Installs the handler for `signo` if its action is the default one; returns whether it did.
    private static func installIfDefault(_ signo: Int32) -> Bool {
        let previous = signal(signo, handler)
        if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_DFL, to: Int.self) { return true }
        signal(signo, previous)
        return false
    }

    private static let handler: @convention(c) (Int32) -> Void = { signo in
        if let held = TemporaryFileCleanup.path { unlink(held) }
        signal(signo, SIG_DFL)
        raise(signo)
    }
}
