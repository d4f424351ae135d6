import Foundation
import Testing
@testable import PortraitStore
import PortraitCore

/// The HTML report's sentence names the benefits chosen (`query --benefit`), as written, in the
/// interface's language, beside the other conditions and in the command's order.
@Suite struct ReportBenefitSentenceTests {
    static let csv = """
        Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
        Tri des courriels,Automatisation,Organisme 1,Finances,Délais réduits; Qualité,Solution en production
        Agent virtuel,Assistant/agent conversationnel,Organisme 2,Finances,Service accessible en tout temps,Solution en production
        Lecture de formulaires,Traitement d'image,Organisme 3,Famille,Qualité,Développement de la solution

        """

    @Test func oneBenefitInFrench() throws {
        let store = try Fixture.load(csv: Self.csv).store
        let query = Query(benefits: try store.resolveBenefit("Délais réduits"))
        let page = try HTMLReportTests.report(Self.csv, query: query, interface: .fr)
        #expect(page.contains("Les initiatives qui déclarent le bénéfice «\u{00A0}Délais réduits\u{00A0}»."), "\(page)")
        #expect(!page.contains("Toutes les initiatives, sans filtre ni recherche."))
    }

    @Test func twoBenefitsWithAStatusInEnglish() throws {
        let store = try Fixture.load(csv: Self.csv).store
        let benefits = try store.resolveBenefit("Qualité").union(try store.resolveBenefit("Service accessible en tout temps"))
        let query = Query(selected: [.status: try store.resolve(.status, "production")], benefits: benefits)
        let page = try HTMLReportTests.report(Self.csv, query: query, interface: .en)
        let named = store.benefitFacet.values
        let quoted = benefits.sorted().map { "“" + named[$0] + "”" }
        #expect(quoted.count == 2)
        #expect(page.contains("The initiatives whose status is “Solution in production” and that state the benefit \(quoted[0]) or \(quoted[1])."),
                "\(page)")
    }
}
