/// The interface text of the headless commands (`summary`, `stats`, `query`, `diff`, `validate`, usage
/// errors), in French and English: one table, so a translation is never missing. Placeholders are
/// written `{name}`. Data labels (categories, statuses, portfolios) are not here: they follow `--labels`.
public enum CommandText: LocalizedTemplate, Equatable {
    case errorLine, usageErrorLine, invalidArguments, cannotWriteStandardOutput
    case diffNeedsTwoFiles, validateNeedsFile, valueNotUTF8
    case parserUnknownOption, parserDidYouMean, parserMissingValue, parserInvalidValue, parserUnexpectedArgument, parserMissingArgument
    case summaryTitle, summaryCounts, summaryHint
    case chartTotal
    case queryWritten, readingProgress
    case validateFormat, validateEncoding, validateDelimiter, validateHeader, validateColumns, validateEdition
    case validateRowCount, validateAnomalies, validateNone, validateMissing, validateExtra, validateColumnNumber
    case columnsGuessed, validateColumnsGuessed, validateGuessScore, validateAlternatives
    case validateLine, validateLines, validateRow, validateRowsWord
    case validateSheet, validateTable, validateTableOf, validateTableCaption, validateTableHeaderRow, validatePassedOver
    case validateOtherTables, validateFooterRows
    case delimiterComma, delimiterSemicolon, delimiterTab, quoteSingle
    case validateEncodingDetected, validateDelimiterDetected, validateGiven
    case diffInitiatives, diffOrganisations
    case diffOrganisationsAdded, diffOrganisationsRemoved
    case diffInitiativesAdded, diffInitiativesRemoved, diffInitiativesIn, diffNone
    case sampleNotice, sampleShort, officialOne, officialMany, officialFrom, comparisonSources, sourceOfficial, sourceSample, sourceFile, sourceFileTitled, sourceRegisterFile, summaryTitleFiles
    case updateCatalogue, updateNew, updateUpdated, updateUnchanged, updateRefused, updateFolder, downloadProgress
    case sourcesNone, sourcesEdition, sourcesFolder
    case updateKept, updateWithdrawn, updateDelta, updateSinceCopy, updateSetAside, updateStillUsed, sourcesWithdrawn

    public var forms: (fr: String, en: String) {
        switch self {
        case .errorLine: return ("portrait : {message}", "portrait: {message}")
        case .usageErrorLine: return ("portrait : {message} (voir « portrait --help »)", "portrait: {message} (see 'portrait --help')")
        case .invalidArguments: return ("arguments invalides", "invalid arguments")
        case .cannotWriteStandardOutput:
            return ("impossible d'écrire sur la sortie standard : {cause}", "cannot write standard output: {cause}")
        case .diffNeedsTwoFiles:
            return ("diff compare deux fichiers, OLD et NEW (ou aucun : les deux dernières éditions officielles, sinon celles de l'échantillon) ; nombre de fichiers donnés : {count}",
                    "diff compares two files, OLD and NEW (or none: the last two official editions, else the sample's); files given: {count}")
        case .parserUnknownOption: return ("option inconnue « {option} »", "Unknown option '{option}'")
        case .parserDidYouMean: return ("vouliez-vous dire « {option} » ?", "Did you mean '{option}'?")
        case .parserMissingValue: return ("valeur manquante pour « {option} »", "Missing value for '{option}'")
        case .parserInvalidValue:
            return ("la valeur « {value} » n'est pas valide pour « {option} »", "The value '{value}' is invalid for '{option}'")
        case .parserUnexpectedArgument: return ("argument inattendu « {value} »", "Unexpected argument '{value}'")
        case .parserMissingArgument: return ("argument attendu manquant : « {value} »", "Missing expected argument '{value}'")
        case .valueNotUTF8:
            return ("« {value} » n'est pas du texte UTF-8 : seul un nom de fichier peut contenir d'autres octets",
                    "'{value}' is not UTF-8 text: only a file name may hold other bytes")
        case .validateNeedsFile: return ("donnez au moins un fichier à valider", "give at least one file to validate")
        case .summaryTitle:
            return ("Portrait des utilisations de l'IA dans l'administration publique — {sources}",
                    "Portrait of AI uses in Québec's public administration — {sources}")
        case .summaryCounts: return ("{initiatives} initiatives, {bodies} organismes publics", "{initiatives} initiatives, {bodies} public bodies")
        case .summaryHint:
            return ("Pour filtrer et exporter : portrait query --help · portrait stats --help",
                    "To filter and export: portrait query --help · portrait stats --help")
        case .chartTotal: return ("{total} initiatives au total", "{total} initiatives in all")
        case .queryWritten: return ("{count} initiatives écrites dans {file}", "{count} initiatives written to {file}")
        case .readingProgress: return ("portrait : lecture de {file}… {percent} %", "portrait: reading {file}… {percent} %")
        case .validateFormat: return ("format", "format")
        case .validateEncoding: return ("encodage", "encoding")
        case .validateDelimiter: return ("séparateur", "delimiter")
        case .validateHeader: return ("en-tête", "header")
        case .validateColumns: return ("colonnes", "columns")
        case .validateEdition: return ("édition", "edition")
        case .validateRowCount: return ("initiatives", "rows")
        case .validateAnomalies: return ("anomalies", "anomalies")
        case .validateNone: return ("aucune", "none")
        case .validateMissing: return ("(absente)", "(missing)")
        case .validateExtra: return ("en plus", "extra")
        case .validateColumnNumber: return ("(colonne {n})", "(column {n})")
        case .columnsGuessed:
            return ("portrait : {file} : colonnes lues d'après leur en-tête, à vérifier : {fields} (--columns champ=En-tête pour changer)",
                    "portrait: {file}: columns read by their headers' meaning, to check: {fields} (--columns field=Header to change)")
        case .validateColumnsGuessed:
            return ("colonnes (devinées d'après leur en-tête ; --columns champ=En-tête pour changer)",
                    "columns (guessed from their headers' meaning; --columns field=Header to change)")
        case .validateGuessScore: return ("pointage {score}", "score {score}")
        case .validateAlternatives: return ("autres : {headers}", "alternatives: {headers}")
        case .validateSheet: return ("feuille", "sheet")
        case .validateTable: return ("tableau", "table")
        case .validateTableOf: return ("{position} sur {count}", "{position} of {count}")
        case .validateTableCaption: return ("légende « {caption} »", "caption '{caption}'")
        case .validateTableHeaderRow: return ("en-tête dans sa rangée {row}", "header in its row {row}")
        case .validatePassedOver: return ("écartés", "passed over")
        case .validateOtherTables: return ("tableaux {positions}", "tables {positions}")
        case .validateFooterRows: return ("{count} rangées de pied de tableau (tfoot)", "{count} footer rows (tfoot)")
        case .validateLine: return ("ligne", "line")
        case .validateLines: return ("lignes", "lines")
        case .validateRow: return ("rangée", "row")
        case .validateRowsWord: return ("rangées", "rows")
        case .delimiterComma: return ("virgule (,)", "comma (,)")
        case .delimiterSemicolon: return ("point-virgule (;)", "semicolon (;)")
        case .delimiterTab: return ("tabulation", "tab")
        case .quoteSingle: return ("guillemets simples (')", "single quotes (')")
        case .validateEncodingDetected:
            return ("détecté ; --encoding utf-8|utf-16le|utf-16be|windows-1252 le lit autrement",
                    "detected; --encoding utf-8|utf-16le|utf-16be|windows-1252 reads it otherwise")
        case .validateDelimiterDetected:
            return ("détecté ; --delimiter CARACTÈRE le lit autrement", "detected; --delimiter CHAR reads it otherwise")
        case .validateGiven: return ("donné par {option}", "given by {option}")
        case .diffInitiatives: return ("Initiatives", "Initiatives")
        case .diffOrganisations: return ("Organismes publics", "Public bodies")
        case .diffOrganisationsAdded: return ("Organismes ajoutés", "Bodies added")
        case .diffOrganisationsRemoved: return ("Organismes retirés", "Bodies removed")
        case .diffInitiativesAdded: return ("Initiatives ajoutées", "Initiatives added")
        case .diffInitiativesRemoved: return ("Initiatives retirées", "Initiatives removed")
        case .diffInitiativesIn: return ("initiatives en", "initiatives in")
        case .diffNone: return ("aucun", "none")
        case .sampleNotice:
            return ("échantillon illustratif — `portrait update` pour le registre officiel",
                    "illustrative sample — run `portrait update` for the official register")
        case .sampleShort: return ("échantillon illustratif", "illustrative sample")
        case .comparisonSources: return ("Sources : {sources}", "Sources: {sources}")
        case .officialOne: return ("édition officielle {editions}", "official edition {editions}")
        case .officialMany: return ("éditions officielles {editions}", "official editions {editions}")
        case .officialFrom: return ("{editions} ({host}, {date})", "{editions} ({host}, {date})")
        case .sourceOfficial:
            return ("Source : {title}, édition {edition}, {publisher}, licence {licence} — {url} (récupéré le {date})",
                    "Source: {title}, edition {edition}, {publisher}, licence {licence} — {url} (retrieved {date})")
        case .sourceSample:
            return ("Source : {title}, édition {edition}, {publisher}, licence {licence} — {notice}",
                    "Source: {title}, edition {edition}, {publisher}, licence {licence} — {notice}")
        case .sourceFile: return ("Source : {file} (édition {edition})", "Source: {file} (edition {edition})")
        case .sourceFileTitled:
            return ("Source : {file}, « {title} » (édition {edition})", "Source: {file}, “{title}” (edition {edition})")
        case .sourceRegisterFile:
            return ("Source : {title}, édition {edition}, {publisher}, licence {licence} — lu dans le fichier {file}",
                    "Source: {title}, edition {edition}, {publisher}, licence {licence} — read from the file {file}")
        case .summaryTitleFiles: return ("Initiatives lues dans {sources}", "Initiatives read from {sources}")
        case .updateCatalogue: return ("catalogue : {url} — {title}", "catalogue: {url} — {title}")
        case .updateNew:
            return ("{edition}  nouvelle     {file}  {rows} initiatives  {size}", "{edition}  new          {file}  {rows} initiatives  {size}")
        case .updateUpdated:
            return ("{edition}  mise à jour  {file}  {rows} initiatives  {size}", "{edition}  updated      {file}  {rows} initiatives  {size}")
        case .updateUnchanged: return ("{edition}  inchangée    {file}", "{edition}  unchanged    {file}")
        case .updateRefused: return ("{edition}  refusée      {reason}", "{edition}  refused      {reason}")
        case .updateFolder: return ("éditions enregistrées dans {folder}", "editions stored in {folder}")
        case .downloadProgress: return ("portrait : téléchargement de {file}… {percent} %", "portrait: downloading {file}… {percent} %")
        case .sourcesNone:
            return ("Aucune édition officielle dans {folder} : les commandes utilisent l'échantillon illustratif intégré (portrait update pour le registre officiel).",
                    "No official edition in {folder}: the commands use the embedded illustrative sample (run portrait update for the official register).")
        case .sourcesEdition:
            return ("{edition}  {file}  {size}  sha256 {sha256}\n      {title} — {publisher} — licence {licence}\n      {url} (récupéré le {date})",
                    "{edition}  {file}  {size}  sha256 {sha256}\n      {title} — {publisher} — licence {licence}\n      {url} (retrieved {date})")
        case .sourcesFolder: return ("Éditions officielles dans {folder} :", "Official editions in {folder}:")
        case .updateKept: return (" ; l'édition {edition} enregistrée le {date} est gardée", "; the stored edition {edition} of {date} is kept")
        case .updateWithdrawn:
            return ("{edition}  retirée      {file}  (le catalogue ne la liste plus ; gardée, jamais la plus récente à elle seule)",
                    "{edition}  withdrawn    {file}  (no longer listed by the catalogue; kept, never the latest by itself)")
        case .updateDelta:
            return ("{edition}  depuis {since} : {added} ajoutées, {removed} retirées, {status} changements de statut",
                    "{edition}  since {since}: {added} added, {removed} removed, {status} status changes")
        case .updateSinceCopy: return ("la copie du {date}", "the copy of {date}")
        case .updateSetAside:
            return ("manifeste illisible mis de côté ({file}) : son édition est téléchargée de nouveau",
                    "unreadable manifest set aside ({file}): its edition is downloaded again")
        case .updateStillUsed:
            return ("les éditions enregistrées ({editions}) restent utilisées", "the stored editions ({editions}) are still used")
        case .sourcesWithdrawn:
            return ("      retirée : le catalogue ne la liste plus depuis le {date} ; jamais la plus récente à elle seule",
                    "      withdrawn: no longer listed by the catalogue since {date}; never the latest by itself")
        }
    }
}
