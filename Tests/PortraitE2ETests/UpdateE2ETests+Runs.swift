import Foundation
import PortraitTestSupport
import Synchronization

extension UpdateE2ETests.Store {
    /// The environment the binary runs in with this store.
    func environment(_ language: String = "en_CA.UTF-8") -> [String: String] {
        ["PORTRAIT_DATA_DIR": folder.path, "LC_ALL": language]
    }

    /// Runs the binary under GNU time: its status, output, peak memory and processor time.
    func measured(_ arguments: [String], timeout: TimeInterval = 60) throws -> MeasuredRun {
        try MeasuredProcess.run(Binary.url.path, arguments, environment: environment(), timeout: timeout)
    }

    /// Starts a measured run on another thread; `wait()` gives its result.
    func start(_ arguments: [String], timeout: TimeInterval = 60) -> BackgroundRun {
        let run = BackgroundRun()
        let environment = environment()
        Thread.detachNewThread {
            let result = Result { try MeasuredProcess.run(Binary.url.path, arguments, environment: environment, timeout: timeout) }
            run.finish(result)
        }
        return run
    }

    /// Starts the binary itself (no GNU time between), so that a signal sent to the id reaches it.
    func spawn(_ arguments: [String]) throws -> (pid: pid_t, stderr: URL) {
        let output = folder.deletingLastPathComponent()
        let stderr = output.appendingPathComponent("spawned.err")
        let pid = try ChildProcess.spawn(Binary.url.path, arguments, stdout: output.appendingPathComponent("spawned.out").path,
                                         stderr: stderr.path,
                                         environment: ProcessInfo.processInfo.environment.merging(environment()) { $1 })
        return (pid, stderr)
    }

    /// The temporary downloads in the folder.
    func temporaryFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".portrait-") }
    }
}

/// A run of the binary on another thread.
final class BackgroundRun: Sendable {
    private let result = Mutex<Result<MeasuredRun, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    fileprivate func finish(_ value: Result<MeasuredRun, any Error>) {
        result.withLock { $0 = value }
        done.signal()
    }

    /// Waits for the run to end.
    func wait() throws -> MeasuredRun {
        done.wait()
        done.signal()
        return try result.withLock { $0! }.get()
    }
}

extension CKANTestServer {
    /// The port on ::1, when this machine has IPv6 loopback.
    var port6: Int? {
        (try? String(contentsOf: folder.appendingPathComponent("port6"), encoding: .utf8)).flatMap { Int($0) }
    }

    /// Waits until a request for `/hold/NAME` has arrived (and is being held).
    func waitUntilHeld(_ name: String, timeout: TimeInterval = 30) throws {
        let marker = folder.appendingPathComponent("arrived/\(name)")
        let deadline = Date().addingTimeInterval(timeout)
        while !FileManager.default.fileExists(atPath: marker.path) {
            guard Date() < deadline else { throw CKANServerError(message: "no request for /hold/\(name) arrived") }
            usleep(20_000)
        }
    }

    /// Lets the held requests for `/hold/NAME` be answered.
    func release(_ name: String) throws {
        let folder = self.folder.appendingPathComponent("release")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent(name))
    }
}

extension UpdateE2ETests {
    /// Runs `body` with a test catalogue and a data folder of its own, both removed afterwards.
    static func withCatalogue(_ body: (CKANTestServer, Store) throws -> Void) throws {
        let server = try CKANTestServer()
        defer { server.stop() }
        let store = try Store()
        defer { store.remove() }
        try body(server, store)
    }
}
