import Foundation

/// What the loader reads, as file names and catalogue formats: `portrait update` downloads exactly the
/// formats listed in `SourceFormat.allCases`, in that order of preference, so a reader added there is
/// fetched too.
extension SourceFormat {
    /// The file name extension a stored file of this format gets.
    public var fileExtension: String { rawValue.lowercased() }

    /// The format a catalogue names (CKAN's `format`, e.g. `CSV`, `xlsx`, `.csv`, `text/csv`), if the loader reads it.
    public init?(catalogueFormat text: String) {
        var word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if word.hasPrefix(".") { word.removeFirst() }
        if let slash = word.lastIndex(of: "/") { word = String(word[word.index(after: slash)...]) }
        let aliases = ["vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx"]
        word = aliases[word] ?? word
        guard let format = SourceFormat.allCases.first(where: { $0.fileExtension == word }) else { return nil }
        self = format
    }
}
