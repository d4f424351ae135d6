import Foundation
import PortraitTestSupport
import PortraitUpdate
import Testing

/// `portrait update` against a catalogue that sends too much or too slowly: its own peak memory (GNU
/// time) stays bounded after `--max-size` and whatever catalogue JSON comes, `--deadline` ends a transfer
/// that never stops trickling, and waiting for a silent server costs no processor time.
@Suite(.tags(.e2e, .timing), .enabled(if: CKANTestServer.isAvailable, "python3 is not installed: the update tests need its http.server"))
struct UpdateBoundsE2ETests {
    typealias Store = UpdateE2ETests.Store

    /// The most memory an update may take, whatever the server sends (the bound).
    static let peakBound = 64 << 20

    /// The peak of an update that reaches no catalogue: what the program takes before any transfer
    /// (measured on the release binary: 33 MiB).
    static func baseline(_ store: Store) throws -> Int {
        try store.measured(["update", "--catalog", "http://127.0.0.1:\(try UpdateE2ETests.closedPort())/api"]).peakBytes
    }

    @Test func anEndlessBodyIsCutAtMaxSizeAndMemoryStaysBounded() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            try server.setResources(CKANTestServer.resources(path2025: "endless/portrait-2025.csv"))
            let run = try store.measured(["update", "--catalog", server.actionAPI, "--max-size", "1"])
            print("endless body: peak \(run.peakBytes >> 20) MiB, \(run.seconds) s, cpu \(run.cpuSeconds) s")
            #expect(run.status == 65, "\(run.stderr)")
            #expect(run.stderr.contains("2025  refused      cannot read '\(server.base)/endless/portrait-2025.csv': the file is larger than the 1 MB limit; refused"),
                    "\(run.stderr)")
            #expect(run.peakBytes < Self.peakBound)
            // Measured on the release binary: 40-41 MiB, 7-8 MiB over the baseline (before: 1 to 23 GB).
            #expect(run.peakBytes - (try Self.baseline(store)) < 24 << 20)
            #expect(run.seconds < 20)
            #expect(store.temporaryFiles().isEmpty)
        }
    }

    @Test func aGzipBombIsCutAtMaxSizeAsItInflates() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            try server.setResources(CKANTestServer.resources(path2025: "gzip/portrait-2025.csv?mb=100"))
            let run = try store.measured(["update", "--catalog", server.actionAPI, "--max-size", "1"])
            print("gzip bomb: peak \(run.peakBytes >> 20) MiB, \(run.seconds) s, cpu \(run.cpuSeconds) s")
            #expect(run.status == 65, "\(run.stderr)")
            #expect(run.stderr.contains("the file is larger than the 1 MB limit; refused"), "\(run.stderr)")
            #expect(run.peakBytes < Self.peakBound)
            #expect(store.temporaryFiles().isEmpty)
        }
    }

    @Test func anEndlessCatalogueAnswerIsCutAndMemoryStaysBounded() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            let run = try store.measured(["update", "--catalog", server.base + "/hugejson/api/3/action"])
            print("endless catalogue: peak \(run.peakBytes >> 20) MiB, \(run.seconds) s, cpu \(run.cpuSeconds) s")
            #expect(run.status == 69, "\(run.stderr)")
            #expect(run.stderr == "portrait: cannot read '\(server.base)/hugejson/api/3/action/package_show?id=\(Catalogue.federalDatasetID)': "
                + "the file is larger than the 4 MB limit; refused\n", "\(run.stderr)")
            #expect(run.peakBytes < Self.peakBound)
            // Measured on the release binary: 35-36 MiB, 2-3 MiB over the baseline (before: 3.9 GB for 5 GB).
            #expect(run.peakBytes - (try Self.baseline(store)) < 12 << 20)
            #expect(!FileManager.default.fileExists(atPath: store.folder.path))
        }
    }

    @Test func aCatalogueOfMaxSizeIsDecodedWithinTheBound() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            // Just under 4 MB of resources (each name 900 bytes, every year from 1990 to 2100 among them).
            let resources = (0..<3_900).map { index in
                ["name": "Portrait \(1990 + index % 111) " + String(repeating: "x", count: 900), "format": "CSV",
                 "url": "{base}/files/portrait-2025.csv"]
            }
            try server.setResources(resources)
            let run = try store.measured(["update", "--catalog", server.actionAPI, "--deadline", "60"])
            print("4 MB catalogue: peak \(run.peakBytes >> 20) MiB, \(run.seconds) s, cpu \(run.cpuSeconds) s")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.peakBytes < Self.peakBound)
            // Measured on the release binary: 45 MiB, 12 MiB over the baseline.
            #expect(run.peakBytes - (try Self.baseline(store)) < 36 << 20)
            // Editions from 2020 to next year only.
            let nextYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
            let stored = ((try? FileManager.default.contentsOfDirectory(atPath: store.folder.path)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
            #expect(stored == (2020...nextYear).map { "portrait-\($0).csv" })
        }
    }

    @Test func theDeadlineEndsATransferThatTrickles() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            try server.setResources(CKANTestServer.resources(path2025: "drip/portrait-2025.csv?every=0.5"))
            let run = try store.measured(["update", "--catalog", server.actionAPI, "--timeout", "2", "--deadline", "4"])
            print("drip: \(run.seconds) s, cpu \(run.cpuSeconds) s")
            #expect(run.status == 69, "\(run.stderr)")
            #expect(run.stderr.contains("2025  refused      portrait update did not finish within 4 s (--deadline); \(server.base)/drip/"), "\(run.stderr)")
            #expect(run.seconds < 10)
            #expect(store.temporaryFiles().isEmpty)
        }
    }

    @Test func waitingForASilentServerCostsNoProcessorTime() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            let run = try store.measured(["update", "--catalog", server.base + "/silent/api/3/action", "--timeout", "4"])
            print("silent: \(run.seconds) s, cpu \(run.cpuSeconds) s")
            #expect(run.status == 69, "\(run.stderr)")
            #expect(run.stderr.contains("sent nothing for 4 s"), "\(run.stderr)")
            #expect(run.seconds >= 4 && run.seconds < 8)
            // Measured: 0.025-0.027 s of processor time in all (release), 0.058 s (debug), for 4 s of waiting.
            #expect(run.cpuSeconds < 0.2)
        }
    }
}
