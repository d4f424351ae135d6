import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

@Suite struct ExportTests {
    let tricky = #"""
        Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
        "Projet ""Alpha"", phase 2",Automatisation,CHUM,Finances,"Ligne un
        ligne deux, avec virgule",Solution en production
        =SOMME(A1),Automatisation,"Org | pipe",Finances,"voir le rapport ""Bilan annuel""",Solution en production

        """#

    @Test func csvRoundTripKeepsQuotesAndLineBreaks() throws {
        let store = try Fixture.load(csv: tricky).store
        let table = ExportTable(store: store, rows: [0, 1], language: .fr)
        let bytes = SelectionWriter.bytes(table, format: .csv, options: ExportOptions(formulaGuard: false))
        let again = try Loader.load(csvFiles: [("again.csv", bytes)]).store
        #expect(again.count == 2)
        for row in 0..<2 {
            for field in Field.allCases {
                #expect(again.text(field, row: row) == store.text(field, row: row))
            }
        }
        #expect(again.text(.benefits, row: 0) == "Ligne un\nligne deux, avec virgule")
        #expect(again.text(.name, row: 0) == "Projet \"Alpha\", phase 2")
    }

    @Test func formulaGuardAndBOM() throws {
        let store = try Fixture.load(csv: tricky).store
        let table = ExportTable(store: store, rows: [1], language: .fr)
        let guarded = String(decoding: SelectionWriter.bytes(table, format: .csv), as: UTF8.self)
        #expect(guarded.contains("\r\n'=SOMME(A1),"))
        let bom = SelectionWriter.bytes(table, format: .csv, options: ExportOptions(bom: true))
        #expect(bom.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func jsonIsAnArrayOfObjectsWithStableKeys() throws {
        let store = try Fixture.load(csv: tricky).store
        let table = ExportTable(store: store, rows: [0, 1], language: .en)
        let data = Data(SelectionWriter.bytes(table, format: .json))
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        #expect(objects.count == 2)
        #expect(objects[0]["name"] == "Projet \"Alpha\", phase 2")
        #expect(objects[0]["category"] == "Automation")
        #expect(Set(objects[0].keys) == ["name", "category", "organisation", "portfolio", "benefits", "status"])
    }

    @Test func markdownEscapesPipesAndLineBreaks() throws {
        let store = try Fixture.load(csv: tricky).store
        let text = String(decoding: SelectionWriter.bytes(ExportTable(store: store, rows: [0, 1], language: .fr), format: .md), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2].contains("Ligne un<br>ligne deux"))
        #expect(lines[3].contains("Org \\| pipe"))
    }

    @Test func tsvEscapesTabsAndLineBreaks() throws {
        let store = try Fixture.load(csv: tricky).store
        let text = String(decoding: SelectionWriter.bytes(ExportTable(store: store, rows: [0], language: .fr), format: .tsv), as: UTF8.self)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.contains("Ligne un\\nligne deux"))
    }

    @Test func atomicWriteRefusesToReplaceWithoutForce() throws {
        let folder = try Fixture.temporaryFolder()
        let path = folder.appendingPathComponent("out.csv").path
        try AtomicFile.write(Array("one".utf8), to: path, replace: false)
        #expect(throws: PortraitError.self) { try AtomicFile.write(Array("two".utf8), to: path, replace: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        try AtomicFile.write(Array("two".utf8), to: path, replace: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
    }

    @Test func atomicWriteIntoAMissingFolderFails() {
        #expect(throws: PortraitError.self) { try AtomicFile.write([1], to: "/nonexistent-folder/x.csv", replace: false) }
    }
}
