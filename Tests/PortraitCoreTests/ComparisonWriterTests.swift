import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// The JSON, CSV and table forms of an `EditionComparison`.
@Suite struct ComparisonWriterTests {
    @Test func jsonIsOneObjectWithItsKeysInAFixedOrder() throws {
        let comparison = try EditionComparisonTests.compare()
        let text = ComparisonWriter.json(comparison, language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let keys = ["old", "new", "organisations_added", "organisations_removed", "initiatives_added", "initiatives_removed",
                    "status_changes", "category_changes", "by_category", "by_status", "by_portfolio"]
        #expect(Set(object.keys) == Set(keys))
        let positions = keys.map { text.range(of: "\"\($0)\":")!.lowerBound }
        #expect(positions == positions.sorted())
        let old = try #require(object["old"] as? [String: Any])
        #expect(old["label"] as? String == "2024" && old["initiatives"] as? Int == 6 && old["organisations"] as? Int == 5)
        #expect(object["organisations_added"] as? [String] == ["Organisme C"])
        let added = try #require(object["initiatives_added"] as? [[String: String]])
        #expect(added == [["name": "Nouveau service", "organisation": "Organisme C", "portfolio": "Finance",
                           "category": "Automation", "status": "Information unavailable"]])
        let changes = try #require(object["status_changes"] as? [[String: String]])
        #expect(changes == [["name": "TRI DES COURRIELS", "organisation": "HEMA-QUEBEC",
                             "old": "Solution development", "new": "Solution in production"]])
        let statuses = try #require(object["by_status"] as? [[String: Any]])
        #expect(statuses.map { $0["value"] as? String } == ["Solution in production", "Solution development", "Information unavailable"])
        #expect(statuses.map { $0["old"] as? Int } == [4, 2, 0])
    }

    @Test func csvIsLongFormat() throws {
        let comparison = try EditionComparisonTests.compare()
        let lines = ComparisonWriter.csv(comparison, language: .fr).components(separatedBy: "\r\n")
        #expect(lines.first == "section,value,organisation,old,new")
        #expect(lines.last == "")
        #expect(lines.contains("edition,,,2024,2025"))
        #expect(lines.contains("initiatives,,,6,5"))
        #expect(lines.contains("organisations,,,5,5"))
        #expect(lines.contains("category,\"Aide à la décision, planification et/ou prédiction\",,1,1"))
        #expect(lines.contains("portfolio,Éducation (Réseau),,0,1"))
        #expect(lines.contains("organisation_added,Organisme C,,0,1"))
        #expect(lines.contains("organisation_removed,Ministère A,,1,0"))
        #expect(lines.contains("initiative_added,Nouveau service,Organisme C,0,1"))
        #expect(lines.contains("initiative_removed,Classement,Organisme B,1,0"))
        #expect(lines.contains("status_change,TRI DES COURRIELS,HEMA-QUEBEC,Développement de la solution,Solution en production"))
        #expect(lines.contains("category_change,Classement,Organisme B,Automatisation,\"Aide à la décision, planification et/ou prédiction\""))
    }

    @Test func csvGuardsFormulasUnlessAskedNotTo() throws {
        let header = EditionComparisonTests.header
        let store = try Loader.load(csvFiles: [("a.csv", Array((header + "=1+1,Automatisation,@Org,Finances,b,Pilote\n").utf8)),
                                               ("b.csv", Array((header + "X,Automatisation,Org,Finances,b,Pilote\n").utf8))]).store
        let comparison = EditionComparison(store: store, old: store.editions[0], new: store.editions[1])
        #expect(ComparisonWriter.csv(comparison, language: .fr).contains("initiative_removed,'=1+1,'@Org,1,0"))
        #expect(ComparisonWriter.csv(comparison, language: .fr, formulaGuard: false).contains("initiative_removed,=1+1,@Org,1,0"))
    }

    @Test func tableFitsEightyColumnsAndShowsNoControlCharacter() throws {
        let header = EditionComparisonTests.header
        let long = String(repeating: "Très long nom d'initiative ", count: 6)
        let store = try Loader.load(csvFiles: [
            ("old-2024.csv", Array((header + "\"\(long)\",Automatisation,\"Org\u{1B}[31m\",Finances,b,Solution en production\n").utf8)),
            ("new-2025.csv", Array((header + "\"\(long)\",Automatisation,\"Org\u{1B}[31m\",Finances,b,Développement de la solution\nB,Automatisation,Org C,Finances,b,Pilote\n").utf8)),
        ]).store
        let comparison = EditionComparison(store: store, old: store.editions[0], new: store.editions[1])
        let table = ComparisonWriter.table(comparison, language: .fr)
        #expect(!table.unicodeScalars.contains { $0.value == 0x1B })
        for line in table.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
        #expect(table.hasPrefix("Portrait 2024 → 2025\n"))
        #expect(table.contains("Initiatives  "))
        #expect(table.contains("Changements de statut (1)"))
        #expect(table.contains("      Solution en production → Développement de la solution"))
        #expect(table.contains("Organismes ajoutés (1) · initiatives en 2025\n  Org C "))
        #expect(table.contains("Organismes retirés (0) · initiatives en 2024\n  aucun"))
        // Changes and initiatives are listed under their body; a long name is cut to fit.
        #expect(table.contains("Changements de statut (1)\n  Org␛[31m\n    Très long nom d'initiative Très"))
        #expect(table.contains("Initiatives ajoutées (1)\n  Org C\n    B\n"))
        let english = ComparisonWriter.table(comparison, language: .en)
        #expect(english.contains("Bodies added (1) · initiatives in 2025") && english.contains("      Solution in production → Solution development"))
    }

    @Test func longBodyNamesKeepBothEnds() {
        let name = "Centre intégré de santé et de services sociaux de la Gaspésie"
        let cut = ComparisonWriter.middleCut(name, to: 40)
        #expect(DisplayWidth.of(cut) == 40)
        #expect(cut.hasPrefix("Centre intégré de") && cut.hasSuffix("de la Gaspésie") && cut.contains("…"))
        #expect(ComparisonWriter.middleCut("CHUM", to: 40) == "CHUM")
    }

    /// JSON string literals: plain text is quoted as it is; quotes, backslashes, control characters and the
    /// JavaScript line separators are escaped.
    @Test func jsonStringsEscapeWhatTheyMust() throws {
        #expect(SelectionWriter.jsonString("Héma-Québec · l'IA") == "\"Héma-Québec · l'IA\"")
        #expect(SelectionWriter.jsonString("a\"b\\c\nd\te") == #""a\"b\\c\nd\te""#)
        #expect(SelectionWriter.jsonString("x\u{1B}[31m\u{7F}\u{85}\u{2028}\u{2029}") == #""x\u001b[31m\u007f\u0085\u2028\u2029""#)
        #expect(SelectionWriter.jsonString("\u{2027}\u{202A}é\u{9F}") == "\"\u{2027}\u{202A}é\\u009f\"")
        for text in ["", "plain", "ça \u{1}", "\u{2028}", "\u{C2}\u{A0}"] {
            let decoded = try JSONSerialization.jsonObject(with: Data(("[" + SelectionWriter.jsonString(text) + "]").utf8)) as? [String]
            #expect(decoded == [text])
        }
    }
}
