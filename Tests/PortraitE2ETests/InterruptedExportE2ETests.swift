import Foundation
import PortraitTestSupport
import Testing

/// Exports and inputs under pressure, through the real binary: an export ended by a signal leaves no
/// temporary file behind, and a file swapped for a FIFO while it is being opened never blocks.
@Suite(.tags(.e2e, .slow), .serialized) struct InterruptedExportE2ETests {
    /// Ctrl-C or SIGTERM while `query -o` writes: the program ends by that signal, and neither the output
    /// nor its hidden temporary file is left in the folder.
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalDuringTheWriteLeavesNoTemporaryFile(_ signo: Int32) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("big.csv").path
        let generator = try MeasuredProcess.run("/usr/bin/env", SharedGenerator.arguments(rows: 400_000, output: input),
                                                timeout: 300)
        try #require(generator.status == 0, "\(generator.stderr)")
        let output = folder.appendingPathComponent("out.json").path
        let pid = try ChildProcess.spawn(Binary.url.path, ["query", input, "-o", output],
                                         stdout: folder.appendingPathComponent("stdout").path,
                                         stderr: folder.appendingPathComponent("stderr").path,
                                         environment: ProcessInfo.processInfo.environment.merging(englishLocale) { $1 })
        // Wait for the temporary file to appear, then send the signal.
        var sawTemporary = false
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if temporaryFiles(in: folder).isEmpty == false {
                sawTemporary = true
                kill(pid, signo)
                break
            }
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(500)
        }
        if sawTemporary { waitpid(pid, &status, 0) }
        #expect(sawTemporary, "the export ended before its temporary file was seen")
        if sawTemporary {
            #expect(status & 0x7F == signo, "ended with status \(status)")
        }
        #expect(temporaryFiles(in: folder).isEmpty, "left \(temporaryFiles(in: folder))")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// The path is swapped between a regular file and a FIFO as fast as the test can rename them while the
    /// binary reads it again and again: every run ends (loaded, or refused as not a regular file).
    @Test func aFileSwappedForAFIFONeverBlocks() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("swapped.csv").path
        let regular = Data((HostileInput.header + "\n" + HostileInput.row + "\n").utf8)
        try regular.write(to: URL(fileURLWithPath: path))
        let swapper = Swapper(folder: folder.path, target: path, regular: regular)
        let thread = Thread { swapper.run() }
        thread.start()
        defer { swapper.stop() }
        for round in 0..<40 {
            for command in [["validate", path], ["query", path]] {
                let run = try MeasuredProcess.run(Binary.url.path, command, timeout: 20)
                #expect(!run.timedOut, "round \(round): \(command) blocked")
                #expect([0, 65, 66].contains(run.status), "round \(round): \(command) status \(run.status): \(run.stderr)")
            }
        }
    }

    private func temporaryFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") }
    }
}

/// Renames a fresh regular file, then a fresh FIFO, over `target`, until stopped.
private final class Swapper: @unchecked Sendable {
    private let folder: String
    private let target: String
    private let regular: Data
    private let lock = NSLock()
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    init(folder: String, target: String, regular: Data) {
        self.folder = folder
        self.target = target
        self.regular = regular
    }

    func run() {
        let file = folder + "/next-file", fifo = folder + "/next-fifo"
        while !isStopped {
            try? regular.write(to: URL(fileURLWithPath: file))
            rename(file, target)
            usleep(200)
            mkfifo(fifo, 0o600)
            rename(fifo, target)
            usleep(200)
        }
        done.signal()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        done.wait()
    }
}
