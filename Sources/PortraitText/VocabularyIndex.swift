/// Resolves labels written in French, English or a known variant onto the official terms.
public struct VocabularyIndex: Sendable {
    private let byKey: [String: Term]

    public init(_ terms: [Term]) {
        var byKey: [String: Term] = [:]
        for term in terms {
            for spelling in term.spellings { byKey[Self.key(spelling)] = term }
        }
        self.byKey = byKey
    }

    /// The official term `label` means, if any.
    public func term(for label: String) -> Term? { byKey[Self.key(label)] }

    /// A matching key that ignores case, accents, spaces and punctuation.
    public static func key(_ label: String) -> String {
        String(String.UnicodeScalarView(TextFold.fold(label).unicodeScalars.filter {
            ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) || $0.value > 0x7F
        }))
    }

    public static let categories = VocabularyIndex(Vocabulary.categories)
    public static let statuses = VocabularyIndex(Vocabulary.statuses)
    public static let portfolios = VocabularyIndex(Vocabulary.portfolios)
}
