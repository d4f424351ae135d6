import Foundation
import PortraitCore

/// The file `portrait update` keeps for one edition: which resource, in which format.
public struct ChosenFile: Sendable, Equatable {
    public var edition: String
    public var resource: CatalogueResource
    public var format: SourceFormat

    /// The name it is stored under in the data folder.
    public var storedName: String { "portrait-\(edition).\(format.fileExtension)" }
}

/// The files a dataset offers for one edition, most preferred first: `portrait update` tries them in
/// this order until one passes the loader (a data dictionary listed first does not hide the register).
public struct EditionCandidates: Sendable, Equatable {
    public var edition: String
    public var files: [ChosenFile]
}

/// Picks the files of each edition among a dataset's resources: only formats the loader reads
/// (`SourceFormat.allCases`, in that order of preference: CSV, then XLSX, then HTML), the edition being the year in
/// the resource's name, else in its `last_modified`, from 2020 to next year; between files of one
/// format, the one in the interface language first, then the catalogue's order. At most the 20 latest
/// editions are kept, so a catalogue that lists a hundred years cannot fill the folder. Anything else
/// (a PDF of field descriptions, say) is left alone, never downloaded.
public enum EditionChoice {
    /// The first year an edition may have (the register began after it).
    public static let firstYear = 2020
    /// The most editions one update keeps.
    public static let maxEditions = 20

    /// Next year, the last an edition may have.
    public static var lastYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) + 1 }

    public static func candidates(_ resources: [CatalogueResource], language: Language, lastYear: Int = lastYear) -> [EditionCandidates] {
        var ranked: [String: [(file: ChosenFile, rank: Int, order: Int)]] = [:]
        for (order, resource) in resources.enumerated() where !resource.url.isEmpty {
            guard let format = SourceFormat(catalogueFormat: resource.format.isEmpty ? extensionOf(resource.url) : resource.format),
                  let edition = year(in: resource.name, upTo: lastYear) ?? resource.lastModified.flatMap({ year(in: $0, upTo: lastYear) })
            else { continue }
            let formatRank = SourceFormat.allCases.firstIndex(of: format) ?? 99
            let languages = resource.languages.map { $0.lowercased().prefix(2) }
            let languageRank = languages.isEmpty ? 1 : languages.contains(Substring(language.rawValue)) ? 0 : 2
            ranked[edition, default: []].append((ChosenFile(edition: edition, resource: resource, format: format), formatRank * 10 + languageRank, order))
        }
        let editions = ranked.map { edition, files in
            EditionCandidates(edition: edition, files: files.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.map(\.file))
        }
        return Array(editions.sorted { $0.edition < $1.edition }.suffix(maxEditions))
    }

    /// The most preferred file of each edition.
    public static func choose(_ resources: [CatalogueResource], language: Language) -> [ChosenFile] {
        candidates(resources, language: language).compactMap(\.files.first)
    }

    /// The first year (2020 to `last`) written as four digits on their own in `text`.
    static func year(in text: String, upTo last: Int = lastYear) -> String? {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && (0x30...0x39).contains(scalars[i].value) }
        var i = 0
        while i + 4 <= scalars.count {
            if (i..<(i + 4)).allSatisfy(isDigit), !isDigit(i - 1), !isDigit(i + 4),
               let year = Int(String(String.UnicodeScalarView(scalars[i..<(i + 4)]))), (firstYear...max(firstYear, last)).contains(year) {
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
