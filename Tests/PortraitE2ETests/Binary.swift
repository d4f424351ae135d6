import Foundation
import PortraitTestSupport

/// The `portrait` executable the end-to-end tests drive — the release build named by
/// `PORTRAIT_E2E_BINARY` (which `.ci/run` sets), else the build beside the test bundle — and a way to run
/// it headless.
enum Binary {
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["PORTRAIT_E2E_BINARY"], !path.isEmpty,
           FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = me.deletingLastPathComponent()
        // On Linux the test binary is <products>/portraitPackageTests.xctest; on macOS a bundle inside it.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("portrait").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("portrait")
    }

    /// The path quoted for a POSIX shell.
    static var shellQuoted: String { "'" + url.path.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs the binary without a terminal (stdin from /dev/null), in `englishLocale` with `environment` on
    /// top (a variable set to "" counts as unset for the language); gives up after `timeout` seconds.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    timeout: TimeInterval = 30) throws -> (status: Int32, stdout: Data, stderr: String) {
        let run = try MeasuredProcess.run(url.path, arguments, environment: environment, timeout: timeout)
        return (run.timedOut ? -1 : run.status, run.stdout, run.stderr)
    }

    static func temporaryFolder() throws -> URL {
        try TemporaryFolders.make("e2e")
    }
}
