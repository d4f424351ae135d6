import Foundation
import PortraitCore
import Testing

/// The binary as README installs it: `portrait --version` prints the one version constant, and the release
/// build (`swift build -c release --static-swift-stdlib`, which `.ci/run` makes and names in
/// `PORTRAIT_E2E_BINARY`) runs on a machine with no Swift toolchain, needing only the system's libraries.
struct InstalledBinaryE2ETests {
    @Test func versionIsTheOneConstant() throws {
        let run = try Binary.run(["--version"])
        #expect(run.status == 0)
        #expect(String(decoding: run.stdout, as: UTF8.self) == PortraitVersion.current + "\n")
    }

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
