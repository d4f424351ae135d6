import Testing
import PortraitTestSupport
@testable import PortraitText
@testable import PortraitStore

/// The name order, sorted eight folded bytes at a time, against the plain rule on every folded name held
/// whole: byte order, a name before the longer names it begins, ties in file order.
@Suite struct NameRanksTests {
    /// Names made to meet every case: long shared beginnings (runs sorted over several rounds), names that
    /// end inside and exactly at an eight-byte boundary, NUL bytes (a name before the same name and a NUL),
    /// accents and case that fold alike, empty names and exact repeats.
    static func names(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        let stems = ["Résumé des factures fournisseurs", "resume des factures", "RÉSUMÉ DES FACTURES FOURNISSEURS ASSISTÉE",
                     "Agent conversationnel", "agent", "Agent\u{0}", "Agent\u{0}x", "12345678", "1234567", "123456789", "", "Été", "ete",
                     "Œuvre", "oeuvre", "Zèbre", "zebre 2", "Prévision des achalandages à l'urgence"]
        return (0..<count).map { _ in
            var name = stems[Int(random.next() % UInt64(stems.count))]
            switch random.next() % 4 {
            case 0: break
            case 1: name += " n° \(random.next() % 50)"
            case 2: name += String(repeating: "a", count: Int(random.next() % 20))
            default: name += " \(stems[Int(random.next() % UInt64(stems.count))])"
            }
            return name
        }
    }

    static func referenceRanks(_ names: [String]) -> [Int32] {
        let folded = names.map { name -> [UInt8] in
            var out: [UInt8] = []
            TextFold.append(name, to: &out)
            return out
        }
        let order = names.indices.sorted { a, b in
            if folded[a] != folded[b] { return folded[a].lexicographicallyPrecedes(folded[b]) }
            return a < b
        }
        var ranks = [Int32](repeating: 0, count: names.count)
        for (rank, row) in order.enumerated() { ranks[row] = Int32(rank) }
        return ranks
    }

    @Test(arguments: [(0, 1), (1, 2), (2, 3), (7, 4), (500, 5), (20_000, 6)])
    func ranksMatchTheReference(count: Int, seed: UInt64) {
        let names = Self.names(count: count, seed: seed)
        var column = TextColumn()
        for name in names { column.append(name) }
        #expect(SortRanks.nameRanks(column) == Self.referenceRanks(names))
    }
}
