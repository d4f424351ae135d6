import Foundation
import Testing
@testable import PortraitCore

/// Benefits as a multi-valued facet: split on `;` and line breaks, trimmed, grouped when they fold alike,
/// shown as first written, counted once per initiative, with disjunctive counts.
@Suite struct BenefitFacetTests {
    static let csv = """
        Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
        A,Automatisation,O1,Finances,Équité fiscale; Gain de temps,Solution en production
        B,Automatisation,O1,Finances,"  equite   FISCALE ;Gain de temps; gain de temps",Développement de la solution
        C,Traitement d'image,O2,Justice,"Gain de temps
        Meilleur accès à la justice",Solution en production
        D,Traitement d'image,O2,Justice,,Solution en production
        E,Automatisation,O3,Famille,Meilleur accès à la justice;;,Information indisponible

        """

    static func store() throws -> PortraitStore { try Fixture.load(csv: csv).store }

    @Test func benefitsAreSplitTrimmedGroupedAndCountedOncePerInitiative() throws {
        let store = try Self.store()
        let facet = store.benefitFacet
        #expect(facet.values == ["Équité fiscale", "Gain de temps", "Meilleur accès à la justice"])
        #expect((0..<store.count).map { Array(facet.codes(row: $0)) } == [[0, 1], [0, 1], [1, 2], [], [2]])
        let tally = store.benefitTally(rows: Array(0..<store.count))
        #expect(tally.map { "\($0.label) \($0.count)" } == ["Gain de temps 3", "Équité fiscale 2", "Meilleur accès à la justice 2"])
        // The text of each initiative is as loaded (the loader's own tidying of spaces only).
        #expect(store.text(.benefits, row: 1) == "equite FISCALE ;Gain de temps; gain de temps")
    }

    @Test func selectingBenefitsFiltersWithOrWithinAndAcrossFacetsWithDisjunctiveCounts() throws {
        let store = try Self.store()
        let production = try store.resolve(.status, "production")
        var query = Query(countsBenefits: true)
        query.benefits = try store.resolveBenefit("equite fiscale")
        #expect(store.select(query).rows == [0, 1])
        query.benefits.formUnion(try store.resolveBenefit("Meilleur accès à la justice"))
        #expect(store.select(query).rows == [0, 1, 2, 4])
        query.selected[.status] = production
        let selection = store.select(query)
        #expect(selection.rows == [0, 2])
        // Benefit counts ignore the benefit selection (rows in production: A, C, D) ...
        #expect(selection.benefitCounts == [1, 2, 1])
        // ... and the other facets' counts apply it: B (in development) carries a selected benefit.
        let statuses = store.values(.status)
        let development = try #require(statuses.firstIndex { $0.label(.fr) == "Développement de la solution" })
        #expect(selection.count(.status, development) == 1)
        #expect(selection.count(.status, Array(production)[0]) == 2)
        // Counts are only computed when asked.
        query.countsBenefits = false
        #expect(store.select(query).benefitCounts.isEmpty)
    }

    @Test func benefitsGivenAsTextMatchByWordBeginnings() throws {
        let store = try Self.store()
        #expect(try store.resolveBenefit("GAIN de TEMPS") == [1])
        #expect(try store.resolveBenefit("acces just") == [2])
        #expect(try store.resolveBenefit("temps gain de") == [1])
        #expect(throws: PortraitError.self) { try store.resolveBenefit("\"temps gain\"") }
        do {
            _ = try store.resolveBenefit("fiscalite")
        } catch let error as PortraitError {
            #expect(error.description(in: .fr) == "aucun bénéfice ne correspond à « fiscalite » (les plus proches : Équité fiscale; Gain de temps; Meilleur accès à la justice)")
        }
    }

    @Test func aStoreLoadedWithoutTextHasNoBenefits() throws {
        var options = LoadOptions()
        options.keepsText = false
        let store = try Fixture.load(csv: Self.csv, options: options).store
        #expect(store.benefitFacet.values.isEmpty)
        #expect(store.benefitTally(rows: Array(0..<store.count)).isEmpty)
    }
}
