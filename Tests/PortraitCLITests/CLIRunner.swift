import Foundation
import PortraitTestSupport

/// Runs the real `portrait` binary built beside the test bundle and captures what it prints.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum CLI {
    /// The built executable: same folder as the running test binary.
    static var binary: URL {
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = me.deletingLastPathComponent()
        // On Linux the test binary is <products>/portraitPackageTests.xctest; on macOS a bundle inside it.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("portrait").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("portrait")
    }

    /// Runs the binary (through the tests' shared runner: `englishLocale` with `environment` on top, a
    /// variable set to "" counting as unset for the language); gives up after `timeout` seconds.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    timeout: TimeInterval = 30) throws -> CLIRun {
        let run = try MeasuredProcess.run(binary.path, arguments, environment: environment, timeout: timeout)
        return CLIRun(status: run.timedOut ? -1 : run.status, stdout: run.stdoutText, stderr: run.stderr)
    }

    static func temporaryFolder() throws -> URL {
        try TemporaryFolders.make("cli")
    }
}
