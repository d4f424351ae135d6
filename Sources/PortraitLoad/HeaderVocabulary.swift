import PortraitText

/// The words a header may use for each field, with how strongly each names it: the one table of candidates'
/// scores that `HeaderMapper` maps columns with and that `HeaderVocabularyTests` reads. A column is scored
/// per field as `HeaderMapper.match` (where the word sits in the header) times the word's weight, in percent.
public enum HeaderVocabulary {
    /// A folded word or phrase that names `field` with `weight` (100: the field's own word).
    public struct Keyword: Sendable, Equatable {
        public let field: Field
        public let text: String
        public let weight: Int
    }

    /// Every keyword, by field, in the order fields win ties (most specific first). A header naming an
    /// agency, a department, a bureau or an organisation names a body or a portfolio: `vetoesName` keeps it
    /// from ever being the initiative's name.
    public static let keywords: [Keyword] = table.flatMap { field, words in words.map { Keyword(field: field, text: $0.0, weight: $0.1) } }

    private static let table: [(Field, [(String, Int)])] = [
        (.portfolio, [("portefeuille", 100), ("portfolio", 100), ("ministere", 50), ("ministry", 50), ("department", 50),
                      ("agency", 50)]),
        (.category, [("categorie", 100), ("category", 100), ("topic", 100), ("theme", 70), ("domaine", 60), ("domain", 60),
                     ("type", 50)]),
        (.status, [("statut", 100), ("status", 100), ("etat", 100), ("stage", 100), ("etape", 100), ("phase", 90),
                   ("lifecycle", 80)]),
        (.benefits, [("benefice", 100), ("benefit", 100), ("avantage", 100), ("gain", 100), ("purpose", 50), ("objectif", 50)]),
        (.organisation, [("organisme", 100), ("organisation", 100), ("organization", 100), ("body", 100), ("agency", 100),
                         ("entite", 100), ("entity", 100), ("ministere", 100), ("ministry", 100), ("department", 100),
                         ("bureau", 80), ("owner", 50)]),
        (.name, [("nom", 100), ("name", 100), ("titre", 100), ("title", 100), ("intitule", 100), ("use case", 60),
                 ("projet", 60), ("project", 60), ("initiative", 60), ("actif", 60), ("solution", 50), ("system", 40),
                 ("systeme", 40), ("tool", 40), ("outil", 40)]),
    ]

    /// The words that make a header a body's or a portfolio's, never the name ("agency_name", "Nom de
    /// l'organisme").
    public static let vetoesName: [String] = [
        "organisme", "organisation", "organization", "agency", "department", "ministere", "ministry", "bureau",
        "body", "entite", "entity", "portefeuille", "portfolio",
    ]

    /// The register's own headers, French and English, as its editions write them: a file whose header is
    /// this one is the register's (`ColumnMapping.isRegisterHeader`).
    public static let registerHeaders: [Field: [String]] = [
        .name: ["Nom de l'actif informationnel, du projet ou de l'initiative en IA", "Name of the IT asset, project or AI initiative"],
        .category: ["Catégorie", "Category"],
        .organisation: ["Organisme public", "Public body"],
        .portfolio: ["Portefeuille ministériel", "Ministerial portfolio"],
        .benefits: ["Bénéfices", "Benefits"],
        .status: ["Statut", "Status"],
    ]

    /// Whether `header` is one this program knows for `field` without guessing: the register's own, or the
    /// column title portrait's exports write (`Field.title`), in either language.
    static func isKnown(_ header: String, for field: Field) -> Bool {
        let folded = TextFold.fold(CellText.tidy(header))
        return known[field]?.contains(folded) ?? false
    }

    /// Whether `header` is the register's own for `field`.
    static func isRegisters(_ header: String, for field: Field) -> Bool {
        let folded = TextFold.fold(CellText.tidy(header))
        return registers[field]?.contains(folded) ?? false
    }

    private static let registers: [Field: Set<String>] = registerHeaders.mapValues { Set($0.map { TextFold.fold($0) }) }
    private static let known: [Field: Set<String>] = Dictionary(uniqueKeysWithValues: Field.allCases.map { field in
        (field, registers[field, default: []].union(Language.allCases.map { TextFold.fold(field.title($0)) }))
    })
}
