import Foundation

/// The figures the government published for both editions: the copy of
/// shared/facts/portrait-published-figures.json kept in the core tests' fixtures, read the same way by
/// every test target that checks them.
public struct PublishedFacts: Decodable, Sendable {
    public struct Edition: Decodable, Sendable {
        public let initiatives: Int
        public let organisations: Int
    }

    /// A category, status or portfolio: its labels, its counts per edition and (categories) its definitions.
    public struct Counted: Decodable, Sendable {
        public let fr: String
        public let en: String
        public let y2024: Int
        public let y2025: Int
        public let definitionFR: String?
        public let definitionEN: String?
        enum CodingKeys: String, CodingKey {
            case fr, en, y2024 = "2024", y2025 = "2025", definitionFR = "definition_fr", definitionEN = "definition_en"
        }
    }

    public struct TopOrganisation: Decodable, Sendable {
        public let name: String
        public let y2024: Int
        public let y2025: Int
        enum CodingKeys: String, CodingKey { case name, y2024 = "2024", y2025 = "2025" }
    }

    /// One item of a `[name, count]` pair as the file writes them.
    enum NameOrCount: Decodable, Sendable {
        case name(String), count(Int)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) { self = .name(text) } else { self = .count(try container.decode(Int.self)) }
        }
    }

    public let editions: [String: Edition]
    public let categories: [Counted]
    public let statuses: [Counted]
    public let portfolios: [Counted]
    public let topOrganisations2025: [TopOrganisation]
    public let newOrganisationsByPortfolio2025: [String: Int]
    let newOrganisationPairs2025: [[NameOrCount]]

    enum CodingKeys: String, CodingKey {
        case editions, categories, statuses, portfolios
        case topOrganisations2025 = "top_organisations_2025"
        case newOrganisationsByPortfolio2025 = "new_organisations_2025_by_portfolio"
        case newOrganisationPairs2025 = "new_organisations_2025"
    }

    /// Reads the fixture.
    public static func load() throws -> PublishedFacts {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PortraitCoreTests/Fixtures/portrait-published-figures.json")
        return try JSONDecoder().decode(PublishedFacts.self, from: Data(contentsOf: url))
    }

    /// The latest published edition (the embedded sample's latest) and the one before it, by year: the
    /// counts tests compare output with, so that a new edition of the sample changes no test.
    public var latest: Edition { get throws { try edition(at: 1) } }
    public var previous: Edition { get throws { try edition(at: 2) } }

    /// The edition `rank` places from the newest (1: the newest).
    private func edition(at rank: Int) throws -> Edition {
        let years = editions.keys.sorted(by: >)
        guard years.count >= rank, let edition = editions[years[rank - 1]] else { throw MissingEdition(rank: rank, years: years) }
        return edition
    }

    /// The fixture lists fewer editions than a test asked for.
    struct MissingEdition: Error, CustomStringConvertible {
        let rank: Int
        let years: [String]
        var description: String { "the published figures list \(years.count) editions (\(years)); edition \(rank) from the newest is missing" }
    }

    /// Read from the fixture: initiatives of the latest edition and of the one before.
    public static var latestInitiatives: Int { get throws { try load().latest.initiatives } }
    public static var previousInitiatives: Int { get throws { try load().previous.initiatives } }
    /// The browser's status line with nothing filtered on the latest edition ("N / N initiatives").
    public static var allLatestShown: String { get throws { "\(try latestInitiatives) / \(try latestInitiatives) initiatives" } }

    /// The 58 bodies new in 2025 with their 2025 counts, names with the published stray spaces tidied.
    public var newOrganisations2025: [String: Int] {
        var result: [String: Int] = [:]
        for pair in newOrganisationPairs2025 {
            if case .name(let name) = pair[0], case .count(let count) = pair[1] { result[Self.tidy(name)] = count }
        }
        return result
    }

    /// `name` with its spaces tidied as the loader tidies a cell: none at the ends, one between words.
    public static func tidy(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" }).joined(separator: " ")
    }
}
