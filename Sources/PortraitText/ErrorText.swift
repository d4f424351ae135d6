/// Every message a `PortraitError` can carry, in French and English: one table, so a message cannot exist
/// in one language only (the switch is exhaustive). Placeholders (`{file}`, `{line}`, …) hold what does not
/// depend on the language: names, numbers, text from the files. Phrases that do (`nothing`, the kinds of
/// file in `notCSV`) are cases too, given to a message through `PortraitError.phrases`.
public enum ErrorText: LocalizedTemplate, Equatable {
    // System causes (errno) said in the interface language.
    case errnoNoSuchFile, errnoPermissionDenied, errnoNotPermitted, errnoNoSpace, errnoQuota, errnoReadOnly, errnoFileTooLarge
    case errnoNameTooLong, errnoNotFolder, errnoIsFolder, errnoInputOutput, errnoTooManyOpen, errnoLinkLoop, errnoExists
    // Framing of the one-line message.
    case cannotRead, cannotWrite, atLine
    // Reading files.
    case noSuchFile, systemError, isFolderNotFile, notRegularInput, fileTooLarge, cannotOpenForReading
    case notCSV, pngImage, pdfDocument, jpegImage, gifImage, executable, gzipArchive, oldExcel
    case htmlPage, xmlDocument, jsonDocument, xlsxWorkbook, encryptedWorkbook, openDocumentSpreadsheet, notWorkbook
    case binaryNULBytes, binaryControlBytes
    case badUTF8WithBOM, oddUTF16Length, unpairedSurrogate
    case unterminatedQuote, emptyFile, noHeaderRow, textTooLarge, noInitiativeInDownload, tooManyColumns, textExpandsTooMuch
    // HTML pages.
    case noPortraitTable, htmlParserFailed
    case columnOverrideNotFound, columnsMissing, noNameColumn, noPortraitColumns, columnsSyntax, columnsUnknownField
    // XLSX workbooks.
    case notZip, zipNoDirectory, zipDirectoryTooLarge, zipDirectoryOutOfBounds, zipBadEntry
    case partNotUTF8, partDoctype, partProcessingInstruction, partNotWellFormed, partTooManyAttributes
    case partTooLarge, partCannotExpand, partOverDeclared, partEncrypted, partZipBomb, partUnsupportedCompression
    case noWorkbook, noWorksheet, noWorksheetNamed, noSheetWithPortrait, noSheetWithPortraitHidden, worksheetMissing, worksheetTooLarge, worksheetTooSparse, tooManySharedStrings
    case badRowNumber, tooManyRows, cellBeyondLastColumn, badCellReference, tooManyCellsInRow
    case noSharedStringsPart, badSharedStringIndex, sharedStringOutOfRange
    // Alias files.
    case aliasLineIncomplete, aliasFileEmpty, aliasHeader, nothing
    // Options and filters.
    case noPortfolioMatches, noCategoryMatches, noStatusMatches, noOrganisationMatches, noEditionMatches, noBenefitMatches
    case delimiterInvalid, encodingUnknown
    case editionRepeated, editionRepeatedOneFile, editionLabelEmpty, editionFewer, editionClash, changeNeedsTwoEditions
    case noEmbeddedPortrait, fewerThanTwoEmbedded, printScreenSize
    // Writing files.
    case outputIsFolder, outputIsSymbolicLink, outputNotRegular, outputExists, cannotCreateIn
    // Fetching the register (`portrait update`) and the editions it stored.
    case cannotReach, httpStatus, timedOut, tooManyRedirects, insecureAddress, notCKAN, datasetNotFound, noReadableResources
    case downloadTooLarge, downloadTruncated, webPageInsteadOfFile, dataFolderUnusable, manifestDamaged, fewerThanTwoOfficial
    case deadlinePassed, updateRunning
    case officialFileMissing, officialFileChanged, officialManifestDamaged, noUsableOfficial

    public var forms: (fr: String, en: String) {
        switch self {
        case .errnoNoSuchFile: return ("Fichier ou dossier introuvable", "No such file or directory")
        case .errnoPermissionDenied: return ("Permission refusée", "Permission denied")
        case .errnoNotPermitted: return ("Opération non permise", "Operation not permitted")
        case .errnoNoSpace: return ("Plus de place sur le disque", "No space left on device")
        case .errnoQuota: return ("Quota de disque dépassé", "Disk quota exceeded")
        case .errnoReadOnly: return ("Système de fichiers en lecture seule", "Read-only file system")
        case .errnoFileTooLarge: return ("Fichier trop grand", "File too large")
        case .errnoNameTooLong: return ("Nom de fichier trop long", "File name too long")
        case .errnoNotFolder: return ("Un élément du chemin n'est pas un dossier", "Not a directory")
        case .errnoIsFolder: return ("C'est un dossier", "Is a directory")
        case .errnoInputOutput: return ("Erreur d'entrée-sortie", "Input/output error")
        case .errnoTooManyOpen: return ("Trop de fichiers ouverts", "Too many open files")
        case .errnoLinkLoop: return ("Trop de liens symboliques", "Too many levels of symbolic links")
        case .errnoExists: return ("Le fichier existe", "File exists")
        case .cannotRead: return ("impossible de lire « {file} »", "cannot read '{file}'")
        case .cannotWrite: return ("impossible d'écrire « {file} »", "cannot write '{file}'")
        case .atLine: return ("ligne {line}", "line {line}")

        case .noSuchFile: return ("fichier introuvable", "no such file")
        case .systemError: return ("{cause}", "{cause}")
        case .isFolderNotFile: return ("c'est un dossier, pas un fichier", "is a folder, not a file")
        case .notRegularInput:
            return ("pas un fichier ordinaire (un tube, un périphérique ou un socket)", "not a regular file (a pipe, device or socket)")
        case .fileTooLarge: return ("le fichier dépasse {size} Gio", "file is larger than {size} GiB")
        case .textTooLarge:
            return ("le texte lu dépasse {size} Gio dans la colonne « {column} », le plus qu'un portrait en garde par colonne",
                    "the text read passes {size} GiB in column '{column}', the most a portrait keeps per column")
        case .cannotOpenForReading: return ("impossible d'ouvrir le fichier en lecture", "cannot open the file for reading")
        case .notCSV: return ("pas un fichier CSV : c'est {what}", "not a CSV file: this is {what}")
        case .pngImage: return ("une image PNG", "a PNG image")
        case .pdfDocument: return ("un document PDF", "a PDF document")
        case .jpegImage: return ("une image JPEG", "a JPEG image")
        case .gifImage: return ("une image GIF", "a GIF image")
        case .executable: return ("un exécutable", "an executable")
        case .gzipArchive: return ("une archive gzip", "a gzip archive")
        case .oldExcel:
            return ("un ancien fichier Excel (.xls) ou Office ; enregistrez-le en CSV ou XLSX",
                    "an old-style Excel (.xls) or Office file; save it as CSV or XLSX")
        case .htmlPage: return ("une page web (HTML)", "a web page (HTML)")
        case .xmlDocument: return ("un document XML", "an XML document")
        case .delimiterInvalid:
            return ("--delimiter attend un seul caractère (p. ex. « ; », « | » ou tab), pas une lettre, un chiffre ou un guillemet : « {value} »",
                    "--delimiter takes one character (e.g. ';', '|' or tab), not a letter, digit or quote: '{value}'")
        case .encodingUnknown:
            return ("encodage inconnu « {value} » ; --encoding accepte utf-8, utf-16le, utf-16be ou windows-1252",
                    "unknown encoding '{value}'; --encoding takes utf-8, utf-16le, utf-16be or windows-1252")
        case .xlsxWorkbook: return ("un classeur XLSX", "an XLSX workbook")
        case .jsonDocument: return ("un document JSON", "a JSON document")
        case .encryptedWorkbook:
            return ("un classeur protégé par mot de passe (chiffré) ; retirez le mot de passe et enregistrez-le en XLSX",
                    "a password-protected (encrypted) workbook; remove the password and save it as XLSX")
        case .openDocumentSpreadsheet:
            return ("un classeur OpenDocument (.ods) ; enregistrez-le en XLSX ou CSV",
                    "an OpenDocument spreadsheet (.ods); save it as XLSX or CSV")
        case .notWorkbook: return ("pas un classeur XLSX : c'est {what}", "not an XLSX workbook: this is {what}")
        case .binaryNULBytes:
            return ("pas un fichier CSV : données binaires ({count} octets NUL dans le premier kilo-octet)",
                    "not a CSV file: binary data ({count} NUL bytes in the first kilobyte)")
        case .binaryControlBytes:
            return ("pas un fichier CSV : données binaires ({count} octets de contrôle dans le premier kilo-octet)",
                    "not a CSV file: binary data ({count} control bytes in the first kilobyte)")
        case .badUTF8WithBOM:
            return ("commence par une marque d'ordre des octets UTF-8 mais n'est pas de l'UTF-8 valide",
                    "starts with a UTF-8 byte-order mark but is not valid UTF-8")
        case .oddUTF16Length:
            return ("texte UTF-16 d'un nombre impair d'octets (le fichier est tronqué)",
                    "UTF-16 text has an odd number of bytes (the file is cut short)")
        case .unpairedSurrogate: return ("UTF-16 invalide (seizet d'indirection isolé)", "invalid UTF-16 (unpaired surrogate)")
        case .unterminatedQuote:
            return ("le champ entre guillemets ouvert ici n'est jamais fermé", "quoted field opened here is never closed")
        case .emptyFile: return ("le fichier est vide (ni en-tête ni lignes)", "the file is empty (no header, no rows)")
        case .noPortraitTable:
            return ("aucun tableau avec les colonnes du portrait ({count} tableaux vus)",
                    "no table with the portrait's columns ({count} tables seen)")
        case .htmlParserFailed:
            return ("l'analyseur HTML (libxml2) n'a pas pu démarrer", "the HTML parser (libxml2) could not start")
        case .noInitiativeInDownload:
            return ("aucune initiative : ce fichier n'est pas une édition du portrait", "no initiative: this file is not an edition of the portrait")
        case .tooManyColumns:
            return ("{count} colonnes, plus que les {limit} d'une feuille de tableur, le plus qu'un en-tête de portrait peut avoir",
                    "{count} columns, more than the {limit} of a spreadsheet's sheet, the most a portrait's header may have")
        case .textExpandsTooMuch:
            return ("le texte des cellules dépasse {limit} Mo, le plus que ce fichier de {size} Mo peut donner ({factor} fois sa taille, "
                    + "plus {floor} Mo) : un même texte répété trop souvent (rowspan, chaîne partagée)",
                    "the cells' text passes {limit} MB, the most this file of {size} MB may give ({factor} times its size, "
                    + "plus {floor} MB): one text repeated too often (a rowspan, a shared string)")
        case .noHeaderRow:
            return ("aucune ligne d'en-tête dans les {depth} premiers enregistrements", "no header row found in the first {depth} records")
        case .columnOverrideNotFound:
            return ("aucune colonne nommée « {header} » (donnée pour {field} par --columns)",
                    "no column named '{header}' (given for {field} by --columns)")
        case .columnsMissing:
            return ("pas un portrait : une colonne de noms, mais aucune de statut, de catégorie, d'organisme ou de portefeuille "
                    + "(manquent : {fields} ; utilisez --columns champ=En-tête pour les associer)",
                    "not a portrait: a name column, but none for status, category, organisation or portfolio "
                    + "(missing: {fields}; use --columns field=Header to map them)")
        case .noNameColumn:
            return ("pas un portrait : aucune colonne ne donne le nom des initiatives ; en-têtes les plus proches : {headers} "
                    + "(utilisez --columns name=En-tête)",
                    "not a portrait: no column holds the initiatives' names; closest headers: {headers} (use --columns name=Header)")
        case .noPortraitColumns:
            return ("pas un portrait : aucune colonne ne correspond à name, category, organisation, portfolio, benefits ou status "
                    + "(utilisez --columns champ=En-tête pour les associer)",
                    "not a portrait: no column names any of name, category, organisation, portfolio, benefits, status "
                    + "(use --columns field=Header to map them)")
        case .columnsSyntax: return ("--columns : champ=En-tête attendu, reçu « {text} »", "--columns: expected field=Header, got '{text}'")
        case .columnsUnknownField:
            return ("--columns : champ inconnu « {field} » (champs : {fields})", "--columns: unknown field '{field}' (fields: {fields})")

        case .notZip: return ("pas un fichier XLSX (pas une archive zip)", "not an XLSX file (not a zip archive)")
        case .zipNoDirectory:
            return ("archive zip endommagée (son répertoire central manque ; fichier tronqué ?)",
                    "damaged zip archive (its central directory is missing; truncated file?)")
        case .zipDirectoryTooLarge: return ("répertoire zip de plus de {size}", "zip directory larger than {size}")
        case .zipDirectoryOutOfBounds:
            return ("archive zip endommagée (répertoire central hors limites)", "damaged zip archive (central directory out of bounds)")
        case .zipBadEntry:
            return ("archive zip endommagée (entrée du répertoire central invalide)", "damaged zip archive (bad central directory entry)")
        case .partNotUTF8: return ("la partie {part} du classeur n'est pas du texte UTF-8", "workbook part {part} is not UTF-8 text")
        case .partDoctype:
            return ("la partie {part} du classeur contient une déclaration de type de document, interdite en XLSX",
                    "workbook part {part} contains a document type declaration, which XLSX does not allow")
        case .partProcessingInstruction:
            return ("la partie {part} du classeur contient une instruction de traitement sans données",
                    "workbook part {part} contains a processing instruction without data")
        case .partNotWellFormed:
            return ("la partie {part} du classeur n'est pas du XML bien formé (vers la ligne {line})",
                    "workbook part {part} is not well-formed XML (near line {line})")
        case .partTooManyAttributes:
            return ("la partie {part} du classeur a une balise de plus de 1000 attributs (refusée : un classeur n'en a jamais autant)",
                    "workbook part {part} has a tag with more than 1000 attributes (refused: no workbook has that many)")
        case .partTooLarge:
            return ("la partie {part} du classeur dépasse la limite de {size} une fois décompressée",
                    "workbook part {part} expands beyond the {size} limit")
        case .partCannotExpand:
            return ("archive zip endommagée (la partie {part} ne peut pas être décompressée)",
                    "damaged zip archive (part {part} cannot be expanded)")
        case .partOverDeclared:
            return ("archive zip endommagée (la partie {part} dépasse les {size} annoncés par son en-tête)",
                    "damaged zip archive (part {part} expands beyond the {size} its header declares)")
        case .partEncrypted: return ("la partie {part} du classeur est chiffrée", "workbook part {part} is encrypted")
        case .partZipBomb:
            return ("la partie {part} du classeur est compressée plus de {ratio} fois (une bombe zip ?) ; refus de la décompresser",
                    "workbook part {part} is compressed more than {ratio} to 1 (a zip bomb?); refusing to expand it")
        case .partUnsupportedCompression:
            return ("la partie {part} du classeur utilise une méthode de compression non prise en charge ({method})",
                    "workbook part {part} uses unsupported compression method {method}")
        case .noWorkbook: return ("aucun classeur dans ce zip ({part} manque)", "no workbook in this zip ({part} missing)")
        case .noWorksheet: return ("aucune feuille dans ce classeur", "no worksheet in this workbook")
        case .noSheetWithPortrait:
            return ("aucune feuille visible ne contient les colonnes du portrait (feuilles : {sheets})",
                    "no visible worksheet holds the portrait's columns (sheets: {sheets})")
        case .noSheetWithPortraitHidden:
            return ("aucune feuille visible ne contient les colonnes du portrait (feuilles : {sheets} ; masquées : {hidden})",
                    "no visible worksheet holds the portrait's columns (sheets: {sheets}; hidden: {hidden})")
        case .noWorksheetNamed: return ("aucune feuille nommée « {name} » (feuilles : {sheets})", "no worksheet named '{name}' (sheets: {sheets})")
        case .worksheetMissing:
            return ("la feuille « {name} » manque dans le zip ({part})", "worksheet '{name}' is missing from the zip ({part})")
        case .worksheetTooLarge: return ("feuille trop grande (plus de {max} cellules)", "worksheet too large (more than {max} cells)")
        case .worksheetTooSparse:
            return ("feuille trop clairsemée (ses {cells} cellules non vides sont si éloignées que plus de {max} cellules vides "
                    + "combleraient les écarts)",
                    "worksheet too sparse (its {cells} cells with a value are so far apart that more than {max} empty cells "
                    + "would fill the gaps)")
        case .tooManySharedStrings:
            return ("trop de chaînes partagées (plus de {max})", "too many shared strings (more than {max})")
        case .badRowNumber:
            return ("numéro de ligne invalide « {reference} » (les lignes vont de 1 à {max})",
                    "bad row number '{reference}' (rows go from 1 to {max})")
        case .tooManyRows: return ("plus de {max} lignes", "more than {max} rows")
        case .cellBeyondLastColumn:
            return ("la référence de cellule « {reference} » dépasse la dernière colonne XFD (ligne {row})",
                    "cell reference '{reference}' is beyond the last column XFD (row {row})")
        case .badCellReference:
            return ("référence de cellule invalide « {reference} » (ligne {row})", "bad cell reference '{reference}' (row {row})")
        case .tooManyCellsInRow: return ("plus de {max} cellules à la ligne {row}", "more than {max} cells in row {row}")
        case .noSharedStringsPart:
            return ("une cellule utilise les chaînes partagées mais le classeur n'en a pas (ligne {row})",
                    "a cell uses shared strings but the workbook has no shared strings part (row {row})")
        case .badSharedStringIndex:
            return ("index de chaîne partagée invalide « {index} » (ligne {row})", "bad shared string index '{index}' (row {row})")
        case .sharedStringOutOfRange:
            return ("index de chaîne partagée {index} hors limites (ligne {row})", "shared string index {index} out of range (row {row})")

        case .aliasLineIncomplete:
            return ("une ligne d'alias doit avoir un alias et un organisme", "an alias line needs both an alias and an organisation")
        case .aliasFileEmpty:
            return ("fichier d'alias vide : une ligne d'en-tête « alias,organisation,note » est attendue",
                    "empty alias file: expected a header line 'alias,organisation,note'")
        case .aliasHeader:
            return ("l'en-tête doit nommer les colonnes alias et organisation (trouvé : {found})",
                    "the header must name the columns alias and organisation (found {found})")
        case .nothing: return ("rien", "nothing")

        case .noPortfolioMatches:
            return ("aucun portefeuille ne correspond à « {text} » (les plus proches : {values})", "no portfolio matches '{text}' (closest: {values})")
        case .noCategoryMatches:
            return ("aucune catégorie ne correspond à « {text} » (les plus proches : {values})", "no category matches '{text}' (closest: {values})")
        case .noStatusMatches:
            return ("aucun statut ne correspond à « {text} » (les plus proches : {values})", "no status matches '{text}' (closest: {values})")
        case .noOrganisationMatches:
            return ("aucun organisme ne correspond à « {text} » (les plus proches : {values})",
                    "no organisation matches '{text}' (closest: {values})")
        case .noBenefitMatches:
            return ("aucun bénéfice ne correspond à « {text} » (les plus proches : {values})", "no benefit matches '{text}' (closest: {values})")
        case .noEditionMatches:
            return ("aucune édition ne correspond à « {text} » (les plus proches : {values})", "no edition matches '{text}' (closest: {values})")
        case .changeNeedsTwoEditions:
            return ("--change compare deux éditions : donnez-en au moins deux (ou aucun fichier : les éditions intégrées)",
                    "--change compares two editions: give at least two (or no file: the embedded editions)")
        case .editionRepeated:
            return ("--edition donnée {count} fois pour {files} fichiers", "--edition given {count} times for {files} files")
        case .editionRepeatedOneFile: return ("--edition donnée {count} fois pour 1 fichier", "--edition given {count} times for 1 file")
        case .editionFewer:
            return ("--edition donnée pour {count} des {files} fichiers : donnez une étiquette par fichier",
                    "--edition given for {count} of the {files} files: give one label per file")
        case .editionClash:
            return ("« {first} » et « {second} » seraient tous deux l'édition « {label} » ; nommez chaque édition avec --edition",
                    "'{first}' and '{second}' would both be edition '{label}'; name each edition with --edition")
        case .editionLabelEmpty: return ("une étiquette --edition ne peut pas être vide", "an --edition label cannot be empty")
        case .noEmbeddedPortrait:
            return ("aucun portrait intégré à ce programme ; donnez un fichier", "no embedded portrait in this build; give a file")
        case .fewerThanTwoEmbedded:
            return ("ce programme intègre moins de deux éditions ; donnez OLD et NEW",
                    "this build embeds fewer than two editions; give OLD and NEW")
        case .printScreenSize:
            return ("--print-screen attend COLONNESxLIGNES, p. ex. 100x30", "--print-screen wants COLUMNSxROWS, e.g. 100x30")

        case .outputIsFolder: return ("c'est un dossier", "is a folder")
        case .outputIsSymbolicLink:
            return ("c'est un lien symbolique ; nommez le fichier lui-même", "is a symbolic link; name the file itself")
        case .outputNotRegular:
            return ("pas un fichier ordinaire (un périphérique, un tube ou un socket)", "is not a regular file (a device, pipe or socket)")
        case .outputExists:
            return ("le fichier existe (--force pour le remplacer)", "file exists (use --force to replace it)")
        case .cannotCreateIn:
            return ("impossible de créer un fichier dans « {folder} » : {cause}", "cannot create a file in '{folder}': {cause}")

        case .cannotReach: return ("impossible de joindre {url} : {cause}", "cannot reach {url}: {cause}")
        case .httpStatus: return ("{url} a répondu {status}", "{url} answered {status}")
        case .timedOut: return ("{url} n'a rien envoyé pendant {seconds} s", "{url} sent nothing for {seconds} s")
        case .tooManyRedirects:
            return ("plus de {count} redirections à partir de {url}", "more than {count} redirections from {url}")
        case .insecureAddress:
            return ("{url} n'est pas une adresse HTTPS (HTTP n'est permis que vers cette machine, 127.0.0.1 ou ::1)",
                    "{url} is not an HTTPS address (HTTP is allowed only to this machine, 127.0.0.1 or ::1)")
        case .notCKAN:
            return ("{url} n'a pas répondu comme un catalogue CKAN ({cause})", "{url} did not answer as a CKAN catalogue ({cause})")
        case .datasetNotFound:
            return ("le catalogue {url} n'a pas le jeu de données « {dataset} »", "the catalogue {url} has no dataset '{dataset}'")
        case .noReadableResources:
            return ("le jeu de données « {dataset} » n'offre aucun fichier {formats} daté d'une année",
                    "the dataset '{dataset}' offers no {formats} file dated by a year")
        case .downloadTooLarge:
            return ("le fichier dépasse la limite de {size} Mo ; refusé", "the file is larger than the {size} MB limit; refused")
        case .downloadTruncated:
            return ("le téléchargement s'est arrêté après {got} octets sur {expected} ; refusé",
                    "the download stopped after {got} of {expected} bytes; refused")
        case .webPageInsteadOfFile:
            return ("le serveur a envoyé une page web au lieu d'un fichier {format} ; refusé",
                    "the server sent a web page instead of a {format} file; refused")
        case .dataFolderUnusable:
            return ("impossible d'utiliser le dossier de données « {folder} » : {cause}", "cannot use the data folder '{folder}': {cause}")
        case .manifestDamaged:
            return ("manifeste d'édition illisible ({cause}) ; relancez portrait update", "unreadable edition manifest ({cause}); run portrait update again")
        case .deadlinePassed:
            return ("portrait update n'a pas fini en {seconds} s (--deadline) ; {url} abandonné",
                    "portrait update did not finish within {seconds} s (--deadline); {url} given up")
        case .updateRunning:
            return ("une autre mise à jour utilise {folder} depuis plus de {seconds} s ; réessayez plus tard",
                    "another update has been using {folder} for more than {seconds} s; try again later")
        case .officialFileMissing:
            return ("l'édition officielle {edition} est inutilisable : son fichier {file} manque ; portrait update la téléchargera de nouveau",
                    "the official edition {edition} cannot be used: its file {file} is missing; run portrait update to download it again")
        case .officialFileChanged:
            return ("l'édition officielle {edition} est inutilisable : son fichier {file} n'est plus celui que portrait update a vérifié ; portrait update la téléchargera de nouveau",
                    "the official edition {edition} cannot be used: its file {file} is not the one portrait update checked; run portrait update to download it again")
        case .officialManifestDamaged:
            return ("l'édition officielle {edition} est inutilisable : son manifeste {file} est illisible ({cause}) ; portrait update la téléchargera de nouveau",
                    "the official edition {edition} cannot be used: its manifest {file} is unreadable ({cause}); run portrait update to download it again")
        case .noUsableOfficial:
            return ("aucune édition officielle de {folder} n'est utilisable ; portrait update pour les télécharger de nouveau, ou --sample pour l'échantillon",
                    "no official edition in {folder} can be used; run portrait update to download them again, or give --sample for the sample")
        case .fewerThanTwoOfficial:
            return ("une seule édition officielle est enregistrée ; donnez OLD et NEW, ou --sample pour l'échantillon",
                    "only one official edition is stored; give OLD and NEW, or --sample for the sample")
        }
    }
}
