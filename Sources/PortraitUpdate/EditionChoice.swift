import PortraitCore

/// The file `portrait update` keeps for one edition: which resource, in which format.
public struct ChosenFile: Sendable, Equatable {
    public var edition: String
    public var resource: CatalogueResource
    public var format: SourceFormat

    /// The name it is stored under in the data folder.
    public var storedName: String { "portrait-\(edition).\(format.fileExtension)" }
}

/// Picks one file per edition among a dataset's resources: only formats the loader reads
/// (`SourceFormat.allCases`, in that order of preference: CSV, then XLSX, then HTML), the edition being the year in
/// the resource's name, else in its `last_modified`; between files of one format, the one in the
/// interface language. Anything else (a PDF of field descriptions, say) is left alone, never downloaded.
public enum EditionChoice {
    public static func choose(_ resources: [CatalogueResource], language: Language) -> [ChosenFile] {
        var best: [String: (file: ChosenFile, rank: Int)] = [:]
        for resource in resources where !resource.url.isEmpty {
            guard let format = SourceFormat(catalogueFormat: resource.format.isEmpty ? extensionOf(resource.url) : resource.format),
                  let edition = year(in: resource.name) ?? resource.lastModified.flatMap(year(in:)) else { continue }
            let formatRank = SourceFormat.allCases.firstIndex(of: format) ?? 99
            let languages = resource.languages.map { $0.lowercased().prefix(2) }
            let languageRank = languages.isEmpty ? 1 : languages.contains(Substring(language.rawValue)) ? 0 : 2
            let rank = formatRank * 10 + languageRank
            if let current = best[edition], current.rank <= rank { continue }
            best[edition] = (ChosenFile(edition: edition, resource: resource, format: format), rank)
        }
        return best.values.map(\.file).sorted { $0.edition < $1.edition }
    }

    /// The first year (1990–2100) written as four digits on their own in `text`.
    static func year(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && (0x30...0x39).contains(scalars[i].value) }
        var i = 0
        while i + 4 <= scalars.count {
            if (i..<(i + 4)).allSatisfy(isDigit), !isDigit(i - 1), !isDigit(i + 4),
               let year = Int(String(String.UnicodeScalarView(scalars[i..<(i + 4)]))), (1990...2100).contains(year) {
                return String(year)
            }
            i += 1
        }
        return nil
    }

    private static func extensionOf(_ url: String) -> String {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        return path.split(separator: ".").last.map(String.init) ?? ""
    }
}
