import Foundation
import PortraitCore
@testable import PortraitUpdate
import Testing

/// Which file of a dataset becomes which edition, which addresses may be fetched, where files go, and
/// the manifest's shape.
@Suite struct EditionChoiceTests {
    @Test func oneFilePerEditionPreferringCSVThenXLSXAndNothingElse() {
        let resources = [
            CatalogueResource(name: "Portrait 2025 (Excel)", format: "XLSX", url: "https://x/2025.xlsx"),
            CatalogueResource(name: "Portrait 2025", format: "CSV", url: "https://x/2025.csv"),
            CatalogueResource(name: "Portrait 2024", format: "xlsx", url: "https://x/2024.xlsx"),
            CatalogueResource(name: "Dictionnaire de données 2025", format: "PDF", url: "https://x/dico.pdf"),
            CatalogueResource(name: "Portrait (page web)", format: "HTML", url: "https://x/portrait.html", lastModified: "2023-05-01T00:00:00"),
            CatalogueResource(name: "Données", format: ".csv", url: "https://x/donnees.csv", lastModified: "2023-05-01T10:00:00"),
            CatalogueResource(name: "Sans date", format: "CSV", url: "https://x/sans-date.csv"),
        ]
        let chosen = EditionChoice.choose(resources, language: .fr)
        #expect(chosen.map(\.edition) == ["2023", "2024", "2025"])
        #expect(chosen.map(\.resource.url) == ["https://x/donnees.csv", "https://x/2024.xlsx", "https://x/2025.csv"])
        #expect(chosen.map(\.storedName) == ["portrait-2023.csv", "portrait-2024.xlsx", "portrait-2025.csv"])
    }

    @Test func everyFileOfAnEditionIsACandidateInOrderOfPreference() {
        let resources = [
            CatalogueResource(name: "Dictionnaire de données 2025", format: "CSV", url: "https://x/dico-2025.csv"),
            CatalogueResource(name: "Portrait 2025 (Excel)", format: "XLSX", url: "https://x/2025.xlsx"),
            CatalogueResource(name: "Portrait 2025", format: "CSV", url: "https://x/2025.csv"),
        ]
        let candidates = EditionChoice.candidates(resources, language: .fr)
        #expect(candidates.map(\.edition) == ["2025"])
        #expect(candidates.first?.files.map(\.resource.url) == ["https://x/dico-2025.csv", "https://x/2025.csv", "https://x/2025.xlsx"])
    }

    @Test func editionsAreYearsFrom2020ToNextYearAndAtMostTwenty() {
        let resources = (1990...2100).map { CatalogueResource(name: "Portrait \($0)", format: "CSV", url: "https://x/\($0).csv") }
        #expect(EditionChoice.candidates(resources, language: .fr, lastYear: 2027).map(\.edition) == (2020...2027).map(String.init))
        // However far the catalogue goes, at most the 20 latest.
        #expect(EditionChoice.candidates(resources, language: .fr, lastYear: 2100).map(\.edition) == (2081...2100).map(String.init))
        #expect(EditionChoice.year(in: "Portrait 2019") == nil)
    }

    @Test func catalogueTextIsCleanedAndCutAtACharacterEnd() throws {
        let long = String(repeating: "é", count: 600)
        #expect(CatalogueText.clean(long).utf8.count == 1024 && CatalogueText.clean(long).allSatisfy { $0 == "é" })
        #expect(CatalogueText.clean("a\u{1B}[2Jb\nc") == "a␛[2Jb c")
        #expect(CatalogueText.licenceLink("https://creativecommons.org/licenses/by/4.0/") == "https://creativecommons.org/licenses/by/4.0/")
        #expect(CatalogueText.licenceLink("http://127.0.0.1/licence") == "http://127.0.0.1/licence")
        for refused in ["javascript:alert(1)", "http://example.org/licence", "file:///etc/passwd"] { #expect(CatalogueText.licenceLink(refused) == nil) }
        let json = #"{"name": "Portrait 2025", "format": "CSV", "url": "https://x/\#(String(repeating: "a", count: 5000))"}"#
        #expect(try JSONDecoder().decode(CatalogueResource.self, from: Data(json.utf8)).url.isEmpty)
    }

    @Test func theInterfaceLanguageChoosesBetweenTwoFilesOfOneFormat() {
        let resources = [
            CatalogueResource(name: "Portrait 2025", format: "CSV", url: "https://x/en.csv", languages: ["en"]),
            CatalogueResource(name: "Portrait 2025", format: "CSV", url: "https://x/fr.csv", languages: ["fr"]),
        ]
        #expect(EditionChoice.choose(resources, language: .fr).map(\.resource.url) == ["https://x/fr.csv"])
        #expect(EditionChoice.choose(resources, language: .en).map(\.resource.url) == ["https://x/en.csv"])
    }

    @Test func formatsComeFromWhatTheLoaderReads() {
        #expect(SourceFormat(catalogueFormat: "CSV") == .csv)
        #expect(SourceFormat(catalogueFormat: "text/csv") == .csv)
        #expect(SourceFormat(catalogueFormat: " .XLSX ") == .xlsx)
        #expect(SourceFormat(catalogueFormat: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") == .xlsx)
        #expect(SourceFormat(catalogueFormat: "PDF") == nil)
        for format in SourceFormat.allCases { #expect(SourceFormat(catalogueFormat: format.rawValue) == format) }
    }

    @Test func yearsAreFourDigitsOnTheirOwn() {
        #expect(EditionChoice.year(in: "Portrait 2025") == "2025")
        #expect(EditionChoice.year(in: "portrait_2024-10.csv") == "2024")
        #expect(EditionChoice.year(in: "id 120255") == nil)
        #expect(EditionChoice.year(in: "version 3000") == nil)
    }

    @Test func plainHTTPOnlyToThisMachine() {
        #expect(AddressPolicy.allows(URL(string: "https://www.donneesquebec.ca/recherche/api/3/action")!))
        #expect(AddressPolicy.allows(URL(string: "http://127.0.0.1:8080/x")!))
        #expect(AddressPolicy.allows(URL(string: "http://[::1]:8080/x")!))
        #expect(AddressPolicy.allows(URL(string: "http://localhost/x")!))
        #expect(!AddressPolicy.allows(URL(string: "http://www.donneesquebec.ca/x")!))
        #expect(!AddressPolicy.allows(URL(string: "http://127.0.0.1.example.org/x")!))
        #expect(!AddressPolicy.allows(URL(string: "ftp://127.0.0.1/x")!))
        #expect(!AddressPolicy.allows(URL(string: "file:///etc/passwd")!))
    }

    @Test func theDataFolderFollowsTheEnvironment() {
        #expect(DataFolder.fromEnvironment(["PORTRAIT_DATA_DIR": "/d", "XDG_DATA_HOME": "/x", "HOME": "/h"]).path == "/d")
        #expect(DataFolder.fromEnvironment(["XDG_DATA_HOME": "/x", "HOME": "/h"]).path == "/x/portrait")
        #expect(DataFolder.fromEnvironment(["XDG_DATA_HOME": "relative", "HOME": "/h"]).path == "/h/.local/share/portrait")
        #expect(DataFolder.fromEnvironment(["HOME": "/h"]).path == "/h/.local/share/portrait")
    }

    @Test func theManifestRoundTripsAndDecodesAsAProvenance() throws {
        let provenance = Provenance(kind: .official, edition: "2025", sourceURL: "https://x/2025.csv", retrievedAt: "2026-01-16T20:53:00Z")
        let manifest = EditionManifest(provenance: provenance, file: "portrait-2025.csv", format: "CSV", size: 12, sha256: "ab",
                                       etag: "\"e\"", lastModified: "Fri, 16 Jan 2026 20:53:00 GMT", rows: 3)
        let folder = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                                 appropriateFor: FileManager.default.temporaryDirectory, create: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(EditionManifest.fileName(edition: "2025")).path
        try Data(try manifest.encoded()).write(to: URL(fileURLWithPath: path))
        #expect(try EditionManifest.read(path: path) == manifest)
        #expect(try JSONDecoder().decode(Provenance.self, from: Data(contentsOf: URL(fileURLWithPath: path))) == provenance)
        let keys = try #require(JSONSerialization.jsonObject(with: Data(try manifest.encoded())) as? [String: Any]).keys
        #expect(Set(keys) == ["kind", "edition", "dataset_title", "publisher", "licence", "licence_url", "source_url", "retrieved_at",
                              "file", "format", "size", "sha256", "etag", "last_modified", "rows"])
        // A damaged manifest is one error naming it, and its edition a problem of the folder, not an error.
        try Data("{\"edition\": 2025}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: PortraitError.self) { try EditionManifest.read(path: path) }
        let contents = DataFolder(path: folder.path).contents()
        #expect(contents.editions.isEmpty && contents.problems.map(\.edition) == ["2025"])
    }
}
