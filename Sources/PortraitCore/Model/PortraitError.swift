/// An error a person can act on: what went wrong, where, and which exit status the tool uses for it.
///
/// `description` is the one line printed after `portrait: `, e.g.
/// `cannot read 'x.csv': line 42: unterminated quoted field`.
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

        public var exitCode: Int32 {
            switch self {
            case .usage: return 64
            case .badData: return 65
            case .noInput: return 66
            case .cannotCreate: return 73
            }
        }
    }

    public var kind: Kind
    /// The file concerned, as the user named it, if any.
    public var file: String?
    /// The 1-based line in that file, if the problem is at one place.
    public var line: Int?
    /// The cause, in plain words.
    public var reason: String

    public init(_ kind: Kind, file: String? = nil, line: Int? = nil, _ reason: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        var parts: [String] = []
        if let file {
            let verb = kind == .cannotCreate ? "cannot write" : "cannot read"
            parts.append("\(verb) '\(file)'")
        }
        if let line { parts.append("line \(line)") }
        parts.append(reason)
        return parts.joined(separator: ": ")
    }

    /// The same error, attributed to `file` unless it already names one.
    public func inFile(_ name: String) -> PortraitError {
        var copy = self
        if copy.file == nil { copy.file = name }
        return copy
    }
}
