/// One entry of the official vocabulary: a label in French and English, the variants that mean the same,
/// and the official definition when there is one.
public struct Term: Sendable, Hashable {
    public let fr: String
    public let en: String
    /// Other spellings seen in published files that mean this term.
    public let variants: [String]
    public let definitionFR: String?
    public let definitionEN: String?

    public init(fr: String, en: String, variants: [String] = [], definitionFR: String? = nil, definitionEN: String? = nil) {
        self.fr = fr
        self.en = en
        self.variants = variants
        self.definitionFR = definitionFR
        self.definitionEN = definitionEN
    }

    public func label(_ language: Language) -> String { language == .fr ? fr : en }

    public func definition(_ language: Language) -> String? { language == .fr ? definitionFR : definitionEN }

    /// Every spelling that should resolve to this term.
    public var spellings: [String] { [fr, en] + variants }
}
