import PortraitText
import PortraitStore
import PortraitLoad
import PortraitCompare

/// The `portrait query` command line that gives a query's answer again: its facet values, benefits, changes,
/// search, order, label language, format, and how the rows were read (`ReadingArguments`: files, column
/// map, worksheet, edition labels, sample). The HTML report prints it and the browser's `y` shows and
/// copies it, so both say the same thing; `line` quotes it so that it is safe to paste.
public enum QueryCommandLine {
    /// The facets with an option, in the order the command names them (the edition is said by the files
    /// instead), each with the option that names its values (`FacetDescriptor.options`).
    static let facets: [(facet: Facet, option: String)] = FacetDescriptor.all.compactMap { entry in
        entry.options.first.map { (entry.facet, "--" + $0.name) }
    }

    /// The arguments after the program's name: `query`, then the options; the files of `reading` follow
    /// them, as bytes (`line(_:files:)`).
    /// Values are as they are written in the data (each names its value exactly); an empty value is
    /// written `(vide)` or `(blank)` (`blankArgument`). The label language is always said, since the
    /// shell's may differ.
    public static func arguments(store: PortraitStore, query: Query, labels: Language, reading: ReadingArguments,
                                 format: ExportFormat? = nil) -> [String] {
        var parts = ["query"]
        for (facet, name) in facets {
            guard let codes = query.selected[facet], !codes.isEmpty else { continue }
            let values = store.values(facet)
            for code in codes.sorted() where code < values.count {
                let value = values[code]
                parts += option(name, value.isBlank ? blankArgument(values, labels) : value.text(labels))
            }
        }
        if !query.benefits.isEmpty {
            let benefits = store.benefitFacet.values
            for code in query.benefits.sorted() where code < benefits.count { parts += option("--benefit", benefits[code]) }
        }
        if query.classes != nil {
            // The store's row classes are the changes between the last two editions (`EditionChanges.classes`).
            for number in query.selectedClasses.sorted() where ChangeKind.allCases.indices.contains(number) {
                parts += ["--change", ChangeKind.allCases[number].rawValue]
            }
        }
        if !query.search.isEmpty { parts += option("--search", query.search) }
        if query.sort != .fileOrder { parts += ["--sort", query.sort.rawValue] }
        if query.descending { parts.append("--descending") }
        parts += ["--labels", labels.rawValue]
        if let format { parts += ["--format", format.rawValue] }
        return parts + reading.options
    }

    /// How the command names the empty value of a facet: `(vide)` or `(blank)` as the labels show it
    /// (`FacetValue.label`; `resolve` reads both, in either language), or `''` when a value of the data is
    /// written so itself.
    static func blankArgument(_ values: [FacetValue], _ labels: Language) -> String {
        let label = FacetValue(raw: "", term: nil).label(labels)
        let key = VocabularyIndex.key(label)
        return values.contains { !$0.isBlank && VocabularyIndex.key($0.raw) == key } ? "" : label
    }

    /// An option and its value: one word `--name=value` when the value starts with `-` (else the parser
    /// would read it as an option), else two.
    static func option(_ name: String, _ value: String) -> [String] {
        value.hasPrefix("-") ? [name + "=" + value] : [name, value]
    }

    /// `portrait`, `arguments` and `files`, each one shell word (`ShellWord`; a file name by its bytes,
    /// `UserPath.shellWord`, so that one that is not UTF-8 is `$'caf\xe9.csv'`), every control character
    /// written as an escape, so that the line pasted into a shell is that one command; the files after
    /// `--` when a name starts with `-`.
    public static func line(_ arguments: [String], files: [UserPath] = []) -> String {
        let separator = files.contains { $0.bytes.first == UInt8(ascii: "-") } ? ["--"] : []
        return (["portrait"] + arguments.map { ShellWord.quote($0) } + separator + files.map(\.shellWord)).joined(separator: " ")
    }
}
