import PortraitText

/// A dimension people filter by: each row has exactly one value per facet. Its position is its column
/// in the store and its entry in `FacetDescriptor.all`, which says everything else about it.
public enum Facet: Int, CaseIterable, Sendable, Hashable, Codable {
    case portfolio
    case category
    case status
    case organisation
    case edition

    /// Position of the facet in the store's facet columns and in `FacetDescriptor.all`.
    public var index: Int { rawValue }

    /// The row field behind this facet (the edition is not a field of the file).
    public var field: Field? { descriptor.field }
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

    /// The value as data, for exports: the official term in `language`, else the text as written; empty
    /// when the file left the field empty.
    public func text(_ language: Language) -> String {
        term?.label(language) ?? raw
    }

    /// The label to show people in `language`: `text`, with `(vide)`/`(blank)` standing for an empty value
    /// on screen (never in exported data).
    public func label(_ language: Language) -> String {
        let text = text(language)
        if text.isEmpty { return language == .fr ? "(vide)" : "(blank)" }
        return text
    }

    /// The names of the empty value on the command line, in both languages (besides `''`).
    public static let blankNames = ["(vide)", "(blank)"]

    /// Whether the file left this field empty.
    public var isBlank: Bool { term == nil && raw.isEmpty }

    /// Whether the value is in the official vocabulary (always true for facets without one).
    public var isKnown: Bool { term != nil }
}
