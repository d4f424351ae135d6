import Foundation
import PortraitCore
import PortraitTestSupport
import Testing

/// The one fold (`TextFold`) and the one matcher over text that reaches every Unicode category: a word of a
/// row, searched as written, finds that row through the scan, the word index, the load-time filter and the
/// highlighting alike, in every script.
@Suite struct TextFoldTests {
    /// Scalars of every general category but unassigned, surrogates and controls (which no cell keeps),
    /// `perCategory` of each drawn by a seeded generator, and the letters that once broke a word:
    /// ligatures (U+FDFA, ﬁ), ß, İ, final sigma, full-width, Hangul, Devanagari, combining accents.
    static func scalarPool(perCategory: Int, seed: UInt64) -> [Unicode.Scalar] {
        var byCategory: [Unicode.GeneralCategory: [Unicode.Scalar]] = [:]
        for value in UInt32(0x20)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category = scalar.properties.generalCategory
            if [.unassigned, .surrogate, .control].contains(category) { continue }
            byCategory[category, default: []].append(scalar)
        }
        var random = SeededRandom(seed: seed)
        var pool: [Unicode.Scalar] = []
        for category in byCategory.keys.sorted(by: { "\($0)" < "\($1)" }) {
            let scalars = byCategory[category]!
            for _ in 0..<perCategory { pool.append(scalars[Int(random.next() % UInt64(scalars.count))]) }
        }
        let named: [UInt32] = [0xFDFA, 0xFB01, 0x00DF, 0x0130, 0x03C2, 0x03A3, 0xFF21, 0xFF49, 0xD55C, 0x1100, 0x0939, 0x093F,
                               0x094D, 0x0301, 0x0327, 0x0065, 0x00E9, 0x0152, 0x2019, 0x00A0, 0x200D, 0x00AD, 0x0627, 0x0644, 0x0647]
        return pool + named.compactMap(Unicode.Scalar.init)
    }

    /// Every scalar's fold fits in `maximumExpansion` times its bytes (the room every caller gives), and
    /// the fold of a text is its characters' folds end to end, by every entry point.
    @Test func everyScalarFitsTheRoomAndFoldsAloneAsInAText() throws {
        var widest = (ratio: 0.0, scalar: Unicode.Scalar(UInt8(0)))
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            var folded: [UInt8] = []
            bytes.withUnsafeBufferPointer { TextFold.append(bytes: $0, to: &folded) }
            let ratio = Double(folded.count) / Double(bytes.count)
            if ratio > widest.ratio { widest = (ratio, scalar) }
        }
        #expect(widest.ratio <= Double(TextFold.maximumExpansion), "U+\(String(widest.scalar.value, radix: 16)) folds to \(widest.ratio)×")
        #expect(widest.scalar == "\u{FDFA}")

        let pool = Self.scalarPool(perCategory: 40, seed: 18)
        var random = SeededRandom(seed: 1818)
        for _ in 0..<2_000 {
            let text = String(String.UnicodeScalarView((0..<(1 + Int(random.next() % 24))).map { _ in pool[Int(random.next() % UInt64(pool.count))] }))
            let whole = TextFold.fold(text)
            #expect(whole == text.map { TextFold.fold(String($0)) }.joined(), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            var appended: [UInt8] = []
            TextFold.append(Substring(text), to: &appended)
            #expect(appended == Array(whole.utf8))
        }
    }

    /// Final sigma, ß and İ fold as their other forms do; the ligature U+FDFA folds to its four words.
    @Test func lettersWithSeveralFormsFoldAlike() {
        #expect(TextFold.fold("ΟΔΟΣ") == TextFold.fold("οδος"))
        #expect(TextFold.fold("Straße") == "strasse")
        #expect(TextFold.fold("İstanbul") == "istanbul")
        #expect(TextFold.fold("\u{FDFA}") == "صلى الله عليه وسلم")
        #expect(TextFold.fold("Que\u{0301}bec") == TextFold.fold("Québec"))
    }

    /// Rows named with words drawn from every category: each word of each row, searched as written, finds
    /// its row through the scan, the word index and the load-time filter, which agree on every search, and
    /// the highlighting marks it in the name.
    @Test func aWordOfARowSearchedAsWrittenFindsItInEveryScript() throws {
        let pool = Self.scalarPool(perCategory: 12, seed: 7)
        var random = SeededRandom(seed: 77)
        func word() -> String {
            String(String.UnicodeScalarView((0..<(1 + Int(random.next() % 5))).map { _ in pool[Int(random.next() % UInt64(pool.count))] }))
        }
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var csv = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
        for _ in 0..<600 {
            let name = (0..<(2 + Int(random.next() % 4))).map { _ in word() }.joined(separator: " ")
            csv += [quoted(name), "Automatisation", "Org", "Finances", "Gain", "Solution en production"].joined(separator: ",") + "\n"
        }
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("scripts.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let scanStore = try Loader.load(paths: [path]).store
        let indexStore = try Loader.load(paths: [path]).store
        indexStore.prepareSearch()
        #expect(scanStore.count == 600)
        var searched = 0
        for row in stride(from: 0, to: scanStore.count, by: 7) {
            let name = scanStore.text(.name, row: row)
            for written in name.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
                let query = Query(search: written)
                guard !query.searchWords.isEmpty else { continue }
                searched += 1
                let scanned = scanStore.select(query).rows
                let indexed = indexStore.select(query).rows
                #expect(scanned.contains(row), "scan misses row \(row) for \(written.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(indexed == scanned, "index and scan disagree on \(written.unicodeScalars.map { String($0.value, radix: 16) })")
                let filtered = try Loader.load(paths: [path], options: LoadOptions(keepingRowsMatching: query.searchWords)).store
                #expect(filtered.count == scanned.count, "the load-time filter keeps \(filtered.count), the scan \(scanned.count)")
                #expect(SearchHighlight.marks(name, terms: query.searchWords).contains(true), "no highlight for \(written)")
            }
        }
        #expect(searched > 100)
    }
}
