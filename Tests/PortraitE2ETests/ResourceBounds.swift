import Foundation
import PortraitTestSupport
import Testing

/// What a run on a hostile or oddly shaped input may cost: processor time and the program's own peak
/// memory (500 MB). Processor time, because the tests run in parallel on a machine of two cores: a run's
/// wall time then depends on its neighbours; a wall-time bound of four times as much still catches a hang.
///
/// Every bound keeps at least three times what the run was measured to cost on the release binary, so
/// that a slower machine of the same kind still passes: the default, 2 s, is for runs measured under
/// 0.65 s; a run that costs more names its own bound with `cpu:`, next to the figure it was measured at.
/// Set `PORTRAIT_BOUNDS_LOG` to a file to have every run's cost appended to it (what, processor and wall
/// seconds, peak MiB), which is how the figures beside the bounds were read. A debug build (plain
/// `swift test`) is several times slower at byte-level work, so it gets 15 times the bound.
enum ResourceBounds {
    static let isOptimised = Binary.url.path.contains("/release/")
    /// The default bound on processor time for the release binary.
    static let releaseSeconds: Double = 2
    static let bytes = 500 * 1024 * 1024

    /// The bound on processor time for this binary, given the release binary's bound.
    static func seconds(forRelease release: Double) -> Double { isOptimised ? release : 15 * release }

    /// Runs the binary and checks the bounds (`cpu`: seconds of processor time the release binary may
    /// use); returns the run.
    static func run(_ arguments: [String], _ what: String, cpu release: Double = releaseSeconds,
                    environment: [String: String] = [:],
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> MeasuredRun {
        let seconds = seconds(forRelease: release)
        let run = try MeasuredProcess.run(Binary.url.path, arguments, environment: environment, timeout: 4 * seconds + 30)
        log(run, what)
        #expect(!run.timedOut, "\(what): killed after \(run.seconds) s", sourceLocation: sourceLocation)
        #expect(run.status < 128, "\(what): ended by signal \(run.status - 128)", sourceLocation: sourceLocation)
        #expect(run.cpuSeconds <= seconds, "\(what): took \(run.cpuSeconds) s of processor time (bound \(seconds) s)",
                sourceLocation: sourceLocation)
        #expect(run.seconds <= 4 * seconds, "\(what): took \(run.seconds) s", sourceLocation: sourceLocation)
        #expect(run.peakBytes <= bytes, "\(what): peak memory \(run.peakBytes >> 20) MB", sourceLocation: sourceLocation)
        return run
    }

    /// Appends the run's cost to `PORTRAIT_BOUNDS_LOG` when it is set.
    private static func log(_ run: MeasuredRun, _ what: String) {
        guard let path = ProcessInfo.processInfo.environment["PORTRAIT_BOUNDS_LOG"], !path.isEmpty else { return }
        let line = String(format: "%@\t%.3f\t%.3f\t%d\n", what.replacingOccurrences(of: "\n", with: " "), run.cpuSeconds, run.seconds,
                          run.peakBytes >> 20)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = line.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
    }
}
