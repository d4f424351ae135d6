import Foundation
import PortraitCore
import PortraitUpdate
import PortraitTestSupport
import Testing

/// What a catalogue says is data, and small; each file an edition offers is tried in order; messages say
/// what each catalogue answered and what is kept; and an update says what changed, or, with --quiet,
/// nothing when nothing did.
@Suite(.tags(.e2e), .enabled(if: CKANTestServer.isAvailable, "python3 is not installed: the update tests need its http.server"))
struct UpdateCatalogueE2ETests {
    typealias Store = UpdateE2ETests.Store

    @Test func catalogueTextIsCleanedAndCutAndAnUnsafeLicenceLinkDropped() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            let package: [String: Any] = [
                "id": Catalogue.federalDatasetID, "name": "portrait\u{1B}[2J",
                "title": "Portrait\u{1B}]0;pwned\u{07} " + String(repeating: "é", count: 5000),
                "license_title": "CC-BY\u{9B}31m 4.0", "license_url": "javascript:alert(1)",
                "organization": ["title": "Ministère\r\n\u{1B}[1A"],
                "resources": CKANTestServer.resources(),
            ]
            try JSONSerialization.data(withJSONObject: package).write(to: server.folder.appendingPathComponent("package.json"))
            let update = try store.update(server)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(!update.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
            let manifest = try EditionManifest.read(path: store.folder.appendingPathComponent("portrait-2025.manifest.json").path)
            let source = manifest.provenance
            #expect(source.datasetTitle.utf8.count <= 1024 && source.datasetTitle.hasPrefix("Portrait␛]0;pwned␇ éé"))
            #expect(source.publisher == "Ministère␍ ␛[1A")
            #expect(source.licence == "CC-BY\u{FFFD}31m 4.0")
            #expect(source.licenceURL.isEmpty)
            let sources = try store.run(["sources"])
            #expect(!sources.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
    }

    @Test func anEditionTheCatalogueNoLongerListsIsWithdrawnAndNeverTheLatestByItself() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            let nextYear = String(Calendar(identifier: .gregorian).component(.year, from: Date()) + 1)
            var resources = CKANTestServer.resources()
            resources.append(["name": "Portrait \(nextYear)", "format": "CSV", "url": "{base}/files/portrait-2024.csv?n=\(nextYear)"])
            try server.setResources(resources)
            #expect(try store.update(server).stdout.contains("\(nextYear)  new"))
            #expect(try store.run(["stats"]).stdout.contains("90 initiatives in all"))
            try server.setResources(CKANTestServer.resources())
            let update = try store.update(server)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(update.stdout.contains("\(nextYear)  withdrawn    portrait-\(nextYear).csv  (no longer listed by the catalogue; kept, never the latest by itself)"))
            #expect(try store.run(["stats"]).stdout.contains("117 initiatives in all"))
            let sources = try store.run(["sources"])
            #expect(sources.stdout.contains("withdrawn: no longer listed by the catalogue since \(UpdateE2ETests.today); never the latest by itself"))
            // Withdrawn stays withdrawn: --quiet has nothing new to say.
            let quiet = try store.update(server, ["--quiet"])
            #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
            // Listed again, it is the latest again.
            try server.setResources(resources)
            #expect(try store.update(server).stdout.contains("\(nextYear)  unchanged"))
            #expect(try store.run(["stats"]).stdout.contains("90 initiatives in all"))
            #expect(!(try store.run(["sources"]).stdout.contains("withdrawn")))
        }
    }

    @Test func aDataDictionaryListedFirstDoesNotHideTheRegister() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            try server.write(Data("Champ,Description\nNom,Nom de l'initiative\nStatut,Statut de l'initiative\n".utf8), file: "dictionnaire-2025.csv")
            let dictionary = ["name": "Dictionnaire de données 2025", "format": "CSV", "url": "{base}/files/dictionnaire-2025.csv"]
            try server.setResources([dictionary] + CKANTestServer.resources())
            let update = try store.update(server)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(update.stdout.contains("2025  new          portrait-2025.csv  117 initiatives"))
            #expect(server.counts()["/files/dictionnaire-2025.csv"] == 1)
            let source = try EditionManifest.read(path: store.folder.appendingPathComponent("portrait-2025.manifest.json").path).provenance
            #expect(source.sourceURL == server.base + "/files/portrait-2025.csv")
        }
    }

    @Test func offlineEveryCatalogueIsNamedAndTheStoredEditionsAreSaidToBeStillUsed() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            #expect(try store.update(server).status == 0)
            let (first, second) = (try UpdateE2ETests.closedPort(), try UpdateE2ETests.closedPort())
            let run = try store.run(["update", "--catalog", "http://127.0.0.1:\(first)/api", "--catalog", "http://127.0.0.1:\(second)/api"])
            #expect(run.status == 69)
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 3, "\(run.stderr)")
            #expect(lines.first?.hasPrefix("portrait: cannot reach http://127.0.0.1:\(first)/api/package_show?id=") == true)
            #expect(lines.dropFirst().first?.hasPrefix("portrait: cannot reach http://127.0.0.1:\(second)/api/package_show?id=") == true)
            #expect(lines.last == "portrait: the stored editions (2024, 2025) are still used")
        }
    }

    @Test func aRefusedFileSaysWhichStoredEditionIsKept() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            #expect(try store.update(server).status == 0)
            try server.setResources(CKANTestServer.resources(path2025: "error500/portrait-2025.csv"))
            let update = try store.update(server, ["--lang", "fr"])
            #expect(update.status == 69)
            #expect(update.stderr.hasSuffix("/error500/portrait-2025.csv a répondu 500 ; l'édition 2025 enregistrée le \(UpdateE2ETests.today) est gardée\n"),
                    "\(update.stderr)")
        }
    }

    @Test func theIPv6LoopbackWorks() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            guard let port = server.port6 else { return }
            let update = try store.run(["update", "--catalog", "http://[::1]:\(port)/api/3/action"])
            #expect(update.status == 0, "\(update.stderr)")
            #expect(update.stdout.contains("2025  new"))
            let source = try EditionManifest.read(path: store.folder.appendingPathComponent("portrait-2025.manifest.json").path).provenance
            #expect(source.sourceURL == "http://[::1]:\(port)/files/portrait-2025.csv")
        }
    }

    @Test func anUpdateSaysWhatChangedAsDiffPairsItAndQuietSaysNothingWhenNothingDid() throws {
        try UpdateE2ETests.withCatalogue { server, store in
            let update = try store.update(server)
            #expect(update.status == 0, "\(update.stderr)")
            let diff = try #require(JSONSerialization.jsonObject(with: Data(try store.run(["diff", "--format", "json"]).stdout.utf8)) as? [String: Any])
            let (added, removed, changed) = ((diff["initiatives_added"] as? [Any])?.count ?? -1, (diff["initiatives_removed"] as? [Any])?.count ?? -1,
                                             (diff["status_changes"] as? [Any])?.count ?? -1)
            #expect(update.stdout.contains("2025  since 2024: \(added) added, \(removed) removed, \(changed) status changes\n"), "\(update.stdout)")
            #expect(!update.stdout.contains("2024  since"))
            // Nothing changed: --quiet writes nothing at all.
            let quiet = try store.update(server, ["--quiet"])
            #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet.stdout)\(quiet.stderr)")
            // A changed file: --quiet writes the report, with what changed since the copy it replaces.
            try CKANTestServer.writeEdition(200, of: "portrait-2025.csv", to: server.folder.appendingPathComponent("files/portrait-2025.csv"))
            let changedRun = try store.update(server, ["--quiet"])
            #expect(changedRun.status == 0)
            #expect(changedRun.stdout.contains("2025  updated"))
            #expect(changedRun.stdout.contains(try Regex("2025  since the copy of \(UpdateE2ETests.today): [1-9][0-9]* added, 0 removed, 0 status changes\n")),
                    "\(changedRun.stdout)")
        }
    }
}
