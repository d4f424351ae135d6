import PortraitCore

/// A short text of the browser in French and English, written where it is used (a command's help and
/// hint in `CommandTable`), rather than as a case of `UIString`.
public struct Words: Sendable, Equatable {
    public let fr: String
    public let en: String

    public init(_ fr: String, _ en: String) {
        self.fr = fr
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .fr ? fr : en }
}
