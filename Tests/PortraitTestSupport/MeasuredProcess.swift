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
    /// Peak resident memory. On Linux, the largest `VmHWM` read from /proc while it ran (polled every
    /// 2 ms): `wait4`'s ru_maxrss counts, for a process spawned with vfork, the test runner's own peak
    /// when it called exec, so it serves only as an upper bound when the process ended before the first
    /// poll. Elsewhere, ru_maxrss.
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

        let started = DispatchTime.now().uptimeNanoseconds
        let pid = try ChildProcess.spawn(path, arguments, stdout: outPath, stderr: errPath,
                                         environment: ProcessInfo.processInfo.environment.merging(englishLocale) { $1 }.merging(noStoredEditions) { $1 }
                                             .merging(environment) { $1 })

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var highWater = 0
        let deadline = started + UInt64(timeout * 1e9)
        while true {
            highWater = max(highWater, Self.residentHighWater(of: pid))
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw SpawnError(message: "wait4: \(String(cString: strerror(errno)))") }
            if DispatchTime.now().uptimeNanoseconds > deadline && !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let signal = status & 0x7F
        return MeasuredRun(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
                           stdout: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(),
                           stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
                           timedOut: timedOut, seconds: seconds,
                           cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                               + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
                           peakBytes: highWater > 0 ? highWater : Int(usage.ru_maxrss) * (isLinux ? 1024 : 1))
    }

    /// The process's peak resident memory so far, from the `VmHWM` line of /proc/PID/status (0 if unknown).
    private static func residentHighWater(of pid: pid_t) -> Int {
        guard isLinux, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return (Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") ?? 0) * 1024
    }

    private static var isLinux: Bool {
        #if os(Linux)
        true
        #else
        false
        #endif
    }
}
