import Foundation

/// One finished run of a program: how it ended, what it printed, how long it took and the most memory it
/// held.
public struct MeasuredRun: Sendable {
    /// The exit status, or 128 + the signal that ended it (SIGKILL after a timeout).
    public var status: Int32
    public var stdout: Data
    public var stderr: String
    public var timedOut: Bool
    /// Wall-clock time from start to end.
    public var seconds: Double
    /// Processor time the process used (user plus system), from `wait4`: unlike `seconds`, it does not
    /// grow when other processes (the other tests, run in parallel) share the cores.
    public var cpuSeconds: Double
    /// Peak resident memory of the program alone. On Linux, the program runs under GNU time, which forks
    /// it from its own small process and reports its ru_maxrss (`%M`): the program's own `wait4` figure
    /// would count the test runner's peak, because posix_spawn shares the runner's memory until exec,
    /// and polling /proc misses a program that ends before the first read. Elsewhere, ru_maxrss.
    public var peakBytes: Int

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs a program without a terminal (stdin from /dev/null, output into files), kills it after a
/// timeout, and measures it.
public enum MeasuredProcess {
    /// Runs `path` in `englishLocale` and `noStoredEditions` with `environment` on top (a
    /// variable set to "" counts as unset for the language); kills it after `timeout` seconds.
    public static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:],
                           timeout: TimeInterval = 30) throws -> MeasuredRun {
        let folder = try TemporaryFolders.make("run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path
        let peakPath = folder.appendingPathComponent("peak").path
        let (program, programArguments) = isLinux ? (gnuTime, ["-f", "%M", "-o", peakPath, "--", path] + arguments) : (path, arguments)

        let started = DispatchTime.now().uptimeNanoseconds
        let pid = try ChildProcess.spawn(program, programArguments, stdout: outPath, stderr: errPath,
                                         environment: ProcessInfo.processInfo.environment.merging(englishLocale) { $1 }.merging(noStoredEditions) { $1 }
                                             .merging(environment) { $1 },
                                         ownProcessGroup: true)

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        let deadline = started + UInt64(timeout * 1e9)
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw SpawnError(message: "wait4: \(String(cString: strerror(errno)))") }
            if DispatchTime.now().uptimeNanoseconds > deadline && !timedOut {
                timedOut = true
                kill(-pid, SIGKILL)
            }
            usleep(2_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let signal = status & 0x7F
        // wait4's usage of GNU time includes the program it waited for (Linux reports RUSAGE_BOTH).
        return MeasuredRun(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
                           stdout: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(),
                           stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
                           timedOut: timedOut, seconds: seconds,
                           cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                               + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
                           // Killed after the timeout, GNU time wrote nothing: the peak is unknown (0), and the
                           // caller reports the timeout.
                           peakBytes: isLinux ? (timedOut ? 0 : try reportedPeak(peakPath)) : Int(usage.ru_maxrss))
    }

    /// GNU time, which `.ci/run` installs (Debian package `time`).
    private static let gnuTime = "/usr/bin/time"

    /// The peak GNU time wrote: the last line of its report, in kilobytes (the lines before it say how the
    /// program ended when it failed or was killed).
    private static func reportedPeak(_ path: String) throws -> Int {
        let report = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        guard let last = report.split(separator: "\n").last, let kilobytes = Int(last.trimmingCharacters(in: .whitespaces)) else {
            throw SpawnError(message: "\(gnuTime) reported no peak memory: \(report.debugDescription)")
        }
        return kilobytes * 1024
    }

    private static var isLinux: Bool {
        #if os(Linux)
        true
        #else
        false
        #endif
    }
}
