/// The words of each facet, in French and English: its pane's title in the browser, its option's help on
/// the command line, the phrase that says its values in the HTML report's selection, the title of its
/// chart, its total and its definitions there, the headings of its counts and changes in `summary` and
/// `diff`, the note on a value outside its official terms, and the name of the order it gives on the
/// browser's status line. One table, so a facet's words are never missing in one language;
/// `FacetDescriptor` (PortraitStore) names which of them each facet uses.
public enum FacetText: LocalizedTemplate, Equatable {
    case panePortfolio, paneCategory, paneStatus, paneOrganisation, paneEdition
    case optionPortfolio, optionCategory, optionStatus, optionOrg, optionBody
    case selectionPortfolio, selectionCategory, selectionStatus, selectionOrganisation
    case chartPortfolio, chartCategory, chartStatus, chartTopOrganisations
    case sortPortfolio, sortCategory, sortStatus, sortOrganisation
    case countsPortfolio, countsCategory, countsStatus
    case changesCategory, changesStatus
    case totalPortfolios, totalCategories, totalOrganisations
    case definitionsCategory, definitionsStatus
    case unknownCategory, unknownStatus

    public var forms: (fr: String, en: String) {
        switch self {
        case .panePortfolio: return ("Portefeuille", "Portfolio")
        case .paneCategory: return ("Catégorie", "Category")
        case .paneStatus: return ("Statut", "Status")
        case .paneOrganisation: return ("Organisme", "Public body")
        case .paneEdition: return ("Édition", "Edition")
        case .optionPortfolio:
            return ("Garder ce portefeuille ministériel (à répéter pour plusieurs : OU).",
                    "Keep this ministerial portfolio (repeat for several: OR).")
        case .optionCategory:
            return ("Garder cette catégorie, en français ou en anglais (à répéter pour plusieurs : OU).",
                    "Keep this category, in French or English (repeat for several: OR).")
        case .optionStatus:
            return ("Garder ce statut, p. ex. production, développement (à répéter pour plusieurs : OU).",
                    "Keep this status, e.g. production, développement (repeat for several: OR).")
        case .optionOrg:
            return ("Garder cet organisme public ; des débuts de mots de son nom choisissent chaque organisme qui y répond.",
                    "Keep this public body; words that begin words of its name select every body they match.")
        case .optionBody:
            return ("Comme --org : garder cet organisme public (à répéter pour plusieurs : OU).",
                    "Same as --org: keep this public body (repeat for several: OR).")
        case .selectionPortfolio: return ("dont le portefeuille ministériel est {values}", "whose ministerial portfolio is {values}")
        case .selectionCategory: return ("dont la catégorie est {values}", "whose category is {values}")
        case .selectionStatus: return ("dont le statut est {values}", "whose status is {values}")
        case .selectionOrganisation: return ("dont l'organisme public est {values}", "whose public body is {values}")
        case .chartPortfolio: return ("Par portefeuille ministériel", "By ministerial portfolio")
        case .chartCategory: return ("Par catégorie", "By category")
        case .chartStatus: return ("Par statut", "By status")
        case .chartTopOrganisations: return ("Les dix organismes qui en comptent le plus", "The ten bodies with the most")
        case .sortPortfolio: return ("portefeuille", "portfolio")
        case .sortCategory: return ("catégorie", "category")
        case .sortStatus: return ("statut", "status")
        case .sortOrganisation: return ("organisme", "body")
        case .countsPortfolio: return ("Par portefeuille", "By portfolio")
        case .countsCategory: return ("Par catégorie", "By category")
        case .countsStatus: return ("Par statut", "By status")
        case .changesCategory: return ("Changements de catégorie", "Category changes")
        case .changesStatus: return ("Changements de statut", "Status changes")
        case .totalPortfolios: return ("Portefeuilles ministériels", "Ministerial portfolios")
        case .totalCategories: return ("Catégories", "Categories")
        case .totalOrganisations: return ("Organismes publics", "Public bodies")
        case .definitionsCategory: return ("Catégories", "Categories")
        case .definitionsStatus: return ("Statuts", "Statuses")
        case .unknownCategory: return ("catégorie inconnue « {value} » (gardée telle quelle)", "unknown category '{value}' (kept as written)")
        case .unknownStatus: return ("statut inconnu « {value} » (gardé tel quel)", "unknown status '{value}' (kept as written)")
        }
    }
}
