import Foundation

/// An error a person can act on: what went wrong, where, and which exit status the tool uses for it.
///
/// The message is an `ErrorText` (French and English forms) with its values, so it can be printed in
/// either language with the same file, line and cause. `description` is the English line printed after
/// `portrait: `, e.g. `cannot read 'x.csv': line 42: quoted field opened here is never closed`;
/// `description(in:)` gives it in French too.
public struct PortraitError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The class of failure, which fixes the process exit status (sysexits).
    public enum Kind: Sendable, Equatable {
        /// Bad command-line usage (exit 64).
        case usage
        /// The input exists but its content cannot be used (exit 65).
        case badData
        /// The input is missing or is not a regular file (exit 66).
        case noInput
        /// The output cannot be created (exit 73).
        case cannotCreate
        /// A service (the open-data catalogue, the network) cannot be reached or answers with an error (exit 69).
        case unavailable
        /// Try again later: another run holds what this one needs (exit 75).
        case tryLater

        public var exitCode: Int32 {
            switch self {
            case .usage: return 64
            case .badData: return 65
            case .noInput: return 66
            case .cannotCreate: return 73
            case .unavailable: return 69
            case .tryLater: return 75
            }
        }
    }

    public var kind: Kind
    /// The file concerned, as the user named it, if any.
    public var file: String?
    /// The 1-based line in that file, if the problem is at one place.
    public var line: Int?
    /// The cause, in both languages.
    public var message: ErrorText
    /// The message's placeholders that read the same in both languages (names, numbers, text from files).
    public var values: [String: String]
    /// The message's placeholders filled by a phrase in the message's language.
    public var phrases: [String: ErrorText]

    public init(_ kind: Kind, file: String? = nil, line: Int? = nil, _ message: ErrorText, _ values: [String: String] = [:],
                phrases: [String: ErrorText] = [:]) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
        self.values = values
        self.phrases = phrases
    }

    /// An error for the system's `errno`: the system's words (`strerror`) in `cause`, and the code in
    /// `errno`, by which a known cause is said in the interface language.
    public static func system(_ kind: Kind, file: String?, errno code: Int32) -> PortraitError {
        PortraitError(kind, file: file, .systemError, ["cause": String(cString: strerror(code)), "errno": String(code)])
    }

    /// The cause in `language`, without file or line.
    public func reason(in language: Language) -> String {
        var filled = values
        if let code = values["errno"].flatMap(Int32.init), let known = ErrnoText.phrase(for: code) { filled["cause"] = known.text(language) }
        for (key, phrase) in phrases { filled[key] = phrase.text(language) }
        return message.text(language, filled)
    }

    /// The cause in English.
    public var reason: String { reason(in: .en) }

    /// The whole message in `language`: file, line and cause.
    public func description(in language: Language) -> String {
        var parts: [String] = []
        if let file { parts.append((kind == .cannotCreate ? ErrorText.cannotWrite : .cannotRead).text(language, ["file": file])) }
        if let line { parts.append(ErrorText.atLine.text(language, ["line": String(line)])) }
        parts.append(reason(in: language))
        return parts.joined(separator: language.colon)
    }

    public var description: String { description(in: .en) }

    /// The same error, attributed to `file` unless it already names one.
    public func inFile(_ name: String) -> PortraitError {
        var copy = self
        if copy.file == nil { copy.file = name }
        return copy
    }
}
