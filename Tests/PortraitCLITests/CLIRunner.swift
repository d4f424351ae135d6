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

    /// The locale every run gets unless `environment` says otherwise: English, so that messages are the
    /// same whatever the machine's locale (with no LANG at all the program speaks French).
    static let englishLocale = ["LC_ALL": "en_CA.UTF-8"]

    /// Runs the binary with `environment` on top of the test's own and `englishLocale` (a variable set to
    /// "" counts as unset for the language).
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    timeout: TimeInterval = 30) throws -> CLIRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(englishLocale) { $1 }.merging(environment) { $1 }
        // Output goes to files, so neither stream can fill up and block the child.
        let folder = try temporaryFolder()
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // A hang is a failure, not a stuck test run: give up after `timeout` seconds.
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        try? FileManager.default.removeItem(at: folder)
        return CLIRun(status: timedOut ? -1 : process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        try TemporaryFolders.make("cli")
    }
}
