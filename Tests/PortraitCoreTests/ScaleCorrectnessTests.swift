import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// A generated 100,000-row portrait (read in chunks by two readers) checked against a brute-force
/// computation that shares no code with the store: Foundation's own case and accent folding, plain loops.
@Suite struct ScaleCorrectnessTests {
    struct Row {
        var name, category, organisation, portfolio, benefits, status: String
    }

    static let verbs = ["Détection", "Prévision", "Analyse", "Tri", "Résumé", "Repérage", "Cartographie"]
    static let objects = ["des forêts publiques", "des demandes citoyennes", "des dossiers médicaux", "des feux de forêt",
                          "des images satellitaires", "des appels au 811", "des routes du Québec"]
    static let benefits = ["Réduction des délais", "Meilleure qualité, y compris en région", "Économies de coûts",
                           "Accès plus rapide à l'information", "Détection précoce des risques"]

    /// Rows and the file, deterministic.
    static func generate(rows count: Int) -> (rows: [Row], csv: String) {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var rows: [Row] = []
        var csv = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
        func cell(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        for i in 0..<count {
            let category = Vocabulary.categories[next(Vocabulary.categories.count)]
            let status = Vocabulary.statuses[next(3)]
            let portfolio = Vocabulary.portfolios[next(Vocabulary.portfolios.count)]
            let english = next(4) == 0  // some rows use English labels
            var benefit = (0...next(2)).map { _ in benefits[next(benefits.count)] }.joined(separator: next(10) == 0 ? "\n" : "; ")
            if next(50) == 0 { benefit += " (voir le \"Bilan\")" }
            let row = Row(name: "\(verbs[next(verbs.count)]) \(objects[next(objects.count)]) n° \(i + 1)",
                          category: english ? category.en : category.fr,
                          organisation: "Organisme \(next(300)) — \(portfolio.fr.split(separator: ",")[0])",
                          portfolio: english ? portfolio.en : portfolio.fr,
                          benefits: benefit,
                          status: english ? status.en : status.fr)
            rows.append(row)
            csv += [row.name, row.category, row.organisation, row.portfolio, row.benefits, row.status].map(cell).joined(separator: ",") + "\n"
        }
        return (rows, csv)
    }

    static func fold(_ text: String) -> String { text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    /// The official French label of a category, status or portfolio written in either language.
    static func french(_ label: String, in terms: [Term]) -> String { terms.first { $0.fr == label || $0.en == label }?.fr ?? label }

    @Test func countsSearchAndDisjunctiveCountsAtScale() throws {
        let (rows, csv) = Self.generate(rows: 100_000)
        let folder = try Fixture.temporaryFolder()
        let path = folder.appendingPathComponent("scale.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let store = try Loader.load(paths: [path]).store
        #expect(store.count == rows.count)

        // Counts per facet value, by brute force.
        var expected: [String: Int] = [:]
        for row in rows { expected[Self.french(row.category, in: Vocabulary.categories), default: 0] += 1 }
        let actual = Dictionary(uniqueKeysWithValues: store.tally(.category, rows: Array(0..<store.count)).map { ($0.label, $0.count) })
        #expect(actual == expected)

        // A query: status "production" (either language), a category, and two search words.
        let production = Vocabulary.statuses[0], analysis = Vocabulary.categories[0]
        let words = ["foret", "analyse"]
        // Each word begins a word of a field (see WordSearchReferenceTests).
        func matchesSearch(_ row: Row) -> Bool {
            let fields = WordSearchReferenceTests.fields(row)
            return words.allSatisfy { WordSearchReferenceTests.holds([$0], in: fields) }
        }
        let search = rows.map(matchesSearch)
        let inStatus = rows.map { $0.status == production.fr || $0.status == production.en }
        let inCategory = rows.map { $0.category == analysis.fr || $0.category == analysis.en }
        let expectedRows = rows.indices.filter { search[$0] && inStatus[$0] && inCategory[$0] }
        var expectedStatusCounts: [String: Int] = [:]
        for i in rows.indices where search[i] && inCategory[i] {
            expectedStatusCounts[Self.french(rows[i].status, in: Vocabulary.statuses), default: 0] += 1
        }

        var query = Query(search: words.joined(separator: " "))
        query.selected[.status] = try store.resolve(.status, production.en)
        query.selected[.category] = try store.resolve(.category, analysis.fr)
        let selection = store.select(query)
        #expect(!expectedRows.isEmpty)
        #expect(selection.rows == expectedRows)
        var statusCounts: [String: Int] = [:]
        for (code, value) in store.values(.status).enumerated() where selection.count(.status, code) > 0 {
            statusCounts[value.label(.fr)] = selection.count(.status, code)
        }
        #expect(statusCounts == expectedStatusCounts)
        // The same answer from the word index as from reading every row.
        store.prepareSearch()
        #expect(store.select(query) == selection)
        for words in [["quebec"], ["81"], ["foret", "reduction"], ["sante", "n°"], ["e"], ["introuvable"]] {
            #expect(store.matches(words: words) == store.scanMatches(words: words), "\(words)")
        }
        // Text survives: every 997th row's fields equal what was written.
        for i in stride(from: 0, to: rows.count, by: 997) {
            #expect(store.text(.name, row: i) == rows[i].name)
            #expect(store.text(.benefits, row: i) == rows[i].benefits)
            #expect(store.text(.organisation, row: i) == rows[i].organisation)
        }
    }

    /// One-shot commands drop the rows without the search words while loading: what is kept must be
    /// exactly what the full store's search finds, in the same order with the same lines, whichever
    /// reader (one or two halves) read the row.
    @Test func searchingWhileLoadingKeepsExactlyTheRowsTheSearchFinds() throws {
        let (rows, csv) = Self.generate(rows: 30_000)
        let folder = try Fixture.temporaryFolder()
        let path = folder.appendingPathComponent("scale.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        #expect(csv.utf8.count >= ChunkedCSVLoader.parallelThreshold, "big enough to be read by two readers")
        let full = try Loader.load(paths: [path]).store
        #expect(full.count == rows.count)
        // Words in names only, in labels only (portfolio, category, body), in both, across fields, none.
        let searches = ["foret", "sante", "organisme 12", "quebec analyse bilan", "n° 29999", "introuvable"]
        for search in searches {
            let words = Query(search: search).searchWords
            let options = LoadOptions(keepingRowsMatching: words)
            let filtered = try Loader.load(paths: [path], options: options).store
            let bits = full.scanMatches(words: words)
            let expected = (0..<full.count).filter { bits.words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
            let kept = (0..<filtered.count).map { "\(filtered.lines[$0]) \(filtered.text(.name, row: $0))" }
            let wanted = expected.map { "\(full.lines[$0]) \(full.text(.name, row: $0))" }
            let firstDifference = zip(kept, wanted).first { $0 != $1 }
            #expect(kept.count == wanted.count && firstDifference == nil,
                    "\(search): kept \(kept.count) rows, the search finds \(wanted.count); first difference \(String(describing: firstDifference))")
            // The same question asked of the filtered store finds all its rows and counts the same.
            func answer(_ store: PortraitStore) throws -> [String] {
                var query = Query(search: search)
                query.selected[.status] = try store.resolve(.status, "production")
                return store.select(query).rows.map { store.text(.name, row: $0) }
            }
            let (fromFiltered, fromFull) = (try answer(filtered), try answer(full))
            #expect(fromFiltered.count == fromFull.count && fromFiltered == fromFull, "\(search): \(fromFiltered.count) vs \(fromFull.count) rows")
        }
    }
}
