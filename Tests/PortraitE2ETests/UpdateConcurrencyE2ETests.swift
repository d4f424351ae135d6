import Foundation
import PortraitTestSupport
import Testing

/// One `portrait update` at a time per data folder, and nothing left behind when one is interrupted.
/// The windows are made certain: the test catalogue holds the first update's download until the test
/// releases it (`/hold/`), so the second update always meets the first one at work.
@Suite(.tags(.e2e), .enabled(if: CKANTestServer.isAvailable, "python3 is not installed: the update tests need its http.server"))
struct UpdateConcurrencyE2ETests {
    typealias Store = UpdateE2ETests.Store

    @Test(.tags(.timing)) func aSecondUpdateWaitsForTheFirstThenStopsWith75() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            try server.setResources(CKANTestServer.resources(path2025: "hold/portrait-2025.csv"))
            let first = store.start(["update", "--catalog", server.actionAPI])
            try server.waitUntilHeld("portrait-2025.csv")
            let second = try store.measured(["update", "--catalog", server.actionAPI, "--timeout", "1"])
            #expect(second.status == 75, "\(second.stderr)")
            #expect(second.stderr == "portrait: another update has been using \(store.folder.path) for more than 1 s; try again later\n")
            #expect(second.stdout.isEmpty)
            #expect(second.seconds >= 1 && second.seconds < 10)
            // Waiting for the lock costs no processor time to speak of: measured 0.028-0.034 s in all (release),
            // 0.061 s (debug), for a run of 1.1 s.
            #expect(second.cpuSeconds < 0.2)
            try server.release("portrait-2025.csv")
            let done = try first.wait()
            #expect(done.status == 0, "\(done.stderr)")
            #expect(done.stdoutText.contains("2024  new") && done.stdoutText.contains("2025  new"))
            // Each file once, each with the manifest that describes it.
            #expect(server.counts() == ["/files/portrait-2024.csv": 1, "/files/portrait-2025.csv": 1])
            #expect(try store.run(["stats"]).stderr.isEmpty)
            // Once the first has ended, the next one runs, and finds both unchanged.
            let third = try store.update(server)
            #expect(third.status == 0 && third.stdout.contains("2025  unchanged"), "\(third.stderr)")
        }
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func anInterruptedUpdateLeavesNoTemporaryFile(_ signal: Int32) throws {
        try UpdateE2ETests.withCatalogue { server, store in
            try server.setResources(CKANTestServer.resources(path2025: "drip/portrait-2025.csv?every=0.2"))
            let (pid, _) = try store.spawn(["update", "--catalog", server.actionAPI])
            // Wait until the 2025 download has its temporary file and has received some bytes.
            let deadline = Date().addingTimeInterval(30)
            func downloading() -> Bool {
                store.temporaryFiles().contains { name in
                    name.hasPrefix(".portrait-2025.csv.download-") && (FileSize.of(store.folder.appendingPathComponent(name).path) ?? 0) > 0
                }
            }
            while !downloading() && Date() < deadline { usleep(20_000) }
            #expect(!store.temporaryFiles().isEmpty)
            kill(pid, signal)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            #expect(status & 0x7F == signal)
            #expect(store.temporaryFiles().isEmpty)
            // The 2024 edition stored before the signal is intact.
            let stats = try store.run(["stats"])
            #expect(stats.stdout.contains("90 initiatives in all"), "\(stats.stdout)\(stats.stderr)")
        }
    }

    @Test func temporaryFilesLeftByAKilledUpdateAreRemovedByTheNext() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
            for name in [".portrait-2025.csv.download-a1B2c3", ".portrait-Zx81aB"] {
                try Data(repeating: 0x41, count: 1000).write(to: store.folder.appendingPathComponent(name))
            }
            let update = try store.update(server)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(store.temporaryFiles().isEmpty)
        }
    }
}

/// The size of a file, if there is one.
enum FileSize {
    static func of(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    }
}
