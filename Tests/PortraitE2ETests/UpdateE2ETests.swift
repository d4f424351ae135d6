import Crypto
import Foundation
import PortraitCore
import PortraitUpdate
import Testing
import PortraitTestSupport

/// `portrait update` through the release binary against a CKAN-shaped catalogue on 127.0.0.1
/// (`scripts/ckan-test-server.py`): both editions stored with their manifests, every command then reading
/// them, nothing transferred twice, a changed file replacing the old one, and each kind of bad answer
/// refused with one line and its status while the previous edition stays.
@Suite(.tags(.e2e), .enabled(if: CKANTestServer.isAvailable, "python3 is not installed: the update tests need its http.server"))
struct UpdateE2ETests {
    /// A data folder of its own for one test, and the binary run with it.
    struct Store {
        let folder: URL
        init() throws { folder = try Binary.temporaryFolder().appendingPathComponent("data") }

        func run(_ arguments: [String], language: String = "en_CA.UTF-8", timeout: TimeInterval = 60) throws
            -> (status: Int32, stdout: String, stderr: String) {
            let run = try Binary.run(arguments, environment: ["PORTRAIT_DATA_DIR": folder.path, "LC_ALL": language], timeout: timeout)
            return (run.status, String(decoding: run.stdout, as: UTF8.self), run.stderr)
        }

        func update(_ server: CKANTestServer, _ more: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
            try run(["update", "--catalog", server.actionAPI] + more)
        }

        /// Every file in the folder with its bytes.
        func snapshot() throws -> [String: Data] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
        }

        func remove() { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    }

    @Test func firstUpdateStoresBothEditionsWithTheirManifestsAndEveryCommandUsesThem() throws {
        let server = try CKANTestServer()
        defer { server.stop() }
        let store = try Store()
        defer { store.remove() }
        let update = try store.update(server)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stderr.isEmpty)
        #expect(update.stdout.contains("2024  new          portrait-2024.csv  90 initiatives"))
        #expect(update.stdout.contains("2025  new          portrait-2025.csv  117 initiatives"))
        #expect(update.stdout.contains("editions stored in \(store.folder.path)"))
        // The PDF is never asked for; each edition was transferred once.
        #expect(server.counts() == ["/files/portrait-2024.csv": 1, "/files/portrait-2025.csv": 1])
        #expect(Set(try store.snapshot().keys) == [".update.lock", "portrait-2024.csv", "portrait-2024.manifest.json",
                                                   "portrait-2025.csv", "portrait-2025.manifest.json"])
        // The file is the server's, byte for byte; its manifest decodes as a Provenance and holds its facts.
        let served = try Data(contentsOf: server.folder.appendingPathComponent("files/portrait-2025.csv"))
        #expect(try Data(contentsOf: store.folder.appendingPathComponent("portrait-2025.csv")) == served)
        let manifestData = try Data(contentsOf: store.folder.appendingPathComponent("portrait-2025.manifest.json"))
        let provenance = try JSONDecoder().decode(Provenance.self, from: manifestData)
        #expect(provenance.kind == .official && provenance.edition == "2025" && provenance.licence == "CC-BY 4.0")
        #expect(provenance.sourceURL == server.base + "/files/portrait-2025.csv")
        #expect(provenance.publisher == "Ministère de la Cybersécurité et du Numérique")
        let manifest = try EditionManifest.read(path: store.folder.appendingPathComponent("portrait-2025.manifest.json").path)
        #expect(manifest.sha256 == FileDigest.hex(SHA256.hash(data: served)) && manifest.size == served.count && manifest.rows == 117)
        #expect(manifest.etag?.isEmpty == false && manifest.lastModified?.hasSuffix("GMT") == true)
        let object = try JSONSerialization.jsonObject(with: manifestData) as? [String: Any]
        #expect(object?["retrieved_at"] is String && object?["source_url"] is String)

        // Every command now reads the official editions, and none calls them a sample.
        let stats = try store.run(["stats", "--by", "status"])
        #expect(stats.status == 0 && stats.stdout.hasSuffix("117 initiatives in all\n"), "\(stats.stdout)")
        let summary = try store.run(["summary"])
        #expect(summary.stdout.contains("117 initiatives"))
        #expect(summary.stdout.contains("Source: Portrait des utilisations de l'IA dans l'administration publique, edition 2025, "
            + "Ministère de la Cybersécurité et du Numérique, licence CC-BY 4.0 — \(server.base)/files/portrait-2025.csv (retrieved "))
        let diff = try store.run(["diff"])
        #expect(diff.stdout.hasPrefix("Portrait 2024 → 2025"))
        #expect(diff.stdout.contains(try Regex(#"Initiatives +90 +117 +\+27"#)))
        let query = try store.run(["query", "--format", "json"])
        #expect(query.stdout.components(separatedBy: "\"name\":").count - 1 == 117)
        for output in [stats.stdout, summary.stdout, diff.stdout] { #expect(!output.contains("illustrative sample")) }
        let sources = try store.run(["sources"])
        #expect(sources.stdout.contains("2024  portrait-2024.csv") && sources.stdout.contains("sha256 \(manifest.sha256)"))
        #expect(try store.run(["update", "--list"]).stdout == sources.stdout)
        // --sample goes back to the embedded editions, and says so.
        let sample = try store.run(["stats", "--by", "status", "--sample"])
        #expect(try sample.stdout.contains("\(PublishedFacts.latestInitiatives) initiatives in all\n\nillustrative sample — run `portrait update` for the official register\n"))
        #expect(try store.run(["diff", "--sample"]).stdout.contains(try Regex("Initiatives +\(PublishedFacts.previousInitiatives) +\(PublishedFacts.latestInitiatives)")))
    }

    @Test func aSecondUpdateTransfersNoFile() throws {
        let server = try CKANTestServer()
        defer { server.stop() }
        let store = try Store()
        defer { store.remove() }
        #expect(try store.update(server).status == 0)
        let before = try store.snapshot()
        let again = try store.update(server, ["--lang", "fr"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("2024  inchangée    portrait-2024.csv"))
        #expect(again.stdout.contains("2025  inchangée    portrait-2025.csv"))
        #expect(server.counts() == ["/files/portrait-2024.csv": 1, "/files/portrait-2025.csv": 1])
        #expect(try store.snapshot() == before)
    }

    @Test func aChangedFileReplacesTheOldOne() throws {
        let server = try CKANTestServer()
        defer { server.stop() }
        let store = try Store()
        defer { store.remove() }
        #expect(try store.update(server).status == 0)
        let changed = server.folder.appendingPathComponent("files/portrait-2025.csv")
        try CKANTestServer.writeEdition(200, of: "portrait-2025.csv", to: changed)
        let update = try store.update(server)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("2025  updated      portrait-2025.csv"))
        #expect(update.stdout.contains("2024  unchanged    portrait-2024.csv"))
        #expect(server.counts() == ["/files/portrait-2024.csv": 1, "/files/portrait-2025.csv": 2])
        #expect(try Data(contentsOf: store.folder.appendingPathComponent("portrait-2025.csv")) == Data(contentsOf: changed))
        let rows = try EditionManifest.read(path: store.folder.appendingPathComponent("portrait-2025.manifest.json").path).rows
        #expect(rows > 117)
        #expect(try store.run(["stats"]).stdout.contains("\(rows) initiatives in all"))
    }

    /// A bad answer for the 2025 file, the options of the run, the status and what the one line says.
    struct BadAnswer: CustomTestStringConvertible, Sendable {
        let path: String
        let options: [String]
        let status: Int32
        let says: String
        var testDescription: String { path }
    }

    static let badAnswers = [
        BadAnswer(path: "html/portrait-2025.csv", options: [], status: 65, says: "the server sent a web page instead of a CSV file; refused"),
        BadAnswer(path: "truncated/portrait-2025.csv", options: [], status: 65, says: "the download stopped after 15784 of 31569 bytes; refused"),
        BadAnswer(path: "big/portrait-2025.csv?mb=3", options: ["--max-size", "1"], status: 65, says: "the file is larger than the 1 MB limit; refused"),
        BadAnswer(path: "bigstream/portrait-2025.csv?mb=3", options: ["--max-size", "1"], status: 65,
                  says: "the file is larger than the 1 MB limit; refused"),
        BadAnswer(path: "files/dictionnaire.pdf?n=2025", options: [], status: 65, says: "not a CSV file: this is a PDF document"),
        BadAnswer(path: "error500/portrait-2025.csv", options: [], status: 69, says: "/error500/portrait-2025.csv answered 500"),
        BadAnswer(path: "slow/portrait-2025.csv", options: ["--timeout", "2"], status: 69, says: "/slow/portrait-2025.csv sent nothing for 2 s"),
        BadAnswer(path: "loop/0", options: [], status: 69, says: "more than 5 redirections from "),
    ]

    @Test(arguments: badAnswers)
    func aBadAnswerIsRefusedInOneLineAndThePreviousEditionStays(_ bad: BadAnswer) throws {
        let server = try CKANTestServer()
        defer { server.stop() }
        let store = try Store()
        defer { store.remove() }
        #expect(try store.update(server).status == 0)
        let before = try store.snapshot()
        try server.setResources(CKANTestServer.resources(path2025: bad.path))
        let started = Date()
        let update = try store.update(server, bad.options)
        #expect(update.status == bad.status, "\(update.stderr)")
        let lines = update.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(update.stderr)")
        #expect(update.stderr.hasPrefix("portrait: 2025  refused      "))
        #expect(update.stderr.contains(bad.says), "\(update.stderr)")
        #expect(update.stdout.contains("2024  unchanged"))
        // Nothing changed in the folder: no new file, no temporary file left, the same bytes.
        #expect(try store.snapshot() == before)
        #expect(Date().timeIntervalSince(started) < 30)
        // The commands still read the previous 2025 edition.
        #expect(try store.run(["stats"]).stdout.contains("117 initiatives in all"))
    }

    @Test func diffWithOneOfficialEditionSaysSoAndTheSampleStillCompares() throws {
        let server = try CKANTestServer()
        defer { server.stop() }
        let store = try Store()
        defer { store.remove() }
        try server.setResources(Array(CKANTestServer.resources().dropFirst()))
        let update = try store.update(server)
        #expect(update.status == 0 && update.stdout.contains("2025  new") && !update.stdout.contains("2024"))
        let diff = try store.run(["diff"])
        #expect(diff.status == 66)
        #expect(diff.stderr == "portrait: only one official edition is stored; give OLD and NEW, or --sample for the sample\n")
        #expect(try store.run(["diff", "--sample"]).status == 0)
        #expect(try store.run(["stats", "--by", "edition"]).stdout.contains(try Regex("^2025 +117 [^\\n]*\\n117 initiatives in all\\n$")))
    }

    @Test func anUnreachableCatalogueGivesOneLineAndExit69AndTouchesNothing() throws {
        let store = try Store()
        defer { store.remove() }
        let port = try Self.closedPort()
        let run = try store.run(["update", "--catalog", "http://127.0.0.1:\(port)/api/3/action"])
        #expect(run.status == 69)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.hasPrefix("portrait: cannot reach http://127.0.0.1:\(port)/api/3/action/package_show?id="))
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.folder.path))
        let french = try store.run(["update", "--catalog", "http://127.0.0.1:\(port)/api/3/action"], language: "fr_CA.UTF-8")
        #expect(french.status == 69 && french.stderr.hasPrefix("portrait : impossible de joindre http://127.0.0.1:\(port)/"))
    }

    @Test func aCatalogueThatFailsIsFollowedByTheNextAndTheTitleFindsTheDataset() throws {
        let server = try CKANTestServer()
        defer { server.stop() }
        let store = try Store()
        defer { store.remove() }
        // Not under the federal id: package_show answers 404, package_search finds it by its title.
        try server.setResources(CKANTestServer.resources(), id: "autre-id")
        let port = try Self.closedPort()
        let run = try store.run(["update", "--catalog", "http://127.0.0.1:\(port)/api", "--catalog", server.actionAPI])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("catalogue: \(server.actionAPI) — Portrait des utilisations"))
        #expect(run.stdout.contains("2025  new"))
        // A dataset id the catalogue does not have: one line, 69.
        let missing = try store.run(["update", "--catalog", server.actionAPI, "--dataset", "nothing-here"])
        #expect(missing.status == 69)
        #expect(missing.stderr == "portrait: the catalogue \(server.actionAPI) has no dataset 'nothing-here'\n"
            + "portrait: the stored editions (2024, 2025) are still used\n")
    }

    @Test func plainHTTPIsRefusedExceptToThisMachine() throws {
        let store = try Store()
        defer { store.remove() }
        let catalogue = try store.run(["update", "--catalog", "http://example.org/api/3/action"])
        #expect(catalogue.status == 64)
        #expect(catalogue.stderr == "portrait: http://example.org/api/3/action is not an HTTPS address "
            + "(HTTP is allowed only to this machine, 127.0.0.1 or ::1)\n")
        let server = try CKANTestServer()
        defer { server.stop() }
        try server.setResources([["name": "Portrait 2025", "format": "CSV", "url": "http://192.0.2.1/portrait-2025.csv"]])
        let file = try store.update(server)
        #expect(file.status == 65)
        #expect(file.stderr.contains("2025  refused      http://192.0.2.1/portrait-2025.csv is not an HTTPS address"))
        #expect(server.counts().isEmpty)
    }

    @Test func theSampleSaysWhatItIsUntilOfficialEditionsAreStored() throws {
        let store = try Store()
        defer { store.remove() }
        for (locale, notice) in [("en_CA.UTF-8", "Illustrative sample — run `portrait update` for the official register"),
                                 ("fr_CA.UTF-8", "Échantillon illustratif — `portrait update` pour le registre officiel")] {
            let summary = try store.run(["summary"], language: locale)
            #expect(summary.stdout.split(separator: "\n")[1] == Substring(notice))
        }
        let markdown = try store.run(["query", "--format", "md", "--org", "Télé-Québec"])
        #expect(markdown.stdout.hasSuffix("\n\nSource: Portrait des utilisations de l'IA dans l'administration publique, edition 2025, "
            + "Ministère de la Cybersécurité et du Numérique, licence CC-BY 4.0 — illustrative sample — run `portrait update` for the official register\n"))
        // CSV and JSON stay pure data.
        #expect(!(try store.run(["query", "--format", "csv"]).stdout.contains("sample")))
        #expect(try store.run(["query", "--format", "json"]).stdout.hasSuffix("}\n]\n"))
        #expect(try store.run(["diff"]).stdout.hasSuffix("\nillustrative sample — run `portrait update` for the official register\n"))
        let sources = try store.run(["sources"])
        #expect(sources.stdout.hasPrefix("No official edition in \(store.folder.path): the commands use the embedded illustrative sample"))

        let server = try CKANTestServer()
        defer { server.stop() }
        #expect(try store.update(server).status == 0)
        let official = try store.run(["query", "--format", "md", "--search", "Télé-Québec"])
        #expect(!official.stdout.contains("sample"))
        #expect(official.stdout.hasSuffix("\(server.base)/files/portrait-2025.csv (retrieved \(Self.today))\n"))
        #expect(!(try store.run(["summary"]).stdout.contains("sample")))
    }

    /// Today's date as the manifests write it (UTC).
    static var today: String { String(ISO8601DateFormatter().string(from: Date()).prefix(10)) }

    /// A loopback port nothing listens on: bound, then released.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw CocoaError(.featureUnsupported) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
