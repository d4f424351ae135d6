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

    /// Labels longer than this are never an official term (the longest is under 100 characters); they are
    /// not folded, so that a huge cell costs no more in a facet than in a name.
    static let longestLabel = 1024

    /// The official term `label` means, if any.
    public func term(for label: String) -> Term? {
        label.utf8.count > Self.longestLabel ? nil : byKey[Self.key(label)]
    }

    /// A matching key that ignores case, accents, spaces and punctuation.
    /// Works on the folded UTF-8 bytes: a scalar above U+007F is all bytes above 0x7F, so keeping those
    /// bytes keeps those scalars whole (a scalar view rebuilt scalar by scalar cost a sixth of `stats` over
    /// 300,000 distinct values).
    public static func key(_ label: String) -> String {
        var bytes: [UInt8] = []
        TextFold.append(label, to: &bytes)
        bytes.removeAll { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 > 0x7F) }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static let categories = VocabularyIndex(Vocabulary.categories)
    public static let statuses = VocabularyIndex(Vocabulary.statuses)
    public static let portfolios = VocabularyIndex(Vocabulary.portfolios)
}
