import Foundation
import PortraitCore
import PortraitTestSupport
import Testing

/// The binary as README installs it: `portrait --version` prints the one version constant, and the release
/// build (`swift build -c release --static-swift-stdlib`, which `.ci/run` makes and names in
/// `PORTRAIT_E2E_BINARY`) runs on a machine with no Swift toolchain, needing only the system's libraries.
@Suite(.tags(.e2e)) struct InstalledBinaryE2ETests {
    @Test func versionIsTheOneConstant() throws {
        let run = try Binary.run(["--version"])
        #expect(run.status == 0)
        #expect(String(decoding: run.stdout, as: UTF8.self) == PortraitVersion.current + "\n")
    }

    /// Shell completions come from ArgumentParser (`portrait --generate-completion-script bash|zsh|fish`):
    /// each names every subcommand.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesEverySubcommand(shell: String) throws {
        let run = try Binary.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        let script = String(decoding: run.stdout, as: UTF8.self)
        for subcommand in Self.subcommands {
            #expect(script.contains(subcommand), "the \(shell) completion lacks \(subcommand)")
        }
    }

    /// The manual page is made by ArgumentParser's `generate-manual` plugin from this description of the
    /// commands (`swift package generate-manual`, docs/GUIDE.md): it must read as JSON naming every subcommand
    /// and the version.
    @Test func manualPageSourceDescribesEveryCommand() throws {
        let run = try Binary.run(["--experimental-dump-help"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        let names = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        #expect(Set(Self.subcommands).isSubset(of: Set(names)), "\(names)")
    }

    static let subcommands = ["browse", "summary", "query", "stats", "diff", "validate", "update", "sources"]

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PORTRAIT_E2E_BINARY"].map { !$0.isEmpty } ?? false,
                   "the release binary is named by PORTRAIT_E2E_BINARY (.ci/run builds it with --static-swift-stdlib)"))
    func releaseBinaryNeedsNoSwiftLibrary() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [Binary.url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let listing = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let libraries = listing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(libraries.contains { $0.hasPrefix("libncursesw") }, "ldd lists the system's libraries: \(listing)")
        let swiftNames = ["libswift", "libFoundation", "libdispatch", "libBlocksRuntime", "/swift/linux/"]
        let swiftLibraries = libraries.filter { line in swiftNames.contains { line.contains($0) } }
        #expect(swiftLibraries.isEmpty, "the release binary needs Swift's own libraries: \(swiftLibraries)")
    }
}
