import Foundation
import PortraitTestSupport
import Testing

/// Never silently wrong: a stored edition that was changed, lost or whose manifest is damaged is said on
/// standard error by every command, with the edition and the fix; with no usable official edition the
/// commands stop (66) instead of serving the sample; `update` sets a damaged manifest aside and downloads
/// its edition again.
@Suite(.tags(.e2e), .enabled(if: CKANTestServer.isAvailable, "python3 is not installed: the update tests need its http.server"))
struct UpdateIntegrityE2ETests {
    typealias Store = UpdateE2ETests.Store

    @Test func aChangedLatestEditionIsSaidAndThePreviousOneUsed() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            #expect(try store.update(server).status == 0)
            let file = store.folder.appendingPathComponent("portrait-2025.csv")
            let handle = try FileHandle(forWritingTo: file)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("Ajout,Automatisation,Organisme,Finances,Aucun,Solution en production\n".utf8))
            try handle.close()
            let line = "portrait: the official edition 2025 cannot be used: its file \(file.path) is not the one portrait update checked; "
                + "run portrait update to download it again\n"
            for command in [["stats"], ["summary"], ["query", "--format", "csv"], ["sources"]] {
                let run = try store.run(command)
                #expect(run.stderr == line, "\(command): \(run.stderr)")
            }
            let french = try store.run(["stats"], language: "fr_CA.UTF-8")
            #expect(french.stderr.hasPrefix("portrait : l'édition officielle 2025 est inutilisable : son fichier "))
            #expect(try store.run(["stats"]).stdout.contains("90 initiatives in all"))
            // The next update downloads it again, and the commands are quiet again.
            let update = try store.update(server)
            #expect(update.status == 0 && update.stdout.contains("2025  new"), "\(update.stdout)\(update.stderr)")
            #expect(try store.run(["stats"]).stderr.isEmpty)
        }
    }

    @Test func noUsableOfficialEditionStopsWith66RatherThanServeTheSample() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            #expect(try store.update(server).status == 0)
            for edition in ["2024", "2025"] { try FileManager.default.removeItem(at: store.folder.appendingPathComponent("portrait-\(edition).csv")) }
            let export = try store.run(["query", "--format", "csv"])
            #expect(export.status == 66)
            #expect(export.stdout.isEmpty)
            #expect(export.stderr == "portrait: the official edition 2024 cannot be used: its file \(store.folder.path)/portrait-2024.csv is missing; "
                + "run portrait update to download it again\n"
                + "portrait: the official edition 2025 cannot be used: its file \(store.folder.path)/portrait-2025.csv is missing; "
                + "run portrait update to download it again\n"
                + "portrait: no official edition in \(store.folder.path) can be used; run portrait update to download them again, "
                + "or give --sample for the sample\n")
            // --sample still chooses the sample on purpose.
            let sample = try store.run(["stats", "--sample"])
            #expect(try sample.status == 0 && sample.stdout.contains("\(PublishedFacts.latestInitiatives) initiatives in all"))
        }
    }

    @Test func aDamagedManifestIsSaidSetAsideAndItsEditionDownloadedAgain() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            #expect(try store.update(server).status == 0)
            let manifest = store.folder.appendingPathComponent("portrait-2025.manifest.json")
            try Data("{\"edition\": 2025".utf8).write(to: manifest)
            let stats = try store.run(["stats"])
            #expect(stats.status == 0)
            #expect(stats.stderr == "portrait: the official edition 2025 cannot be used: its manifest \(manifest.path) is unreadable (not JSON); "
                + "run portrait update to download it again\n")
            // Offline, the manifest stays as it is, and is still said.
            try server.setResources(CKANTestServer.resources(path2025: "error500/portrait-2025.csv"))
            #expect(try store.update(server).status == 69)
            #expect(try store.run(["stats"]).stderr == stats.stderr)
            try server.setResources(CKANTestServer.resources())
            // The advice works: update sets the manifest aside and downloads the edition again.
            let update = try store.update(server)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(update.stderr == "portrait: unreadable manifest set aside (\(manifest.path)): its edition is downloaded again\n")
            #expect(update.stdout.contains("2025  new          portrait-2025.csv  117 initiatives"))
            #expect(FileManager.default.fileExists(atPath: manifest.path + ".damaged"))
            let after = try store.run(["stats"])
            #expect(after.stderr.isEmpty && after.stdout.contains("117 initiatives in all"))
        }
    }
}
