/// One field of a portrait row as one entry: its title in exports and on screen, in both languages; the
/// register's own headers for it; the words a header may use for it, with how strongly each names it; and
/// the words that make a header its and never the initiative's name. `Field.title`, `HeaderVocabulary`
/// (PortraitLoad) and the header mapping read this table; a facet names the field it reads in
/// `FacetDescriptor` (PortraitStore).
public struct FieldDescriptor: Sendable {
    /// A folded word or phrase of a header and how strongly it names the field (100: the field's own word).
    public typealias HeaderWord = (text: String, weight: Int)

    public let field: Field
    /// The column title exports write and the detail view shows.
    public let title: (fr: String, en: String)
    /// The register's own headers, French and English, as its editions write them.
    public let registerHeaders: [String]
    /// The words a header may use for it.
    public let headerWords: [HeaderWord]
    /// Its rank when fields tie on a header (lower first: the most specific field wins).
    public let tieRank: Int
    /// The words that make a header this field's and never the name ("agency_name", "Nom de l'organisme").
    public let vetoesName: [String]

    /// Every field, in the order of `Field.allCases` (the order of exports' columns).
    public static let all: [FieldDescriptor] = [
        FieldDescriptor(field: .name, title: ("Nom", "Name"),
                        registerHeaders: ["Nom de l'actif informationnel, du projet ou de l'initiative en IA", "Name of the IT asset, project or AI initiative"],
                        headerWords: [("nom", 100), ("name", 100), ("titre", 100), ("title", 100), ("intitule", 100), ("use case", 60),
                                      ("projet", 60), ("project", 60), ("initiative", 60), ("actif", 60), ("solution", 50), ("system", 40),
                                      ("systeme", 40), ("tool", 40), ("outil", 40)],
                        tieRank: 5, vetoesName: []),
        FieldDescriptor(field: .category, title: ("Catégorie", "Category"), registerHeaders: ["Catégorie", "Category"],
                        headerWords: [("categorie", 100), ("category", 100), ("topic", 100), ("theme", 70), ("domaine", 60), ("domain", 60),
                                      ("type", 50)],
                        tieRank: 1, vetoesName: []),
        FieldDescriptor(field: .organisation, title: ("Organisme public", "Public body"), registerHeaders: ["Organisme public", "Public body"],
                        headerWords: [("organisme", 100), ("organisation", 100), ("organization", 100), ("body", 100), ("agency", 100),
                                      ("entite", 100), ("entity", 100), ("ministere", 100), ("ministry", 100), ("department", 100),
                                      ("bureau", 80), ("owner", 50)],
                        tieRank: 4,
                        vetoesName: ["organisme", "organisation", "organization", "agency", "department", "ministere", "ministry", "bureau",
                                     "body", "entite", "entity"]),
        FieldDescriptor(field: .portfolio, title: ("Portefeuille ministériel", "Ministerial portfolio"),
                        registerHeaders: ["Portefeuille ministériel", "Ministerial portfolio"],
                        headerWords: [("portefeuille", 100), ("portfolio", 100), ("ministere", 50), ("ministry", 50), ("department", 50),
                                      ("agency", 50)],
                        tieRank: 0, vetoesName: ["portefeuille", "portfolio"]),
        FieldDescriptor(field: .benefits, title: ("Bénéfices", "Benefits"), registerHeaders: ["Bénéfices", "Benefits"],
                        headerWords: [("benefice", 100), ("benefit", 100), ("avantage", 100), ("gain", 100), ("purpose", 50), ("objectif", 50)],
                        tieRank: 3, vetoesName: []),
        FieldDescriptor(field: .status, title: ("Statut", "Status"), registerHeaders: ["Statut", "Status"],
                        headerWords: [("statut", 100), ("status", 100), ("etat", 100), ("stage", 100), ("etape", 100), ("phase", 90),
                                      ("lifecycle", 80)],
                        tieRank: 2, vetoesName: []),
    ]
}
