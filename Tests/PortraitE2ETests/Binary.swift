import Foundation

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

    /// The locale every headless run gets unless told otherwise: English, so that messages are the same
    /// whatever the machine's locale (with no LANG at all the program speaks French).
    static let englishLocale = ["LC_ALL": "en_CA.UTF-8"]

    /// Runs the binary without a terminal (stdin from /dev/null), in `englishLocale` with `environment` on
    /// top (a variable set to "" counts as unset for the language); gives up after `timeout` seconds.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    timeout: TimeInterval = 30) throws -> (status: Int32, stdout: Data, stderr: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portrait-e2e-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(englishLocale) { $1 }.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (timedOut ? -1 : process.terminationStatus, try Data(contentsOf: outURL),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("portrait-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
