import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

@Suite struct LoaderTests {
    static let variants = [
        "fr-comma-utf8.csv", "en-comma-utf8.csv", "fr-semicolon-bom-crlf.csv", "en-tab-utf8.tsv",
        "fr-semicolon-cp1252.csv", "fr-comma-title-rows.csv", "en-semicolon-cp1252-crlf-title.csv", "fr-tab-bom.tsv",
        "fr-comma-utf16le.csv",
    ]

    /// Everything a person would compare: counts per facet value (in French labels) and every row's fields.
    struct Fingerprint: Equatable {
        var counts: [Facet: [String: Int]] = [:]
        var rows: [[String]] = []
    }

    static func fingerprint(_ store: PortraitStore) -> Fingerprint {
        var print = Fingerprint()
        let all = Array(0..<store.count)
        for facet in [Facet.portfolio, .category, .status, .organisation] {
            print.counts[facet] = Dictionary(uniqueKeysWithValues: store.tally(facet, rows: all).map { ($0.label, $0.count) })
        }
        print.rows = all.map { row in Field.allCases.map { store.text($0, row: row) } }
        return print
    }

    @Test(arguments: variants)
    func everyVariantGivesTheSameStatsAndRows(_ name: String) throws {
        let reference = try Loader.load(paths: [Fixture.path("formats/fr-comma-utf8.csv")])
        let loaded = try Loader.load(paths: [Fixture.path("formats/\(name)")])
        #expect(loaded.store.count == 150)
        #expect(loaded.reports[0].mapping.missingFields.isEmpty)
        #expect(Self.fingerprint(loaded.store) == Self.fingerprint(reference.store))
    }

    @Test func detectionIsReported() throws {
        let cp1252 = try Loader.load(paths: [Fixture.path("formats/en-semicolon-cp1252-crlf-title.csv")]).reports[0]
        #expect(cp1252.encoding == .windows1252)
        #expect(cp1252.delimiter == 0x3B)
        #expect(cp1252.headerLine == 2)
        let bom = try Loader.load(paths: [Fixture.path("formats/fr-tab-bom.tsv")]).reports[0]
        #expect(bom.encoding == .utf8BOM)
        #expect(bom.delimiter == 0x09)
        #expect(try Loader.load(paths: [Fixture.path("formats/fr-comma-title-rows.csv")]).reports[0].headerLine == 3)
        #expect(try Loader.load(paths: [Fixture.path("formats/fr-comma-utf16le.csv")]).reports[0].encoding == .utf16LE)
    }

    @Test func xlsxGivesTheSameStatsAndRowsAsItsCSV() throws {
        let csv = try Loader.load(paths: [Fixture.path("synthetic-200.csv")])
        let xlsx = try Loader.load(paths: [Fixture.path("synthetic-200.xlsx")])
        #expect(xlsx.store.count == 200)
        #expect(xlsx.reports[0].format == .xlsx)
        #expect(Self.fingerprint(xlsx.store) == Self.fingerprint(csv.store))
    }

    @Test func headerMappingByMeaning() {
        #expect(HeaderMapper.field(forHeader: "Nom de l'actif informationnel, du projet ou de l'initiative en IA") == .name)
        #expect(HeaderMapper.field(forHeader: "Name of the IT asset, project or AI initiative") == .name)
        #expect(HeaderMapper.field(forHeader: "Organisme public ") == .organisation)
        #expect(HeaderMapper.field(forHeader: "Responsible public body") == .organisation)
        #expect(HeaderMapper.field(forHeader: "Portefeuille ministériel") == .portfolio)
        #expect(HeaderMapper.field(forHeader: "Bénéfices associés") == .benefits)
        #expect(HeaderMapper.field(forHeader: "Avantages") == .benefits)
        #expect(HeaderMapper.field(forHeader: "Statut") == .status)
        #expect(HeaderMapper.field(forHeader: "CATÉGORIE") == .category)
        #expect(HeaderMapper.field(forHeader: "Commentaires") == nil)
    }

    @Test func columnOverridesLoadAnotherRegister() throws {
        let text = """
            use_case_name,agency,agency_name,topic_area,development_stage,benefits,contact
            Chatbot for benefits,Department of Labor,DOL,Mission-Enabling,Operation and Maintenance,Faster answers,a@b.gov
            """
        let options = LoadOptions(columnOverrides: try HeaderMapper.parseOverrides(
            "name=use_case_name,organisation=agency_name,category=topic_area,status=development_stage,benefits=benefits,portfolio=agency"))
        let loaded = try Fixture.load(csv: text, options: options)
        #expect(loaded.store.count == 1)
        #expect(loaded.store.text(.organisation, row: 0) == "DOL")
        #expect(loaded.store.text(.portfolio, row: 0) == "Department of Labor")
        #expect(loaded.store.extraTitles == ["contact"])
        #expect(loaded.store.extra(0, row: 0) == "a@b.gov")
        #expect(loaded.reports[0].anomalies.entries.contains { $0.kind == .unknownValue(.category, "Mission-Enabling") })
    }

    @Test func badOverridesAreUsageErrors() {
        #expect(throws: PortraitError.self) { try HeaderMapper.parseOverrides("colour=x") }
        #expect(throws: PortraitError.self) { try HeaderMapper.parseOverrides("name") }
    }

    @Test func fileWithoutThePortraitsColumnsSaysWhichAreMissing() {
        do {
            _ = try Fixture.load(csv: "Nom,Couleur,Taille\nx,rouge,3\n")
            Issue.record("expected an error")
        } catch let error as PortraitError {
            #expect(error.kind == .badData)
            #expect(error.description.contains("category, organisation, portfolio, benefits, status"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func anomaliesAreCounted() throws {
        let text = """
            Nom,Catégorie,Organisme,Portefeuille,Bénéfices,Statut
            A,Automatisation,Org ,Finances,x,Solution en production
            A,Automatisation,Org,Finances,x,Solution en production
            B,Cybersécurité,Org,Finances,,Statut bizarre
            C,Automatisation,Org
            D,Automatisation,Org,Finances,x,Solution en production,surplus
            """
        let report = try Fixture.load(csv: text, options: LoadOptions(findsDuplicates: true)).reports[0]
        let kinds = Set(report.anomalies.entries.map(\.kind))
        #expect(kinds.contains(.straySpaces(.organisation)))
        #expect(kinds.contains(.duplicateRow))
        #expect(kinds.contains(.unknownValue(.category, "Cybersécurité")))
        #expect(kinds.contains(.unknownValue(.status, "Statut bizarre")))
        #expect(kinds.contains(.blankField(.benefits)))
        #expect(kinds.contains(.tooFewCells))
        #expect(kinds.contains(.tooManyCells))
        #expect(report.rowCount == 5)
    }

    @Test func editionLabelFromFileName() {
        #expect(Loader.editionLabel(forFile: "/tmp/portrait-ia-2025.csv") == "2025")
        #expect(Loader.editionLabel(forFile: "registre_20251.csv") == "registre_20251")
        #expect(Loader.editionLabel(forFile: "export.xlsx") == "export")
    }

    @Test func missingFileAndFolder() throws {
        #expect(throws: PortraitError(.noInput, file: "/nonexistent/x.csv", .noSuchFile)) {
            try Loader.load(paths: ["/nonexistent/x.csv"])
        }
        let folder = try Fixture.temporaryFolder()
        #expect(throws: PortraitError(.noInput, file: folder.path, .isFolderNotFile)) {
            try Loader.load(paths: [folder.path])
        }
    }
}
