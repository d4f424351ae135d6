import Foundation
import Testing
@testable import PortraitCore

/// Row classes (`Query.classes`: the changes between editions, computed above the store) are filtered and
/// counted by `select` like a facet: OR within the classes chosen, AND with the rest, disjunctive counts.
/// Checked against brute force on a store large enough to be scanned in two parts.
@Suite struct RowClassesSelectTests {
    static let rows = 120_000

    static func store() throws -> PortraitStore {
        var csv = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
        let categories = ["Automatisation", "Traitement d'image", "Assistant/agent conversationnel"]
        let statuses = ["Solution en production", "Développement de la solution"]
        for row in 0..<rows {
            let name = row % 7 == 0 ? "zeta \(row)" : "outil \(row)"
            csv += "\(name),\(categories[row % 3]),O\(row % 11),Finances,b,\(statuses[row % 2])\n"
        }
        return try Fixture.load(csv: csv).store
    }

    @Test func classesFilterAndCountLikeAFacet() throws {
        let store = try Self.store()
        var generator = SystemRandomNumberGenerator()
        // Zero, one or two classes per row, out of five.
        let bits = (0..<store.count).map { _ -> UInt8 in
            let pick = UInt8.random(in: 0..<8, using: &generator)
            return pick >= 5 ? 0 : (1 << pick) | (pick == 1 ? 0b100 : 0)
        }
        let classes = RowClasses(bits: bits, count: 5)
        let category = try #require(store.values(.category).firstIndex { $0.raw == "Automatisation" })
        for (chosen, search, filtered) in [(Set<Int>(), "", false), ([1], "", false), ([0, 4], "zeta", false), ([2], "", true), ([], "zeta", true)] {
            var query = Query(search: search)
            query.classes = classes
            query.selectedClasses = chosen
            if filtered { query.selected[.category] = [category] }
            let selection = store.select(query)
            let mask = chosen.reduce(UInt8(0)) { $0 | 1 << UInt8($1) }
            func others(_ row: Int) -> Bool {
                (!filtered || store.code(.category, row: row) == category)
                    && (search.isEmpty || store.text(.name, row: row).hasPrefix("zeta"))
            }
            let expected = (0..<store.count).filter { others($0) && (mask == 0 || bits[$0] & mask != 0) }
            #expect(selection.rows == expected, "\(chosen) \(search) \(filtered)")
            // A class's count: the rows that pass every other filter and are in that class.
            let counts = (0..<5).map { k in (0..<store.count).filter { others($0) && bits[$0] & (1 << UInt8(k)) != 0 }.count }
            #expect(selection.classCounts == counts, "\(chosen) \(search) \(filtered)")
            // And the facets' counts take the class filter as one more filter.
            let categoryCount = (0..<store.count).filter {
                (search.isEmpty || store.text(.name, row: $0).hasPrefix("zeta")) && (mask == 0 || bits[$0] & mask != 0)
                    && store.code(.category, row: $0) == category
            }.count
            #expect(selection.count(.category, category) == categoryCount)
        }
        // Without classes, no class counts.
        #expect(store.select(Query()).classCounts.isEmpty)
    }
}
