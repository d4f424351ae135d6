import PortraitText
import PortraitLoad

/// How a front read its rows, as the `portrait` options that read them again: the files (none: the stored
/// or embedded editions), `--columns` as given, `--sheet`, each file's `--edition` label, `--delimiter`,
/// `--encoding` and `--sample`. The browser receives it from the command that started it, as data, and
/// the commands it prints (`QueryCommandLine`) repeat it.
public struct ReadingArguments: Sendable, Equatable {
    /// The files named, by their bytes.
    public var files: [UserPath]
    public var columns: String?
    public var sheet: String?
    /// One label per file, as given (none: the labels the loader found).
    public var editions: [String]
    public var delimiter: String?
    public var encoding: String?
    /// `--sample`: the embedded sample, even when official editions are stored.
    public var sample: Bool

    public init(files: [UserPath] = [], columns: String? = nil, sheet: String? = nil, editions: [String] = [],
                delimiter: String? = nil, encoding: String? = nil, sample: Bool = false) {
        self.files = files
        self.columns = columns
        self.sheet = sheet
        self.editions = editions
        self.delimiter = delimiter
        self.encoding = encoding
        self.sample = sample
    }

    /// The same reading of the files at `indices` only (in their order), with their edition labels.
    public func keeping(_ indices: [Int]) -> ReadingArguments {
        var kept = self
        kept.files = indices.filter { files.indices.contains($0) }.map { files[$0] }
        if editions.count == files.count { kept.editions = indices.filter { editions.indices.contains($0) }.map { editions[$0] } }
        return kept
    }

    /// The options that read the files again (each value joined to its option with `=` when it starts
    /// with `-`, so that no value is read as an option); `--sample` only when no file is named. The files
    /// themselves follow as bytes (`QueryCommandLine.line(_:files:)`).
    var options: [String] {
        var parts: [String] = []
        if let columns { parts += QueryCommandLine.option("--columns", columns) }
        if let sheet { parts += QueryCommandLine.option("--sheet", sheet) }
        if !files.isEmpty {
            for label in editions { parts += QueryCommandLine.option("--edition", label) }
        }
        if let delimiter { parts += QueryCommandLine.option("--delimiter", delimiter) }
        if let encoding { parts += QueryCommandLine.option("--encoding", encoding) }
        if sample && files.isEmpty { parts.append("--sample") }
        return parts
    }
}
