import Foundation
import Testing
@testable import PortraitCore

/// Search by word beginnings: each word typed must begin a word of the initiative (name, body, portfolio,
/// category, status, benefits, labels in both languages), quoted words must begin consecutive words, the
/// same through the row scan, the word index, the load-time filter and the facet values of the command line.
@Suite struct WordSearchTests {
    static let csv = """
        Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
        Veille médiatique des réseaux sociaux,Automatisation,Ministère de la Culture,Culture et Communications,Gain de temps,Développement de la solution
        Assistant IA générative,Assistant/agent conversationnel,Santé Québec,Santé et Services sociaux (Réseau),Réponses plus rapides,Solution en production
        Inventaire des forêts,Traitement d'image,Ministère des Ressources naturelles,Ressources naturelles et Forêts,Mise en œuvre plus rapide,Solution en production
        Tri des ﬁchiers,Automatisation,ＣＩＵＳＳＳ de l'Estrie,Santé et Services sociaux (Réseau),Intel\u{00AD}ligence d'affaires,Information indisponible
        東京都庁の案内,Assistant/agent conversationnel,Office\u{200D}Test,Culture et Communications,l'IA au service des gens,Solution en production
        Prévision des crues,"Aide à la décision, planification et/ou prédiction",Ministère de l'Environnement,"Environnement, Lutte contre les changements climatiques, Faune et Parcs",Sécurité,Développement de la solution

        """

    /// The names found for `search` by the scan, the word index and the load-time filter, which must agree.
    static func names(_ search: String) throws -> [String] {
        let store = try Fixture.load(csv: csv).store
        let query = Query(search: search)
        let scanned = store.select(query).rows.map { store.text(.name, row: $0) }
        store.prepareSearch()
        let indexed = store.select(query).rows.map { store.text(.name, row: $0) }
        let filtered = try Fixture.load(csv: csv, options: LoadOptions(keepingRowsMatching: query.searchWords)).store
        let kept = (0..<filtered.count).map { filtered.text(.name, row: $0) }
        #expect(scanned == indexed, "\(search): scan \(scanned), index \(indexed)")
        #expect(scanned == kept, "\(search): scan \(scanned), load-time filter \(kept)")
        return scanned
    }

    @Test func wordsMustBeginWords() throws {
        // "ia" begins IA and l'IA, not médiatique or sociaux.
        #expect(try Self.names("ia") == ["Assistant IA générative", "東京都庁の案内"])
        // A status label: every initiative in production, in French and English.
        #expect(try Self.names("prod") == ["Assistant IA générative", "Inventaire des forêts", "東京都庁の案内"])
        #expect(try Self.names("\"solution in\"") == ["Assistant IA générative", "Inventaire des forêts", "東京都庁の案内"])
        #expect(try Self.names("\"solution dev\"") == ["Veille médiatique des réseaux sociaux", "Prévision des crues"])
        #expect(try Self.names("foret") == ["Inventaire des forêts"])
        #expect(try Self.names("ORETS").isEmpty)
        // Accents, ligatures and apostrophes on either side.
        #expect(try Self.names("oeuvre") == ["Inventaire des forêts"])
        #expect(try Self.names("œuvre") == ["Inventaire des forêts"])
        #expect(try Self.names("image") == ["Inventaire des forêts"])
        // Full-width letters, the "ﬁ" ligature, a soft hyphen and a zero-width joiner do not break words.
        #expect(try Self.names("fichiers ciusss") == ["Tri des ﬁchiers"])
        #expect(try Self.names("ＦＩＣＨ") == ["Tri des ﬁchiers"])
        #expect(try Self.names("intelligence") == ["Tri des ﬁchiers"])
        #expect(try Self.names("officetest") == ["東京都庁の案内"])
        // Each ideograph begins a word.
        #expect(try Self.names("都庁") == ["東京都庁の案内"])
        #expect(try Self.names("東京 案内") == ["東京都庁の案内"])
    }

    @Test func quotedWordsMustFollowEachOther() throws {
        #expect(try Self.names("\"agent conv\"") == ["Assistant IA générative", "東京都庁の案内"])
        #expect(try Self.names("« agent assistant »").isEmpty)
        #expect(try Self.names("« conversational agent »") == ["Assistant IA générative", "東京都庁の案内"])
        #expect(try Self.names("\"services sociaux reseau\"") == ["Assistant IA générative", "Tri des ﬁchiers"])
        #expect(try Self.names("\"en prod\" \"health and\"") == ["Assistant IA générative"])
        // A phrase never runs from the name into the benefits, nor from one label to the next.
        #expect(try Self.names("\"crues securite\"").isEmpty)
        #expect(try Self.names("\"parcs environment\"").isEmpty)
        // An unclosed quote runs to the end.
        #expect(try Self.names("\"veille med") == ["Veille médiatique des réseaux sociaux"])
    }

    @Test func termsOfASearch() {
        #expect(Query(search: "Forêts  \"Agent   conv\" l’IA").searchWords == ["forets", "agent conv", "l'ia"])
        #expect(Query(search: "\"\" a").searchWords == ["a"])
    }

    @Test func highlightsTheMatchedWordBeginnings() {
        let text = "Veille médiatique, l'IA et la « santé »"
        let ranges = SearchHighlight.ranges(text, terms: Query(search: "ia sant \"veille me\"").searchWords)
        #expect(ranges.map { String(text[$0]) } == ["Veille mé", "IA", "sant"])
        #expect(SearchHighlight.ranges("ﬁchiers", terms: ["fic"]).map { String("ﬁchiers"[$0]) } == ["ﬁc"])
    }

    @Test func facetValuesOnTheCommandLineMatchByWordBeginnings() throws {
        let store = try Fixture.load(csv: Self.csv).store
        let network = try store.resolve(.portfolio, "sante reseau")
        #expect(network.map { store.values(.portfolio)[$0].label(.fr) } == ["Santé et Services sociaux (Réseau)"])
        #expect(try store.resolve(.portfolio, "health network") == network)
        #expect(try store.resolve(.status, "prod").map { store.values(.status)[$0].label(.en) } == ["Solution in production"])
        // Not inside a word; the error lists the closest values first.
        do {
            _ = try store.resolve(.portfolio, "ante")
            Issue.record("'ante' matched a portfolio")
        } catch let error as PortraitError {
            #expect(error.description(in: .en).contains("no portfolio matches 'ante'"))
        }
        do {
            _ = try store.resolve(.portfolio, "santee reseu")
            Issue.record("'santee reseu' matched a portfolio")
        } catch let error as PortraitError {
            #expect(error.description(in: .en).contains("(closest: Santé et Services sociaux (Réseau); "), "\(error.description(in: .en))")
        }
    }
}

/// The store's search against a brute-force reference that shares no code with it (Foundation's
/// compatibility decomposition, Swift's own letter classes, plain loops), over a generated portrait whose
/// labels are written in both languages.
@Suite struct WordSearchReferenceTests {
    /// Folds like the search promises: compatibility forms, no marks, no invisible characters, lower case.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if [0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains(scalar.value) { continue }
            switch scalar {
            case "œ", "Œ": out.append(contentsOf: "oe".unicodeScalars)
            case "æ", "Æ": out.append(contentsOf: "ae".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out).lowercased()
    }

    static func words(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Whether the phrase `query` (its words) begins consecutive words of one of `fields`.
    static func holds(_ query: [String], in fields: [[String]]) -> Bool {
        fields.contains { words in
            guard words.count >= query.count else { return false }
            return (0...(words.count - query.count)).contains { start in
                query.indices.allSatisfy { words[start + $0].hasPrefix(query[$0]) }
            }
        }
    }

    static func fields(_ row: ScaleCorrectnessTests.Row) -> [[String]] {
        var texts = [row.name, row.benefits, row.organisation, row.portfolio, row.category, row.status]
        for (label, terms) in [(row.portfolio, Vocabulary.portfolios), (row.category, Vocabulary.categories), (row.status, Vocabulary.statuses)] {
            if let term = terms.first(where: { $0.fr == label || $0.en == label }) { texts += [term.fr, term.en] }
        }
        // Benefits lines and the name are separate fields; a phrase runs within one.
        return texts.flatMap { $0.split(separator: "\n").map(String.init) }.map(words)
    }

    /// 20,000 generated rows written to a file, read twice: a store that scans, and one with its word index.
    static func twoStores() throws -> (rows: [ScaleCorrectnessTests.Row], path: String, scanning: PortraitStore, indexed: PortraitStore) {
        let (rows, csv) = ScaleCorrectnessTests.generate(rows: 20_000)
        let path = try Fixture.temporaryFolder().appendingPathComponent("words.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let indexed = try Loader.load(paths: [path]).store
        indexed.prepareSearch()
        return (rows, path, try Loader.load(paths: [path]).store, indexed)
    }

    @Test func scanIndexAndLoadTimeFilterAgreeWithTheReference() throws {
        let (rows, path, scanStore, indexStore) = try Self.twoStores()
        let rowFields = rows.map(Self.fields)
        // Words that begin words, words inside words, labels of either language, numbers, phrases.
        let searches: [[[String]]] = [
            [["ia"]], [["prod"]], [["in", "production"]], [["foret"]], [["orets"]], [["dev"]], [["developpement"]],
            [["health"]], [["sante"], ["reseau"]], [["network"]], [["quebec"]], [["81"]], [["1"]], [["n"]],
            [["organisme", "12"]], [["feux", "de", "forêt".lowercased()]], [["de", "for"]], [["des", "images"]],
            [["agent", "conv"]], [["conversational"]], [["decision"], ["prod"]], [["reduction"], ["foret"]],
            [["qualite", "y", "compris"]], [["y", "compris"]], [["e"]], [["bilan"]], [["voir", "le", "bilan"]],
            [["support", "planning"]], [["solution", "in"]], [["aide", "a", "la"]], [["introuvable"]],
        ]
        for terms in searches {
            let search = terms.map { $0.count > 1 ? "\"" + $0.joined(separator: " ") + "\"" : $0[0] }.joined(separator: " ")
            let expected = rows.indices.filter { row in terms.allSatisfy { Self.holds(Self.fold($0.joined(separator: " ")).split(separator: " ").map(String.init), in: rowFields[row]) } }
            let query = Query(search: search)
            let scanned = scanStore.select(query).rows
            let indexed = indexStore.select(query).rows
            #expect(scanned == expected, "\(search): scan finds \(scanned.count), the reference \(expected.count)")
            #expect(indexed == expected, "\(search): index finds \(indexed.count), the reference \(expected.count)")
            let filtered = try Loader.load(paths: [path], options: LoadOptions(keepingRowsMatching: query.searchWords)).store
            #expect(filtered.count == expected.count, "\(search): the load-time filter keeps \(filtered.count), the reference \(expected.count)")
        }
    }

    /// Phrases typed a letter at a time, then erased: the index remembers each phrase's rows and checks a
    /// longer one only among those of the phrase it grew from, and every answer equals a full scan's.
    @Test func phrasesTypedAndErasedAgreeWithTheScan() throws {
        let (_, _, scanStore, indexStore) = try Self.twoStores()
        var checked = 0
        for phrase in ["\"agent conversationnel\"", "\"feux de foret\"", "\"aide a la decision\"", "prod \"voir le bilan\"",
                       "\"de for\" \"des images\""] {
            let typed = (1...phrase.count).map { String(phrase.prefix($0)) }
            for search in typed + typed.reversed() + typed {
                let query = Query(search: search)
                let expected = scanStore.select(query).rows
                #expect(indexStore.select(query).rows == expected, "\(search)")
                if !expected.isEmpty { checked += 1 }
            }
        }
        #expect(checked > 100)
    }
}
