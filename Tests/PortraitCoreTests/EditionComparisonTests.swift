import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// `EditionComparison` on a small hand-made pair of editions.
@Suite struct EditionComparisonTests {
    static let header = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
    static let old = header + """
        Tri des courriels,Automatisation,Héma-Québec ,Santé et Services sociaux,b,Développement de la solution
        Agent RH,Assistant/agent conversationnel,Commission scolaire de Laval,Éducation,b,Solution en production
        Prévision budgétaire,"Aide à la décision, planification et/ou prédiction",Ministère A,Finances,b,Solution en production
        Lecture des radiographies,Traitement d'image,CHUM,Santé et Services sociaux,b,Développement de la solution
        Classement,Automatisation,Organisme B,Finances,b,Solution en production
        Classement,Automatisation,Organisme B,Finances,b,Solution en production

        """
    static let new = header + """
        TRI DES  COURRIELS,Automatisation,HEMA-QUEBEC,Santé et Services sociaux (Réseau),b,Solution en production
        Agent RH,Assistant/agent conversationnel,Centre de services scolaire de Laval,Éducation (Réseau),b,Solution en production
        Lecture des radiographies,Traitement d'image/Imagerie médicale,Centre hospitalier de l'Université de Montréal,Santé et Services sociaux (Réseau),b,Développement de la solution
        Classement,"Aide à la décision, planification et/ou prédiction",Organisme B,Finances,b,Solution en production
        Nouveau service,Automatisation,Organisme C,Finances,b,Information indisponible

        """
    static let aliases = OrganisationAliases([
        .init(alias: "Commission scolaire de Laval", organisation: "Centre de services scolaire de Laval"),
        .init(alias: "Centre hospitalier de l'Université de Montréal", organisation: "CHUM"),
    ])

    static func compare(aliases: OrganisationAliases = aliases) throws -> EditionComparison {
        let store = try Loader.load(csvFiles: [("old-2024.csv", Array(old.utf8)), ("new-2025.csv", Array(new.utf8))]).store
        let editions = store.editions
        #expect(editions.map(\.label) == ["2024", "2025"])
        return EditionComparison(store: store, old: editions[0], new: editions[1], aliases: aliases)
    }

    private func names(_ rows: [Int], _ comparison: EditionComparison) -> [String] {
        rows.map { comparison.store.text(.name, row: $0) }
    }

    @Test func totalsAndBodies() throws {
        let comparison = try Self.compare()
        #expect(comparison.old == .init(label: "2024", initiatives: 6, organisations: 5))
        #expect(comparison.new == .init(label: "2025", initiatives: 5, organisations: 5))
        #expect(comparison.organisationsAdded == [.init(name: "Organisme C", old: 0, new: 1)])
        #expect(comparison.organisationsRemoved == [.init(name: "Ministère A", old: 1, new: 0)])
        // In both, named as the new edition writes them; most initiatives (then name) first.
        #expect(comparison.organisationsInBoth.map(\.name) == [
            "Centre de services scolaire de Laval", "Centre hospitalier de l'Université de Montréal", "HEMA-QUEBEC", "Organisme B",
        ])
        #expect(comparison.organisationsInBoth.last == .init(name: "Organisme B", old: 2, new: 1))
    }

    @Test func initiativesMatchByBodyAndNameWhateverTheCaseAccentsOrSpaces() throws {
        let comparison = try Self.compare()
        #expect(names(comparison.initiativesAdded, comparison) == ["Nouveau service"])
        // The second "Classement" of the old edition has no partner.
        #expect(names(comparison.initiativesRemoved, comparison) == ["Prévision budgétaire", "Classement"])
        #expect(comparison.initiativesRemoved.last == 5)
        #expect(comparison.initiativesInBoth.count == 4)
        #expect(comparison.changes(.status).map { names([$0.new], comparison)[0] } == ["TRI DES COURRIELS"])
        let status = try #require(comparison.changes(.status).first)
        #expect(comparison.store.text(.status, row: status.old) == "Développement de la solution")
        #expect(comparison.store.text(.status, row: status.new) == "Solution en production")
        // "Traitement d'image/Imagerie médicale" is the same official category as "Traitement d'image".
        #expect(comparison.changes(.category).map { names([$0.new], comparison)[0] } == ["Classement"])
        let category = try #require(comparison.changes(.category).first)
        #expect(comparison.store.text(.category, row: category.old, language: .en) == "Automation")
        #expect(comparison.store.text(.category, row: category.new, language: .en) == "Decision support, planning and/or prediction")
    }

    @Test func withoutAliasesRenamedBodiesAreAddedAndRemoved() throws {
        let comparison = try Self.compare(aliases: .none)
        #expect(Set(comparison.organisationsAdded.map(\.name)) == [
            "Organisme C", "Centre de services scolaire de Laval", "Centre hospitalier de l'Université de Montréal",
        ])
        #expect(Set(comparison.organisationsRemoved.map(\.name)) == ["Ministère A", "Commission scolaire de Laval", "CHUM"])
        #expect(names(comparison.initiativesAdded, comparison) == ["Agent RH", "Lecture des radiographies", "Nouveau service"])
        #expect(comparison.initiativesInBoth.count == 2)
    }

    @Test func countsPerValueInTheOfficialOrder() throws {
        let comparison = try Self.compare()
        func rows(_ facet: Facet) -> [String] {
            comparison.counts(facet).map { "\($0.value.label(.fr)) \($0.old) \($0.new)" }
        }
        #expect(rows(.status) == ["Solution en production 4 3", "Développement de la solution 2 1", "Information indisponible 0 1"])
        #expect(rows(.category) == [
            "Aide à la décision, planification et/ou prédiction 1 1", "Assistant/agent conversationnel 1 1",
            "Automatisation 3 2", "Traitement d'image 1 1",
        ])
        #expect(rows(.portfolio) == [
            "Finances 3 2", "Santé et Services sociaux 2 0", "Santé et Services sociaux (Réseau) 0 2", "Éducation 1 0", "Éducation (Réseau) 0 1",
        ])
        #expect(comparison.counts(.organisation).isEmpty)
    }

    @Test func unknownAndBlankValuesComeAfterTheOfficialOnes() throws {
        let old = Self.header + "A,Automatisation,Org,Finances,b,Pilote\nB,Automatisation,Org,Finances,b,\n"
        let new = Self.header + "A,Automatisation,Org,Finances,b,Solution en production\nC,Automatisation,,Finances,b,Abandonné\n"
        let store = try Loader.load(csvFiles: [("a.csv", Array(old.utf8)), ("b.csv", Array(new.utf8))]).store
        let editions = store.editions
        #expect(editions.map(\.label) == ["a", "b"])
        let comparison = EditionComparison(store: store, old: editions[0], new: editions[1])
        #expect(comparison.counts(.status).map { $0.value.label(.en) } == ["Solution in production", "Abandonné", "Pilote", "(blank)"])
        #expect(comparison.new.organisations == 1)  // a blank body is not a body
        #expect(comparison.organisationsAdded.isEmpty && comparison.organisationsRemoved.isEmpty)
    }

    @Test func aSliceOfEachEditionComparesOnlyThoseRows() throws {
        let store = try Self.compare().store
        let finances = try store.resolve(.portfolio, "Finances")
        let selection = store.select(Query(selected: [.portfolio: finances]))
        let editions = store.editions(of: selection.rows)
        let comparison = EditionComparison(store: store, old: editions[0], new: editions[1])
        #expect(comparison.old.initiatives == 3 && comparison.new.initiatives == 2)
        #expect(comparison.counts(.portfolio).map(\.value.raw) == ["Finances"])
    }
}
