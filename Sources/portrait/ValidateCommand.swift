import ArgumentParser
import PortraitCore

/// `portrait validate`: what was detected in each file and what looks wrong in it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: localized(fr: "Vérifier des fichiers du portrait : encodage, séparateur, ligne d'en-tête, colonnes, nombre de lignes et anomalies.",
                           en: "Check portrait files: encoding, delimiter, header row, column mapping, row count and anomalies."),
        discussion: discussion(fr: """
            Ce qu'est un fichier se lit dans son contenu, quel que soit son nom : un classeur XLSX, une page HTML
            (sa première table aux colonnes du portrait), sinon du CSV. L'encodage (UTF-8, avec ou sans BOM,
            UTF-16, Windows-1252) et le séparateur (, ; tabulation |) sont détectés et validate les affiche ;
            --encoding et --delimiter les imposent pour un fichier mal détecté.

            Les colonnes sont reconnues au sens de leur en-tête : il faut une colonne de
            noms et une de statut, de catégorie, d'organisme ou de portefeuille (un
            en-tête d'organisme, d'agence ou de ministère n'est jamais le nom) ; les
            champs absents restent vides et sont listés. Quand les en-têtes ne sont pas
            ceux du registre, validate montre le score de chaque colonne choisie et les
            autres candidates ; --columns champ=En-tête,… impose le choix. Les lignes
            ignorées (titre au-dessus de l'en-tête, lignes vides, en-têtes répétés, pied
            après la dernière initiative) sont toutes listées.

            Sort avec 0 quand chaque fichier se charge, même avec des anomalies ; sinon
            dit pourquoi et sort avec 65 (données invalides), 66 (fichier absent) ou 64
            (option invalide).
            """, en: """
            What a file is is read from its content, whatever its name: an XLSX workbook, an HTML page (its first
            table with the portrait's columns), else CSV. The encoding (UTF-8, with or without BOM, UTF-16,
            Windows-1252) and the delimiter (, ; tab |) are detected and validate prints them; --encoding and
            --delimiter set them for a file they are detected wrong in.

            Columns are recognised by the meaning of their headers: a file needs a name
            column and one for status, category, body or portfolio (a body's, agency's or
            department's header is never the name); absent fields are left empty and
            listed. When the headers are not the register's own, validate shows each
            chosen column's score and the other candidates; --columns field=Header,…
            overrides the choice. Every skipped line (title above the header, blank lines,
            repeated headers, a footer after the last initiative) is listed.

            Exits 0 when every file loads, even with anomalies; otherwise prints why and
            exits 65 (bad data), 66 (missing file) or 64 (bad option).
            """)
    )

    // Not `InputOptions`: validate reads only the files it is given, so its `--sample` (and the embedded
    // or official editions read with no FILES) would have no effect here.
    @Argument(help: ArgumentHelp(localized(fr: "Fichiers du portrait à vérifier (CSV, XLSX ou HTML), une édition chacun.",
                                           en: "Portrait files to check (CSV, XLSX or HTML), one edition each.")))
    var files: [UserPath] = []

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError(CommandText.validateNeedsFile.text(language.interface)) }
    }

    func run() throws {
        let interface = language.interface
        try reportingErrors(in: interface) {
            let loaded = try reading.load(paths: files, ReadingOptions.How(findingDuplicates: true, language: interface, announcesGuesses: false))
            var text = ""
            for report in loaded.reports { text += ValidationReport.render(report, store: loaded.store, language: interface) }
            emit(Array(text.utf8))
        }
    }
}
