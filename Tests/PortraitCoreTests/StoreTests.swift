import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// A five-row portrait whose counts are checked by hand in the tests below.
let handChecked = """
    Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
    Agent conversationnel citoyen,Assistant/agent conversationnel,CHUM,Santé et Services sociaux (Réseau),Réponses plus rapides,Solution en production
    Tri des radiographies,Traitement d'image/Imagerie médicale,CHUM,Santé et Services sociaux (Réseau),Diagnostic plus rapide,Développement de la solution
    Inventaire des Forêts,Gestion géomatique et géospatiale,Ministère des Ressources naturelles et des Forêts,Ressources naturelles et Forêts,Cartes à jour,Solution en production
    Robot de clavardage,Assistant/agent conversationnel,Revenu Québec,Finances,"Moins d'appels, plus de réponses",Solution en production
    Prévision des achalandages,"Aide à la décision, planification et/ou prédiction",CHUM ,Santé et Services sociaux (Réseau),Meilleure planification,Information indisponible

    """

@Suite struct StoreTests {
    let store: PortraitStore

    init() throws {
        store = try Fixture.load(csv: handChecked).store
    }

    private func code(_ facet: Facet, _ label: String) throws -> Int {
        try #require(store.resolve(facet, label).first)
    }

    private func counts(_ facet: Facet, _ selection: Selection) -> [String: Int] {
        var out: [String: Int] = [:]
        for (code, value) in store.values(facet).enumerated() { out[value.label(.fr)] = selection.count(facet, code) }
        return out
    }

    @Test func loadsAndTidies() {
        #expect(store.count == 5)
        #expect(store.values(.organisation).map(\.raw) == ["CHUM", "Ministère des Ressources naturelles et des Forêts", "Revenu Québec"])
        #expect(store.text(.category, row: 1, language: .fr) == "Traitement d'image")
        #expect(store.text(.category, row: 1, language: .en) == "Image processing")
        #expect(store.text(.benefits, row: 3) == "Moins d'appels, plus de réponses")
    }

    @Test func disjunctiveCountsOneFacet() throws {
        let query = Query(selected: [.status: [try code(.status, "production")]])
        let selection = store.select(query)
        #expect(selection.rows == [0, 2, 3])
        #expect(counts(.status, selection) == ["Solution en production": 3, "Développement de la solution": 1, "Information indisponible": 1])
        #expect(counts(.category, selection) == [
            "Assistant/agent conversationnel": 2, "Gestion géomatique et géospatiale": 1, "Traitement d'image": 0,
            "Aide à la décision, planification et/ou prédiction": 0,
        ])
        #expect(counts(.portfolio, selection) == ["Santé et Services sociaux (Réseau)": 1, "Ressources naturelles et Forêts": 1, "Finances": 1])
    }

    @Test func disjunctiveCountsTwoFacets() throws {
        var query = Query()
        query.toggle(.status, try code(.status, "Solution en production"))
        query.toggle(.category, try code(.category, "Assistant/conversational agent"))
        let selection = store.select(query)
        #expect(selection.rows == [0, 3])
        #expect(counts(.status, selection) == ["Solution en production": 2, "Développement de la solution": 0, "Information indisponible": 0])
        #expect(counts(.category, selection)["Gestion géomatique et géospatiale"] == 1)
        #expect(counts(.category, selection)["Assistant/agent conversationnel"] == 2)
        #expect(counts(.portfolio, selection) == ["Santé et Services sociaux (Réseau)": 1, "Ressources naturelles et Forêts": 0, "Finances": 1])
    }

    @Test func orWithinAFacet() throws {
        var query = Query()
        query.toggle(.status, try code(.status, "production"))
        query.toggle(.status, try code(.status, "indisponible"))
        #expect(store.select(query).rows == [0, 2, 3, 4])
    }

    @Test func accentInsensitiveSearch() {
        #expect(store.select(Query(search: "foret")).rows == [2])
        #expect(store.select(Query(search: "quebec")).rows == [3])
        #expect(store.select(Query(search: "FORÊTS cartes")).rows == [2])
        #expect(store.select(Query(search: "chum planif")).rows == [4])
        #expect(store.select(Query(search: "image processing")).rows == [1])  // English category label
        #expect(store.select(Query(search: "introuvable")).rows == [])
    }

    @Test func searchAppliesToCounts() {
        let selection = store.select(Query(search: "chum"))
        #expect(selection.rows == [0, 1, 4])
        #expect(counts(.status, selection) == ["Solution en production": 1, "Développement de la solution": 1, "Information indisponible": 1])
    }

    @Test func matchesDoNotStraddleRows() throws {
        // Row 0's text ends in "for", row 1's starts with "et": "foret" must not match across them.
        let text = "Nom,Catégorie,Organisme,Portefeuille,Bénéfices,Statut\nx,Automatisation,A,Finances,for,Solution en production\net,Automatisation,B,Finances,y,Solution en production\n"
        let store = try Fixture.load(csv: text).store
        #expect(store.select(Query(search: "foret")).rows == [])
    }

    @Test func sorting() {
        #expect(store.select(Query(sort: .name)).rows == [0, 2, 4, 3, 1])
        let byOrganisation = store.select(Query(sort: .facet(.organisation))).rows
        #expect(byOrganisation.map { store.text(.organisation, row: $0) } == ["CHUM", "CHUM", "CHUM", "Ministère des Ressources naturelles et des Forêts", "Revenu Québec"])
        #expect(store.select(Query(sort: .facet(.status))).rows.map { store.text(.status, row: $0) }.first == "Développement de la solution")
    }

    @Test func resolveRejectsUnknownValues() {
        #expect(throws: PortraitError.self) { try store.resolve(.category, "Cybersécurité") }
        #expect((try? store.resolve(.organisation, "chum")) == [0])
    }

    @Test func tallyLargestFirst() {
        let tallies = store.tally(.status, rows: Array(0..<store.count))
        #expect(tallies.map(\.count) == [3, 1, 1])
        #expect(tallies.first?.label == "Solution en production")
    }
}
