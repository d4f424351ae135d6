import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// Odd inputs and exports that once went wrong: header choice, column overrides, stray bytes, padding,
/// many or duplicate columns, JSON keys, formula guards, special files, blank bodies, the line named.
@Suite struct OddInputAndExportTests {
    @Test func bestMatchingHeaderWinsOverAnEarlierWeakerOne() {
        let headers = ["Numéro du projet", "Nom du projet", "Catégorie", "Identité", "Organisme public",
                       "Portefeuille", "Bénéfices", "Économies", "Statut"]
        let columns = HeaderMapper.map(headers: headers)
        #expect(columns[.name] == 1)
        #expect(columns[.organisation] == 4)
        #expect(columns[.benefits] == 6)
        #expect(columns[.status] == 8)
        #expect(HeaderMapper.field(forHeader: "Économies") == nil)
    }

    @Test func columnOverridesMayContainCommasAndShareAColumn() throws {
        let overrides = try HeaderMapper.parseOverrides(
            "name=Nom de l'actif informationnel, du projet ou de l'initiative en IA,organisation=agency,portfolio=agency")
        #expect(overrides[.name] == "Nom de l'actif informationnel, du projet ou de l'initiative en IA")
        let columns = HeaderMapper.map(headers: ["x", "agency", "y"], overrides: overrides)
        #expect(columns[.organisation] == 1 && columns[.portfolio] == 1)
    }

    @Test func aFewStrayBytesInUTF8AreRepairedNotTheWholeFile() throws {
        var bytes = Array("Catégorie; Bénéfices; Québec; Forêts; l".utf8)
        bytes.append(0x92)  // a Windows-1252 apostrophe pasted into UTF-8 text
        bytes += Array("IA".utf8)
        let decoded = try ByteDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8Mixed)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "Catégorie; Bénéfices; Québec; Forêts; l’IA")
    }

    @Test func spacesBeforeAnOpeningQuoteArePadding() throws {
        var records: [[String]] = []
        try CSVReader(utf8: Array("a, \"b, c\", d\n".utf8), dialect: CSVDialect(delimiter: 0x2C)).forEachRecord { cells, _ in records.append(cells) }
        #expect(records == [["a", "b, c", " d"]])
    }

    @Test func manyDuplicateExtraTitlesLoadAndStayDistinct() throws {
        let extras = Array(repeating: "x", count: 3000)
        let header = (["Nom", "Catégorie", "Organisme", "Portefeuille", "Bénéfices", "Statut"] + extras).joined(separator: ",")
        let row = (["A", "Automatisation", "O", "Finances", "b", "Solution en production"] + extras).joined(separator: ",")
        let store = try Fixture.load(csv: header + "\n" + row + "\n").store
        #expect(store.extraTitles.count == 3000)
        #expect(Set(store.extraTitles).count == 3000)
        #expect(store.extraTitles[2] == "x (3)")
    }

    /// A sheet's 16,384 columns load; one more, and the header line is refused (`HeaderMapper.maximumColumns`).
    @Test func sixteenThousandColumnsLoadAndNoMore() throws {
        func csv(columns: Int) -> String {
            let extras = (0..<(columns - 6)).map { "x\($0)" }
            let header = (["Nom", "Catégorie", "Organisme", "Portefeuille", "Bénéfices", "Statut"] + extras).joined(separator: ",")
            let row = (["A", "Automatisation", "O", "Finances", "b", "Solution en production"] + extras.map { _ in "v" }).joined(separator: ",")
            return header + "\n" + row + "\n"
        }
        let store = try Fixture.load(csv: csv(columns: 16_384)).store
        #expect(store.extraTitles.count == 16_378)
        #expect(store.extra(16_377, row: 0) == "v")
        #expect(throws: PortraitError.self) { try Fixture.load(csv: csv(columns: 16_385)) }
        do {
            _ = try Fixture.load(csv: csv(columns: 16_385))
        } catch let error as PortraitError {
            #expect(error.message == .tooManyColumns && error.line == 1 && error.values["count"] == "16385")
        }
    }

    @Test func extraColumnsNeverReuseAFieldsJSONKey() throws {
        let store = try Fixture.load(csv: "Nom,Catégorie,Organisme,Portefeuille,Bénéfices,Statut,status\nA,Automatisation,O,Finances,b,Solution en production,z\n").store
        let table = ExportTable(store: store, rows: [0], language: .fr)
        #expect(table.keys == ["name", "category", "organisation", "portfolio", "benefits", "status", "status (2)"])
        let objects = try JSONSerialization.jsonObject(with: Data(SelectionWriter.bytes(table, format: .json))) as? [[String: String]]
        #expect(objects?.first?["status"] == "Solution en production")
        #expect(objects?.first?["status (2)"] == "z")
    }

    @Test func formulaGuardCoversHeaderTitles() throws {
        let store = try Fixture.load(csv: "Nom,Catégorie,Organisme,Portefeuille,Bénéfices,Statut,=cmd|calc!A1\nA,Automatisation,O,Finances,b,Solution en production,z\n").store
        let csv = String(decoding: SelectionWriter.bytes(ExportTable(store: store, rows: [0], language: .fr), format: .csv), as: UTF8.self)
        #expect(csv.hasPrefix("Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut,'=cmd|calc!A1\r\n"))
    }

    @Test func exportNeverReplacesAFifoOrDevice() throws {
        let folder = try Fixture.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: PortraitError.self) { try AtomicFile.write([0x41], to: fifo, replace: true) }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func blankOrganisationIsLabelledNotCountedAsABody() throws {
        let store = try Fixture.load(csv: "Nom,Catégorie,Organisme,Portefeuille,Bénéfices,Statut\nA,Automatisation,,Finances,b,Solution en production\nB,Automatisation,O,Finances,b,Solution en production\n").store
        let blank = try #require(store.values(.organisation).first { $0.isBlank })
        #expect(blank.label(.fr) == "(vide)")
        #expect(blank.label(.en) == "(blank)")
    }

    @Test func notAPortraitNamesTheLineOfTheBestCandidate() {
        #expect(throws: PortraitError(.badData, file: "inline.csv", line: 3, .columnsMissing,
                                      ["fields": "category, organisation, portfolio, benefits, status"])) {
            try Fixture.load(csv: "Titre\n\nNom,Couleur,Taille\nx,y,z\n")
        }
        #expect(throws: PortraitError(.badData, file: "inline.csv", line: 3, .noNameColumn, ["headers": "\"Nom de l'organisme\""])) {
            try Fixture.load(csv: "Titre\n\nNom de l'organisme,Catégorie,Statut\nx,y,z\n")
        }
    }

    /// A name and a category, a body or a status make a register; the fields it lacks are left empty.
    @Test func aNameAndOneOtherFieldLoad() throws {
        let loaded = try Fixture.load(csv: "Titre\n\nNom,Catégorie,Organisme\nx,y,z\n")
        #expect(loaded.store.count == 1 && loaded.store.text(.organisation, row: 0) == "z")
        #expect(loaded.reports[0].mapping.missingFields == [.portfolio, .benefits, .status])
        #expect(loaded.reports[0].mapping.titleLine == "Titre")
    }
}
