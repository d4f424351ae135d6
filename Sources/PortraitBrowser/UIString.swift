import Foundation
import PortraitCore

/// Every piece of interface text of the browser, in French and English: one table, so a translation is
/// never missing (the switch is exhaustive) and later work can extend it in one place.
/// Placeholders are written `{name}` and filled by `text(_:_:)`.
public enum UIString: LocalizedTemplate {
    case appTitle
    case paneResults, paneBenefit, paneChange
    case columnName, columnNameMarked, columnNameRemoved, columnNameMarkedBoth, columnBody, columnStatus, columnCategory, columnBenefits
    case searchLabel, searchPlaceholder
    case countLine, editionScopeOne, editionScopeSeveral, noResults, noFilters, facetFilter, searchFilter, sortLine, sortPending, labelsLine, moreValues
    case sortFile, sortName
    case tooSmall, tooSmallHint
    case detailPosition, detailDefinition, detailEdition, detailSince, detailNew, detailStatusChanged, detailRemoved, detailCut
    case comparisonMarks, comparisonAbsent
    case chartTitle, chartEmpty, comparisonTitle, comparisonNeedsEditions, percent
    case sectionInitiatives, sectionBodies, sectionTopBodies
    case helpTitle, helpFooter, helpSources
    case scopeList, scopeDetail, scopeViews, scopeEverywhere, scopeSearch, scopeExport, scopeMouse
    case keySpace, keyEnter, keyEscape, keyBackspace, keyTab, keyBackTab, keyPageUp, keyPageDown, keyHome, keyEnd
    case keyDelete, keyClick, keyWheel
    case exportPrompt, exportConfirm, exportDone, exportDoneOne, exportDoneSample, exportDoneSampleOne, exportFailed, exportFailedAt, exportUnknownFormat
    case exportCancelled, exportEmptyName, exportConfirmEmpty, exportWithBOM
    case exportExists, exportNotWritable, exportNoSpace, exportIsFolder, exportNotRegular, exportSymbolicLink
    case exportNoFolder
    case notATerminal, cannotOpenTerminal
    case commandNeedsLatestEdition, commandNeedsBothEditions, changeShowsBothEditions, changesComputing

    /// The French and English forms.
    public var forms: (fr: String, en: String) {
        switch self {
        case .appTitle: return ("Portrait de l'IA au gouvernement du Québec", "AI in Québec's government")
        case .paneResults: return ("Résultats", "Results")
        case .paneBenefit: return ("Bénéfice", "Benefit")
        case .paneChange: return ("Changement", "Change")
        case .columnName: return ("Nom", "Name")
        case .columnNameMarked: return ("Nom  + nouvelle ~ statut modifié", "Name  + new ~ status changed")
        case .columnNameRemoved: return ("Nom  − retirée", "Name  − removed")
        case .columnNameMarkedBoth: return ("Nom  + nouvelle ~ statut modifié − retirée", "Name  + new ~ status changed − removed")
        case .columnBody: return ("Organisme", "Public body")
        case .columnStatus: return ("Statut", "Status")
        case .columnCategory: return ("Catégorie", "Category")
        case .columnBenefits: return ("Bénéfices", "Benefits")
        case .searchLabel: return ("Recherche : ", "Search: ")
        case .searchPlaceholder: return ("tapez / pour chercher", "type / to search")
        case .countLine: return ("{n} / {total} initiatives", "{n} / {total} initiatives")
        case .editionScopeOne: return ("édition {editions}", "edition {editions}")
        case .editionScopeSeveral: return ("éditions {editions}", "editions {editions}")
        case .noResults: return ("Aucune initiative ne correspond : C efface tout.", "No initiative matches: C clears everything.")
        case .noFilters: return ("aucun filtre", "no filter")
        case .facetFilter: return ("{facet} : {values}", "{facet}: {values}")
        case .searchFilter: return ("« {text} »", "“{text}”")
        case .sortLine: return ("tri : {key}", "sort: {key}")
        case .sortPending: return ("tri en cours… ({key})", "sorting… ({key})")
        case .labelsLine: return ("libellés {lang}", "labels {lang}")
        case .moreValues: return ("{first}–{last}/{n}", "{first}–{last}/{n}")
        case .sortFile: return ("fichier", "file")
        case .sortName: return ("nom", "name")
        case .tooSmall: return ("Terminal trop petit : {w}×{h}", "Terminal too small: {w}×{h}")
        case .tooSmallHint: return ("Agrandissez-le à au moins {w}×{h} (q pour quitter)", "Enlarge it to at least {w}×{h} (q to quit)")
        case .detailPosition: return ("Initiative {i} / {n}", "Initiative {i} / {n}")
        case .detailDefinition: return ("Définition : ", "Definition: ")
        case .detailCut:
            return ("… {size} de plus, non affichés ici ; e pour tout écrire dans un fichier",
                    "… {size} more, not shown here; press e to write it all to a file")
        case .detailEdition: return ("Édition", "Edition")
        case .detailSince: return ("Depuis {edition}", "Since {edition}")
        case .detailNew: return ("nouvelle initiative", "new initiative")
        case .detailStatusChanged: return ("statut modifié : {old} → {new}", "status changed: {old} → {new}")
        case .detailRemoved: return ("retirée : absente de l'édition {edition}", "removed: not in the {edition} edition")
        case .comparisonAbsent: return ("  (absent de l'édition {edition})", "  (not in the {edition} edition)")
        case .comparisonMarks: return ("dont {new} nouvelles et {changed} au statut modifié depuis {older}",
                                       "of which {new} new and {changed} with another status since {older}")
        case .chartTitle: return ("Graphique de la sélection : {n} initiatives", "Chart of the selection: {n} initiatives")
        case .chartEmpty: return ("Aucune initiative dans la sélection.", "No initiative in the selection.")
        case .comparisonTitle: return ("Comparaison de la sélection : {older} → {newer}", "Comparison of the selection: {older} → {newer}")
        case .comparisonNeedsEditions: return ("La comparaison demande deux éditions : lancez portrait sans fichier, ou avec deux fichiers",
                                               "Comparing needs two editions: run portrait with no file, or with two files")
        case .percent: return ("{p} %", "{p}%")
        case .sectionInitiatives: return ("Initiatives", "Initiatives")
        case .sectionBodies: return ("Organismes", "Public bodies")
        case .sectionTopBodies: return ("Organismes : les {n} premiers sur {total}", "Public bodies: the top {n} of {total}")
        case .helpTitle: return ("Aide : les touches", "Help: keys")
        case .helpSources: return ("D'où viennent les lignes", "Where the rows come from")
        case .helpFooter: return ("↑ ↓ défiler · toute autre touche ferme", "↑ ↓ scroll · any other key closes")
        case .scopeList: return ("Listes", "Lists")
        case .scopeDetail: return ("Fiche", "Detail")
        case .scopeViews: return ("Graphique, comparaison", "Chart, comparison")
        case .scopeEverywhere: return ("Partout", "Everywhere")
        case .scopeSearch: return ("Recherche", "Search")
        case .scopeExport: return ("Export", "Export")
        case .scopeMouse: return ("Souris", "Mouse")
        case .keySpace: return ("Espace", "Space")
        case .keyEnter: return ("Entrée", "Enter")
        case .keyEscape: return ("Échap", "Esc")
        case .keyBackspace: return ("Retour arrière", "Backspace")
        case .keyTab: return ("Tab", "Tab")
        case .keyBackTab: return ("Maj-Tab", "Shift-Tab")
        case .keyPageUp: return ("PgPréc", "PgUp")
        case .keyPageDown: return ("PgSuiv", "PgDn")
        case .keyHome: return ("Début", "Home")
        case .keyEnd: return ("Fin", "End")
        case .keyDelete: return ("Suppr", "Del")
        case .keyClick: return ("clic", "click")
        case .keyWheel: return ("molette", "wheel")
        case .exportPrompt: return ("Exporter vers : ", "Export to: ")
        case .exportConfirm: return ("{path} existe déjà. Le remplacer ? (o/N) ", "{path} already exists. Replace it? (y/N) ")
        case .exportDone: return ("{n} initiatives exportées vers {path}", "{n} initiatives exported to {path}")
        case .exportDoneOne: return ("{n} initiative exportée vers {path}", "{n} initiative exported to {path}")
        case .exportDoneSample:
            return ("{n} initiatives de l'échantillon illustratif exportées vers {path}", "{n} initiatives of the illustrative sample exported to {path}")
        case .exportDoneSampleOne:
            return ("{n} initiative de l'échantillon illustratif exportée vers {path}", "{n} initiative of the illustrative sample exported to {path}")
        case .exportFailed: return ("Export impossible : {reason}", "Export failed: {reason}")
        case .exportFailedAt: return ("Export impossible : {reason} ({path})", "Export failed: {reason} ({path})")
        case .exportUnknownFormat: return ("extension inconnue : choisissez .csv, .json, .md ou .html (ou .tsv)",
                                           "unknown extension: use .csv, .json, .md or .html (or .tsv)")
        case .exportCancelled: return ("Export annulé", "Export cancelled")
        case .exportWithBOM: return ("[CSV avec BOM, pour les tableurs]", "[CSV with a BOM, for spreadsheets]")
        case .exportEmptyName: return ("aucun nom de fichier", "no file name")
        case .exportConfirmEmpty: return ("Aucune initiative dans la liste. Exporter un fichier vide (l'en-tête seul) ? (o/N) ",
                                          "No initiative in the list. Export an empty file (the header alone)? (y/N) ")
        case .exportExists: return ("le fichier existe déjà", "the file already exists")
        case .exportNotWritable: return ("dossier non accessible en écriture", "folder not writable")
        case .exportNoSpace: return ("disque plein", "disk full")
        case .exportIsFolder: return ("c'est un dossier", "it is a folder")
        case .exportNotRegular: return ("ce n'est pas un fichier ordinaire", "not a regular file")
        case .exportSymbolicLink: return ("lien symbolique : nommez le fichier lui-même", "symbolic link: name the file itself")
        case .exportNoFolder: return ("dossier introuvable", "folder not found")
        case .notATerminal: return ("le navigateur a besoin d'un terminal ; pour un script ou un tube, utilisez « portrait query » (voir portrait query --help)",
                                    "the browser needs a terminal; in scripts and pipes use `portrait query` (see portrait query --help)")
        case .cannotOpenTerminal: return ("impossible d'ouvrir le terminal (TERM={term}) ; essayez portrait query",
                                          "cannot open the terminal (TERM={term}); try portrait query")
        case .commandNeedsLatestEdition: return ("pas de commande : sans fichier, portrait query ne lit que la dernière édition ; cochez-la seule",
                                                 "no command: with no file, portrait query reads the latest edition only; select it alone")
        case .commandNeedsBothEditions: return ("pas de commande : portrait query --change lit les deux éditions ; décochez l'édition",
                                                "no command: portrait query --change reads both editions; clear the edition choice")
        case .changeShowsBothEditions: return ("Changements : les deux éditions comparées sont montrées (choix d'édition retiré)",
                                               "Changes: both editions compared are shown (edition choice cleared)")
        case .changesComputing: return ("calcul des changements…", "computing changes…")
        }
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .fr ? forms.fr : forms.en }
}
