import Foundation
import Testing
import PortraitTestSupport

/// Word-beginning search and facet values on the command line, through the real binary, on the embedded
/// editions; and the counts by edition and by body.
@Suite(.tags(.e2e)) struct WordSearchE2ETests {
    /// The CSV rows (header first) `query` prints for `arguments`.
    static func rows(_ arguments: [String]) throws -> [String] {
        let run = try Binary.run(["query"] + arguments + ["--format", "tsv"])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func searchWordsBeginWords() throws {
        // "ia" is the word IA, never inside médiatique or sociaux.
        let ia = try Self.rows(["--search", "ia", "--labels", "fr"]).dropFirst()
        #expect(!ia.isEmpty)
        for row in ia {
            let words = row.lowercased().split(whereSeparator: { !$0.isLetter })
            #expect(words.contains { $0.hasPrefix("ia") }, "\(row)")
        }
        // "prod" finds every initiative in production: the status label is searched.
        let prod = try Self.rows(["--search", "prod"]).count
        let production = try Self.rows(["--status", "production"]).count
        #expect(prod >= production && production == 133)
        // "foret" finds Forêts; a quoted phrase needs consecutive words.
        #expect(try Self.rows(["--search", "foret"]).count > 26)
        let phrase = try Self.rows(["--search", "\"agent conversationnel\"", "--status", "production"]).count
        let words = try Self.rows(["--search", "conversationnel agent", "--status", "production"]).count
        let reversed = try Self.rows(["--search", "\"conversationnel agent\"", "--status", "production"]).count
        #expect(phrase > 1 && phrase <= words && reversed == 1)
    }

    @Test func ligaturesFullWidthLettersAndInvisibleCharactersDoNotBreakWords() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("odd-text.csv")
        let text = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
            + "Tri des ﬁchiers,Automatisation,ＣＩＵＳＳＳ de l'Estrie,Finances,Intel\u{00AD}ligence d'affaires,Solution en production\n"
            + "Mise en œuvre,Automatisation,Office\u{200D}Test,Finances,Gain,Solution en production\n"
            + "Veille médiatique,Automatisation,O,Finances,Gain,Solution en production\n"
        try Data(text.utf8).write(to: file)
        for (search, expected) in [("fichiers", "Tri des ﬁchiers"), ("ciusss", "Tri des ﬁchiers"), ("ＦＩＣＨ", "Tri des ﬁchiers"),
                                   ("intelligence", "Tri des ﬁchiers"), ("oeuvre", "Mise en œuvre"), ("officetest", "Mise en œuvre")] {
            let names = try Self.rows(["--search", search, file.path]).dropFirst().map { String($0.split(separator: "\t")[0]) }
            #expect(names == [expected], "\(search)")
        }
        #expect(try Self.rows(["--search", "ia", file.path]).count == 1)
    }

    @Test func facetValuesMatchByWordBeginningsAndListTheClosestWhenNothingDoes() throws {
        let network = try Self.rows(["--portfolio", "sante reseau"])
        let exact = try Self.rows(["--portfolio", "Santé et Services sociaux (Réseau)"])
        #expect(network == exact && network.count == 71)
        let wrong = try Binary.run(["query", "--portfolio", "sante reseu"])
        #expect(wrong.status == 64 && wrong.stdout.isEmpty)
        // The closest values in the message's language (English here, as the labels).
        #expect(wrong.stderr.hasPrefix("portrait: no portfolio matches 'sante reseu' (closest: Health and Social Services (Network); "),
                "\(wrong.stderr)")
        #expect(wrong.stderr.split(separator: "\n").count == 1)
        // --body is --org.
        #expect(try Self.rows(["--body", "revenu"]) == Self.rows(["--org", "revenu"]))
    }

    @Test func statsByEditionWithNoFileCountsBothEditions() throws {
        let run = try Binary.run(["stats", "--by", "edition", "--format", "csv"])
        #expect(run.status == 0)
        #expect(try String(decoding: run.stdout, as: UTF8.self) == "value,count\r\n2025,\(PublishedFacts.latestInitiatives)\r\n2024,\(PublishedFacts.previousInitiatives)\r\n")
        let body = try Binary.run(["stats", "--by", "body", "--format", "csv"])
        let org = try Binary.run(["stats", "--by", "org", "--format", "csv"])
        #expect(body.status == 0 && body.stdout == org.stdout && !body.stdout.isEmpty)
    }

    @Test func diffInEnglishSortsByTheEnglishLabels() throws {
        let run = try Binary.run(["diff", "--format", "csv", "--labels", "en"])
        #expect(run.status == 0)
        let portfolios = String(decoding: run.stdout, as: UTF8.self).split(separator: "\r\n")
            .filter { $0.hasPrefix("portfolio,") }.map { $0.split(separator: ",")[1] }
        #expect(portfolios.first == "Agriculture" || portfolios.first == "\"Agriculture")
        #expect(portfolios.contains("Treasury Board and Government Administration"))
        #expect(portfolios.last == "Treasury Board and Government Administration")
    }
}
