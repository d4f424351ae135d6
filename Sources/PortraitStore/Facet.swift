import PortraitText

/// A dimension people filter by: each row has exactly one value per facet.
public enum Facet: String, CaseIterable, Sendable, Hashable, Codable {
    case portfolio
    case category
    case status
    case organisation
    case edition

    /// The row field behind this facet (the edition is not a field of the file).
    public var field: Field? {
        switch self {
        case .portfolio: return .portfolio
        case .category: return .category
        case .status: return .status
        case .organisation: return .organisation
        case .edition: return nil
        }
    }

    /// The official vocabulary this facet's values resolve to, if it has one.
    var vocabulary: VocabularyIndex? {
        switch self {
        case .portfolio: return .portfolios
        case .category: return .categories
        case .status: return .statuses
        case .organisation, .edition: return nil
        }
    }
}

/// One value of a facet: an official term, or the text as written when the file uses an unknown label.
public struct FacetValue: Sendable, Hashable {
    /// The text as tidied from the file (first spelling seen).
    public let raw: String
    /// The official term, when the value is one.
    public let term: Term?

    public init(raw: String, term: Term?) {
        self.raw = raw
        self.term = term
    }

    /// The label to show in `language` (an unknown value shows as written).
    public func label(_ language: Language) -> String {
        if let term { return term.label(language) }
        if raw.isEmpty { return language == .fr ? "(vide)" : "(blank)" }
        return raw
    }

    /// Whether the file left this field empty.
    public var isBlank: Bool { term == nil && raw.isEmpty }

    /// Whether the value is in the official vocabulary (always true for facets without one).
    public var isKnown: Bool { term != nil }
}
