import PortraitText
import PortraitStore
import PortraitLoad
import PortraitCompare

/// The `portrait query` command line that gives a query's answer again: its facet values, benefits, changes,
/// search, order, label language, format and files. The HTML report prints it and the browser's `y`
/// shows and copies it, so both say the same thing.
public enum QueryCommandLine {
    /// The facets, in the order the command names them (the edition is said by the files instead).
    static let facets: [Facet] = [.portfolio, .category, .status, .organisation]

    /// The arguments after the program's name: `query`, then the options; `files` follow them, as bytes
    /// (`line(_:files:)`). Values are as they are written in the data (each names its value exactly);
    /// `sample` adds `--sample` for the embedded sample when no file is given.
    public static func arguments(store: PortraitStore, query: Query, labels: Language, files: [UserPath],
                                 sample: Bool = false, format: ExportFormat? = nil) -> [String] {
        var parts = ["query"]
        for facet in facets {
            guard let codes = query.selected[facet], !codes.isEmpty else { continue }
            let option = facet == .organisation ? "--org" : "--" + facet.rawValue
            let values = store.values(facet)
            for code in codes.sorted() where code < values.count { parts += [option, values[code].label(labels)] }
        }
        if !query.benefits.isEmpty {
            let benefits = store.benefitFacet.values
            for code in query.benefits.sorted() where code < benefits.count { parts += ["--benefit", benefits[code]] }
        }
        if query.classes != nil {
            // The store's row classes are the changes between the last two editions (`EditionChanges.classes`).
            for number in query.selectedClasses.sorted() where ChangeKind.allCases.indices.contains(number) {
                parts += ["--change", ChangeKind.allCases[number].rawValue]
            }
        }
        if !query.search.isEmpty { parts += ["--search", query.search] }
        if query.sort != .fileOrder { parts += ["--sort", query.sort.rawValue] }
        if query.descending { parts.append("--descending") }
        if labels == .en { parts += ["--labels", "en"] }
        if let format { parts += ["--format", format.rawValue] }
        if sample && files.isEmpty { parts.append("--sample") }
        return parts
    }

    /// `portrait`, `arguments` and `files`, each quoted for a POSIX shell where it needs to be (a file
    /// name that is not UTF-8 as `$'caf\xe9.csv'`, `ShellWord`).
    public static func line(_ arguments: [String], files: [UserPath] = []) -> String {
        (["portrait"] + arguments.map(shellQuoted) + files.map(\.shellWord)).joined(separator: " ")
    }

    /// A word the shell reads as it is: bare when it is plain, else in single quotes.
    public static func shellQuoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy {
            ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A)
                || "._/-=+,:@".unicodeScalars.contains($0)
        }
        return plain ? text : "'" + text.replacingAll("'", with: "'\\''") + "'"
    }
}
