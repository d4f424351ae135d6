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

    /// The fields' header words (`FieldDescriptor.headerWords`), fields in the order they win ties.
    private static let table: [(Field, [FieldDescriptor.HeaderWord])] = FieldDescriptor.all.sorted { $0.tieRank < $1.tieRank }.map { ($0.field, $0.headerWords) }

    /// The words that make a header a body's or a portfolio's, never the name ("agency_name", "Nom de
    /// l'organisme"): each field's `FieldDescriptor.vetoesName`.
    public static let vetoesName: [String] = FieldDescriptor.all.flatMap(\.vetoesName)

    /// The register's own headers, French and English, as its editions write them: a file whose header is
    /// this one is the register's (`ColumnMapping.isRegisterHeader`).
    public static let registerHeaders: [Field: [String]] = Dictionary(uniqueKeysWithValues: FieldDescriptor.all.map { ($0.field, $0.registerHeaders) })

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
