import Foundation
import PortraitCore
import PortraitData
import Testing
import PortraitTestSupport

/// The commands' language, through the real binary: errors are one line in the language chosen by the
/// locale (`LANG`, with no `LC_ALL` or `LC_MESSAGES`) or by `--lang`, and the output of `summary`, `stats`,
/// `validate` and `diff` under one language carries no interface word of the other (data aside).
@Suite(.tags(.e2e)) struct CommandLanguageTests {
    /// The environment that leaves the choice to `LANG` (a variable set to "" counts as unset).
    static func locale(_ lang: String) -> [String: String] { ["LC_ALL": "", "LC_MESSAGES": "", "LANG": lang] }

    /// A file with an unterminated quote on line 3, and one whose rows have anomalies.
    static func files() throws -> (folder: URL, quote: String, odd: String) {
        let folder = try Binary.temporaryFolder()
        let quote = folder.appendingPathComponent("quote.csv")
        try Data("Nom,Catégorie,Organisme public,Portefeuille,Bénéfices,Statut\nA,Automatisation,O,Finances,b,Solution en production\n\"B,x\n".utf8)
            .write(to: quote)
        let odd = folder.appendingPathComponent("odd.csv")
        let text = "Titre du fichier\nNom;Catégorie;Organisme public;Portefeuille;Bénéfices;Statut;Note\n"
            + "A;Automatisation;Org ;Finances;x;Solution en production;n\nB;Inconnue;Org;Finances;y;Solution en production;m\n"
            + "A;Automatisation;Org;Finances;x;Solution en production;n\nC;Automatisation;;Finances;;Peut-être\nD;Automatisation\n"
        try Data(text.utf8).write(to: odd)
        return (folder, quote.path, odd.path)
    }

    @Test func errorsAreOneLineInTheChosenLanguage() throws {
        let (folder, quote, _) = try Self.files()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("absent.csv").path
        let cases: [(arguments: [String], status: Int32, fr: String, en: String)] = [
            (["summary", missing], 66, "portrait : impossible de lire « \(missing) » : fichier introuvable",
             "portrait: cannot read '\(missing)': no such file"),
            (["stats", quote], 65,
             "portrait : impossible de lire « \(quote) » : ligne 3 : le champ entre guillemets ouvert ici n'est jamais fermé",
             "portrait: cannot read '\(quote)': line 3: quoted field opened here is never closed"),
            (["query", "--category", "robotique"], 64, "portrait : aucune catégorie ne correspond à « robotique » (les plus proches : ",
             "portrait: no category matches 'robotique' (closest: "),
            (["validate"], 64, "portrait : donnez au moins un fichier à valider (voir « portrait --help »)",
             "portrait: give at least one file to validate (see 'portrait --help')"),
            (["diff", quote], 64, "portrait : diff compare deux fichiers, OLD et NEW (ou aucun : les deux dernières éditions officielles, sinon celles de l'échantillon) ; nombre de fichiers donnés : 1",
             "portrait: diff compares two files, OLD and NEW (or none: the last two official editions, else the sample's); files given: 1"),
        ]
        for item in cases {
            for language in Language.allCases {
                let expected = language == .fr ? item.fr : item.en
                let byLocale = try Binary.run(item.arguments, environment: Self.locale(language == .fr ? "fr_CA.UTF-8" : "en_CA.UTF-8"))
                let byOption = try Binary.run(item.arguments + ["--lang", language.rawValue],
                                              environment: Self.locale(language == .fr ? "en_CA.UTF-8" : "fr_CA.UTF-8"))
                for run in [byLocale, byOption] {
                    #expect(run.status == item.status, "\(item.arguments) \(language): \(run.stderr)")
                    #expect(run.stderr.hasPrefix(expected), "\(item.arguments) \(language): \(run.stderr)")
                    #expect(run.stderr.hasSuffix("\n") && run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
                    #expect(run.stdout.isEmpty)
                }
            }
        }
    }

    @Test func theParsersOwnErrorsAreSaidInFrench() throws {
        let cases: [([String], String)] = [
            (["query", "--bogus"], "portrait : option inconnue « --bogus » ; vouliez-vous dire « --body » ? (voir « portrait --help »)\n"),
            (["query", "--sort"], "portrait : valeur manquante pour « --sort <field> » (voir « portrait --help »)\n"),
            (["stats", "--by", "zz"], "portrait : la valeur « zz » n'est pas valide pour « --by <facet> » (voir « portrait --help »)\n"),
        ]
        for (arguments, expected) in cases {
            let run = try Binary.run(arguments, environment: Self.locale("fr_CA.UTF-8"))
            #expect(run.status == 64)
            #expect(run.stderr == expected)
            let english = try Binary.run(arguments + ["--lang", "en"], environment: Self.locale("fr_CA.UTF-8"))
            #expect(english.stderr.hasPrefix("portrait: ") && english.stderr.hasSuffix(" (see 'portrait --help')\n"), "\(english.stderr)")
        }
    }

    @Test func helpIsInTheChosenLanguage() throws {
        let cases: [([String], [String: String], String)] = [
            (["query", "--help"], Self.locale("fr_CA.UTF-8"), "OVERVIEW: Afficher les initiatives qui répondent aux filtres"),
            (["query", "--help"], Self.locale("en_CA.UTF-8"), "OVERVIEW: Print the initiatives that match the filters"),
            (["stats", "--help", "--lang", "fr"], Self.locale("en_CA.UTF-8"), "OVERVIEW: Compter les initiatives par portefeuille"),
            (["diff", "--help", "--lang=en"], Self.locale("fr_CA.UTF-8"), "OVERVIEW: Compare two editions"),
        ]
        for (arguments, environment, start) in cases {
            let run = try Binary.run(arguments, environment: environment)
            let text = String(decoding: run.stdout, as: UTF8.self)
            #expect(run.status == 0)
            #expect(text.hasPrefix(start), "\(arguments) \(environment): \(text.prefix(120))")
        }
        let french = String(decoding: try Binary.run(["query", "--help", "--lang", "fr"]).stdout, as: UTF8.self)
        #expect(french.contains("Garder cette catégorie, en français ou en anglais"))
        #expect(!french.contains("Keep this category"))
    }

    @Test func withNoLocaleAtAllTheCommandsSpeakFrench() throws {
        let run = try Binary.run(["summary", "/nonexistent/x.csv"], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""])
        #expect(run.status == 66)
        #expect(run.stderr == "portrait : impossible de lire « /nonexistent/x.csv » : fichier introuvable\n")
    }

    /// Runs of letters, four or more.
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter }.filter { $0.count >= 4 }.map(String.init))
    }

    /// The interface text of the commands in `language`.
    static func interfaceText(_ language: Language) -> String {
        let anomalies: [AnomalyKind] = [.duplicateRow, .tooFewCells, .tooManyCells, .unknownValue(.category, "x"), .unknownValue(.status, "x")]
            + Field.allCases.flatMap { [AnomalyKind.missingColumn($0), .blankField($0), .straySpaces($0)] }
        return (CommandText.allCases.map { $0.text(language) } + anomalies.map { $0.summary(language) }).joined(separator: " ")
    }

    /// Words of the commands' interface in `language` that the other language's interface never uses and
    /// that no data (embedded editions in both languages, the test file, field names) contains.
    static func foreignWords(_ language: Language, data: String) throws -> Set<String> {
        let other: Language = language == .fr ? .en : .fr
        let store = try Loader.load(csvFiles: EmbeddedData.decodedFiles).store
        // The trailing space keeps the last field name ("status") from running into the first name below.
        var known = data + " " + Field.allCases.map(\.rawValue).joined(separator: " ") + " "
        for row in 0..<store.count {
            for field in [Field.name, .organisation, .benefits] { known += store.text(field, row: row) + " " }
        }
        for facet in Facet.allCases {
            for value in store.values(facet) { known += [value.raw, value.label(.fr), value.label(.en)].joined(separator: " ") + " " }
        }
        return words(interfaceText(language)).subtracting(words(interfaceText(other))).subtracting(words(known + " portrait csv"))
    }

    @Test(arguments: [("en_CA.UTF-8", Language.en), ("fr_CA.UTF-8", .fr)])
    func outputCarriesOnlyItsLanguage(locale: String, interface: Language) throws {
        let (folder, _, odd) = try Self.files()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = (try String(contentsOfFile: odd, encoding: .utf8)) + " " + odd
        let foreign = try Self.foreignWords(interface == .en ? .fr : .en, data: data)
        #expect(foreign.count > 25, "only \(foreign.count) words to look for: \(foreign.sorted())")
        let own = try Self.foreignWords(interface, data: data)
        for arguments in [["summary"], ["stats"], ["stats", "--by", "status"], ["validate", odd], ["diff"]] {
            let run = try Binary.run(arguments, environment: Self.locale(locale))
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            let output = String(decoding: run.stdout, as: UTF8.self)
            let seen = Self.words(output)
            #expect(seen.isDisjoint(with: foreign), "\(arguments) under \(locale): \(seen.intersection(foreign).sorted())")
            if arguments[0] == "stats" {
                // Its only interface text is the total line, then (on the embedded sample) the sample notice.
                #expect(try output.hasSuffix("\n" + CommandText.chartTotal.text(interface, ["total": "\(PublishedFacts.latestInitiatives)"]) + "\n\n"
                    + CommandText.sampleNotice.text(interface) + "\n"), "\(output)")
            } else {
                #expect(!seen.isDisjoint(with: own), "\(arguments) under \(locale) shows none of its own interface words")
            }
        }
    }

    @Test func labelsFollowTheInterfaceUnlessGiven() throws {
        let french = String(decoding: try Binary.run(["stats", "--by", "status", "--lang", "fr"]).stdout, as: UTF8.self)
        #expect(french.contains("Solution en production") && french.contains("initiatives au total"))
        let mixed = String(decoding: try Binary.run(["stats", "--by", "status", "--lang", "fr", "--labels", "en"]).stdout, as: UTF8.self)
        #expect(mixed.contains("Solution in production") && mixed.contains("initiatives au total"))
        let english = String(decoding: try Binary.run(["diff", "--labels", "fr"]).stdout, as: UTF8.self)
        #expect(english.contains("\nBy status\n  Solution en production"))
    }
}
