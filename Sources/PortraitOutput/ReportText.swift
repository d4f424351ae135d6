import PortraitText
import PortraitStore

/// The words of the HTML report (`query --format html`, the browser's `.html` export), in French and
/// English: one table, so a translation is never missing. Placeholders are written `{name}`.
public enum ReportText: LocalizedTemplate, Equatable {
    case pageTitle, heading, editionsOne, editionsMany, pageTitleFiles, headingFiles, fileSourceLine
    case selectionAll, selectionIntro, selectionBenefit, selectionChange, selectionEditionOne, selectionEditionMany, selectionSearch, selectionOr, selectionAnd,
         equivalentCommand
    case sampleNotice
    case totals, totalInitiatives, change
    case charts, chartDescription, chartDescriptionPair
    case value, count, share
    case initiatives, initiativesCaption, noInitiatives
    case definitions, noDefinition
    case source, sourceLine, licenceLine, retrievedOn, sampleSource, fileSource, generatedBy
    case initiativeOne, initiativeMany, valueOne, valueMany

    /// What `counted` counts.
    public enum Noun: Sendable { case initiative, value }

    /// "1 initiative", "2 initiatives", "0 initiative" in French (where 0 and 1 take the singular), "0
    /// values" in English (`Language.takesSingular`); the number written as `ReportNumbers` writes it.
    public static func counted(_ n: Int, _ noun: Noun, _ language: Language) -> String {
        let singular = language.takesSingular(n)
        let word: ReportText = switch noun {
        case .initiative: singular ? .initiativeOne : .initiativeMany
        case .value: singular ? .valueOne : .valueMany
        }
        return ReportNumbers.count(n, language) + " " + word.text(language)
    }

    public var forms: (fr: String, en: String) {
        switch self {
        case .pageTitle: return ("Portrait de l'IA — {selection}", "AI register — {selection}")
        case .pageTitleFiles: return ("{sources} — {selection}", "{sources} — {selection}")
        case .headingFiles: return ("Initiatives lues dans {sources}", "Initiatives read from {sources}")
        case .fileSourceLine: return ("Édition {edition} : {file}", "Edition {edition}: {file}")
        case .heading:
            return ("Utilisations de l'IA dans l'administration publique québécoise",
                    "Uses of AI in Québec's public administration")
        case .editionsOne: return ("Édition {editions}", "Edition {editions}")
        case .editionsMany: return ("Éditions {editions}", "Editions {editions}")
        case .selectionAll: return ("Toutes les initiatives, sans filtre ni recherche.", "Every initiative, with no filter and no search.")
        case .selectionIntro: return ("Les initiatives {conditions}.", "The initiatives {conditions}.")
        case .selectionBenefit: return ("qui déclarent le bénéfice {values}", "that state the benefit {values}")
        case .selectionChange: return ("dont le changement entre les deux dernières éditions est {values}",
                                       "whose change between the last two editions is {values}")
        case .selectionEditionOne: return ("de l'édition {values}", "of edition {values}")
        case .selectionEditionMany: return ("des éditions {values}", "of editions {values}")
        case .selectionSearch: return ("qui contiennent les mots {words}", "that contain the words {words}")
        case .selectionOr: return ("ou", "or")
        case .selectionAnd: return ("et", "and")
        case .equivalentCommand: return ("La même sélection en ligne de commande :", "The same selection on the command line:")
        case .sampleNotice:
            return ("Données d'exemple : les noms et bénéfices des initiatives sont illustratifs ; seuls les totaux publiés sont reproduits. Téléchargez le portrait officiel sur Données Québec.",
                    "Sample data: the initiatives' names and benefits are illustrative; only the published totals are reproduced. Download the official portrait from Données Québec.")
        case .totals: return ("En bref", "At a glance")
        case .totalInitiatives: return ("Initiatives", "Initiatives")
        case .change: return ("Variation", "Change")
        case .charts: return ("Répartition", "Breakdown")
        case .chartDescription:
            return ("Diagramme à barres horizontales : {what}, {count} ; les nombres sont dans le tableau qui suit.",
                    "Horizontal bar chart: {what}, {count}; the numbers are in the table that follows.")
        case .chartDescriptionPair:
            return ("Diagramme à barres jumelées : {what}, {count}, éditions {old} (barre claire) et {new} (barre foncée) ; les nombres sont dans le tableau qui suit.",
                    "Paired bar chart: {what}, {count}, editions {old} (light bar) and {new} (dark bar); the numbers are in the table that follows.")
        case .value: return ("Valeur", "Value")
        case .count: return ("Initiatives", "Initiatives")
        case .share: return ("Part", "Share")
        case .initiatives: return ("Les initiatives", "The initiatives")
        case .initiativesCaption: return ("{count}, dans l'ordre de la sélection", "{count}, in the selection's order")
        case .noInitiatives: return ("Aucune initiative ne répond à cette sélection.", "No initiative matches this selection.")
        case .definitions: return ("Définitions officielles", "Official definitions")
        case .noDefinition: return ("(valeur hors de la liste officielle)", "(a value outside the official list)")
        case .source: return ("Source", "Source")
        case .sourceLine: return ("Édition {edition} : « {title} », {publisher}.", "Edition {edition}: “{title}”, {publisher}.")
        case .licenceLine: return ("Licence {licence}", "Licence {licence}")
        case .retrievedOn: return ("téléchargée le {date} depuis {url}", "retrieved on {date} from {url}")
        case .sampleSource:
            return ("exemple illustratif intégré à portrait, qui reproduit les totaux publiés ; ce n'est pas le registre officiel",
                    "illustrative sample built into portrait, reproducing the published totals; it is not the official register")
        case .fileSource: return ("lue dans le fichier {file}", "read from the file {file}")
        case .generatedBy: return ("Rapport produit par portrait.", "Report made by portrait.")
        case .initiativeOne: return ("initiative", "initiative")
        case .initiativeMany: return ("initiatives", "initiatives")
        case .valueOne: return ("valeur", "value")
        case .valueMany: return ("valeurs", "values")
        }
    }
}
