import Foundation
import Testing
@testable import PortraitCore

/// Each row's change between two editions, computed once in the core with the comparison's pairing.
@Suite struct EditionChangesTests {
    static func store() throws -> PortraitStore {
        let header = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
        let old = header + """
            Kept,Automatisation,O1,Finances,b,Solution en production
            Moved,Automatisation,O1,Finances,b,Développement de la solution
            Recast,Automatisation,O1,Finances,b,Solution en production
            Both,Automatisation,O1,Finances,b,Solution en production
            Dropped,Automatisation,O2,Finances,b,Solution en production

            """
        let new = header + """
            Fresh,Automatisation,O3,Finances,b,Solution en production
            KEPT,Automatisation,o1,Finances,b,Solution en production
            Moved,Automatisation,O1,Finances,b,Solution en production
            Recast,Traitement d'image,O1,Finances,b,Solution en production
            Both,Traitement d'image,O1,Finances,b,Développement de la solution

            """
        let folder = try Fixture.temporaryFolder()
        let a = folder.appendingPathComponent("p-2024.csv"), b = folder.appendingPathComponent("p-2025.csv")
        try Data(old.utf8).write(to: a)
        try Data(new.utf8).write(to: b)
        return try Loader.load(paths: [a.path, b.path]).store
    }

    @Test func everyRowOfTheNewerEditionHasAChangeAndTheRemovedRowsOfTheOlderToo() throws {
        let store = try Self.store()
        let changes = try #require(EditionChanges.latestTwo(of: store))
        #expect(changes.older == "2024" && changes.newer == "2025")
        let byName = (0..<store.count).map { "\(store.edition(row: $0)) \(store.text(.name, row: $0)): \(changes.label(row: $0, language: .en))" }
        #expect(byName == ["2024 Kept: ", "2024 Moved: ", "2024 Recast: ", "2024 Both: ", "2024 Dropped: removed",
                           "2025 Fresh: new", "2025 KEPT: unchanged", "2025 Moved: status changed", "2025 Recast: category changed",
                           "2025 Both: status changed; category changed"])
        #expect(changes.kinds(row: 9) == [.status, .category])
        #expect((0..<store.count).filter { changes.has(row: $0, anyOf: [.removed, .new]) } == [4, 5])
        #expect(changes.counts(rows: Array(0..<store.count)) == [.new: 1, .status: 2, .category: 2, .unchanged: 1, .removed: 1])
        #expect(ChangeKind.status.label(.fr) == "statut modifié")
    }

    @Test func exportsOfTwoEditionsCarryTheChange() throws {
        let store = try Self.store()
        let changes = try #require(EditionChanges.latestTwo(of: store))
        // Every table format (the HTML report is a page about the rows, not a table of them).
        for format in ExportFormat.allCases where format != .html {
            let options = ExportOptions(language: .en, changes: changes)
            let fast = SelectionWriter.bytes(store: store, rows: [4, 9], format: format, options: options)
            let table = SelectionWriter.bytes(ExportTable(store: store, rows: [4, 9], language: .en, changes: changes), format: format, options: options)
            #expect(fast == table, "\(format)")
        }
        let csv = String(decoding: SelectionWriter.bytes(store: store, rows: [4, 9], format: .csv, options: ExportOptions(language: .en, changes: changes)), as: UTF8.self)
        #expect(csv.hasPrefix("Name,Category,Public body,Ministerial portfolio,Benefits,Status,Edition,Change\r\n"))
        #expect(csv.contains(",2024,removed\r\n") && csv.contains(",2025,status changed; category changed\r\n"))
        #expect(EditionChanges.latestTwo(of: try Fixture.load(csv: "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\nA,Automatisation,O,Finances,b,Solution en production\n").store) == nil)
    }
}
