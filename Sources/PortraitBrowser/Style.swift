/// How a run of text is drawn. The attributes (reverse, bold, dim, underline) carry every distinction on
/// a monochrome terminal; the tints add colour where the terminal has it and `NO_COLOR` is not set.
public struct Style: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let reverse = Style(rawValue: 1 << 0)
    public static let bold = Style(rawValue: 1 << 1)
    public static let dim = Style(rawValue: 1 << 2)
    public static let underline = Style(rawValue: 1 << 3)
    /// Titles and the focus marker.
    public static let accent = Style(rawValue: 1 << 8)
    /// Selected facet values.
    public static let marked = Style(rawValue: 1 << 9)
    /// Search matches.
    public static let match = Style(rawValue: 1 << 10)
    /// Error messages.
    public static let failure = Style(rawValue: 1 << 11)
    /// Success messages.
    public static let success = Style(rawValue: 1 << 12)

    public static let plain: Style = []
    /// How a search match is shown: underlined and bold, in colour where there is colour.
    public static let highlight: Style = [.match, .underline, .bold]
}

/// A run of text in one style.
public struct Segment: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
