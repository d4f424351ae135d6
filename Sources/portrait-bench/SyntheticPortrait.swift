import Foundation
import PortraitCore

/// Writes a synthetic portrait CSV in the format of the project's shared generator (make_portrait.py):
/// French headers, the published 2025 distribution of categories, statuses and portfolios, invented names
/// and benefits with accents, commas, quotes and occasional line breaks. Deterministic for a given seed.
enum SyntheticPortrait {
    private static let verbs = ["Détection", "Prévision", "Classification", "Tri", "Analyse", "Transcription", "Résumé",
                                "Optimisation", "Repérage", "Priorisation", "Extraction", "Traduction", "Segmentation"]
    private static let objects = ["des demandes citoyennes", "des dossiers médicaux", "des images satellitaires",
                                  "des courriels entrants", "des peuplements forestiers", "des appels au 811",
                                  "des rapports d'inspection", "des factures fournisseurs", "des plaintes",
                                  "des radiographies pulmonaires", "des travaux routiers", "des listes d'attente",
                                  "des documents juridiques", "des formulaires d'admission", "des données de circulation",
                                  "des feux de forêt"]
    private static let tools = ["par apprentissage automatique", "assistée par l'IA", "à l'aide d'un grand modèle de langage",
                                "par vision numérique", "avec un agent conversationnel", "(projet pilote)", "— phase 2",
                                "« Solution générique A »"]
    private static let benefits = ["Réduction des délais de traitement", "Amélioration de la qualité des services",
                                   "Meilleure allocation des ressources", "Diminution des erreurs de saisie",
                                   "Accès plus rapide à l'information", "Soutien à la prise de décision clinique",
                                   "Économies de coûts de 15 %", "Allègement des tâches répétitives", "Détection précoce des risques",
                                   "Meilleure expérience pour les usagers, y compris en région éloignée"]
    /// Published 2025 counts, used as weights.
    private static let categoryWeights = [81, 6, 68, 36, 7, 6, 22, 1, 4, 27]
    private static let statusWeights = [132, 115, 11]
    private static let portfolioWeights = [1, 0, 1, 10, 2, 2, 0, 58, 1, 1, 8, 8, 26, 25, 70, 4, 1, 20, 4, 8, 8]

    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func weighted(_ weights: [Int]) -> Int {
            var pick = below(weights.reduce(0, +))
            for (i, w) in weights.enumerated() {
                if pick < w { return i }
                pick -= w
            }
            return weights.count - 1
        }
    }

    static func write(rows: Int, to path: String, seed: UInt64 = 2025) throws {
        var random = Random(state: seed)
        var out: [UInt8] = []
        out.reserveCapacity(rows * 300)
        func cell(_ text: String) -> String { SelectionWriter.csvField(text) }
        let header = ["Nom de l'actif informationnel, du projet ou de l'initiative en IA", "Catégorie", "Organisme public",
                      "Portefeuille ministériel", "Bénéfices", "Statut"]
        out += Array((header.map(cell).joined(separator: ",") + "\n").utf8)
        var organisations: [Int: [String]] = [:]
        for i in 0..<rows {
            let category = Vocabulary.categories[random.weighted(categoryWeights)]
            let status = Vocabulary.statuses[random.weighted(statusWeights)]
            let portfolioIndex = random.weighted(portfolioWeights)
            let portfolio = Vocabulary.portfolios[portfolioIndex]
            if organisations[portfolioIndex] == nil {
                let base = portfolio.fr.split(separator: ",")[0].split(separator: "(")[0].trimmingCharacters(in: .whitespaces)
                organisations[portfolioIndex] = (0..<(1 + random.below(6))).map { _ in "Organisme \(1 + random.below(40)) — \(base)" }
            }
            let pool = organisations[portfolioIndex] ?? ["Organisme"]
            let organisation = pool[random.below(pool.count)]
            let name = "\(verbs[random.below(verbs.count)]) \(objects[random.below(objects.count)]) \(tools[random.below(tools.count)]) n° \(i + 1)"
            var chosen: [String] = []
            for _ in 0..<(1 + random.below(3)) {
                let b = benefits[random.below(benefits.count)]
                if !chosen.contains(b) { chosen.append(b) }
            }
            var benefit = chosen.joined(separator: random.unit() < 0.05 ? "\n" : "; ")
            if random.unit() < 0.02 { benefit += " (voir le rapport \"Bilan annuel\")" }
            let categoryLabel = category.variants.first ?? category.fr
            let row = [name, categoryLabel, organisation, portfolio.fr, benefit, status.fr]
            out += Array((row.map(cell).joined(separator: ",") + "\n").utf8)
        }
        try AtomicFile.write(out, to: path, replace: true)
    }
}
