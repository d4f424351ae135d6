/// The six fields every portrait row has, whatever the file calls its columns.
public enum Field: String, CaseIterable, Sendable, Hashable, Codable {
    case name
    case category
    case organisation
    case portfolio
    case benefits
    case status

    /// Column title used by exports, in the chosen language.
    public func title(_ language: Language) -> String {
        switch (self, language) {
        case (.name, .fr): return "Nom"
        case (.name, .en): return "Name"
        case (.category, .fr): return "Catégorie"
        case (.category, .en): return "Category"
        case (.organisation, .fr): return "Organisme public"
        case (.organisation, .en): return "Public body"
        case (.portfolio, .fr): return "Portefeuille ministériel"
        case (.portfolio, .en): return "Ministerial portfolio"
        case (.benefits, .fr): return "Bénéfices"
        case (.benefits, .en): return "Benefits"
        case (.status, .fr): return "Statut"
        case (.status, .en): return "Status"
        }
    }
}

/// A language for labels and interface text.
public enum Language: String, CaseIterable, Sendable, Codable {
    case fr
    case en
}
