import PortraitText
import PortraitStore
import PortraitLoad

/// Names that stand for the same public body across editions (a renamed body, a full name and its
/// abbreviation), read from a small CSV file with the columns `alias`, `organisation` and an optional
/// `note`. Each line says that two names are the same body; lines that share a name join into one group,
/// so the direction of a line and the order of lines do not matter.
///
/// Spellings that differ only in case, accents or spaces (the published "Héma-Québec " with its trailing
/// space) need no line: `IdentityKey` already treats them as one.
public struct OrganisationAliases: Sendable, Equatable {
    /// One line of a mapping file.
    public struct Entry: Sendable, Equatable {
        public let alias: String
        public let organisation: String
        public let note: String

        public init(alias: String, organisation: String, note: String = "") {
            self.alias = alias
            self.organisation = organisation
            self.note = note
        }
    }

    /// The lines, in the order they were given.
    public let entries: [Entry]
    /// The identity key of every name named in `entries` → the key of its group (the smallest key in it).
    private let groupKeys: [String: String]

    public init(_ entries: [Entry] = []) {
        self.entries = entries
        var parent: [String: String] = [:]
        func root(_ key: String) -> String {
            var key = key
            while let up = parent[key], up != key { key = up }
            return key
        }
        for entry in entries {
            let a = root(IdentityKey.of(entry.alias)), b = root(IdentityKey.of(entry.organisation))
            parent[a] = parent[a] ?? a
            parent[b] = parent[b] ?? b
            // The smaller key leads the group, so the result does not depend on the order of the lines.
            if a < b { parent[b] = a } else if b < a { parent[a] = b }
        }
        var groupKeys: [String: String] = [:]
        for key in parent.keys { groupKeys[key] = root(key) }
        self.groupKeys = groupKeys
    }

    /// No alias at all: bodies match by `IdentityKey` alone.
    public static let none = OrganisationAliases()

    /// The key that identifies the body `organisation` names: the same for every alias of one body.
    public func key(for organisation: String) -> String {
        let key = IdentityKey.of(organisation)
        return groupKeys[key] ?? key
    }

    /// Whether two names stand for the same body.
    public func sameBody(_ a: String, _ b: String) -> Bool { key(for: a) == key(for: b) }

    /// These lines followed by `other`'s (for example the built-in mapping, then a person's own file).
    public func merging(_ other: OrganisationAliases) -> OrganisationAliases {
        OrganisationAliases(entries + other.entries)
    }
}

extension OrganisationAliases {
    /// Reads a mapping file's bytes (CSV in any encoding and delimiter the portrait loader accepts; the
    /// header names the columns `alias` and `organisation`, or `organisme`, and optionally `note`). Errors
    /// name the line; the caller adds the file (`PortraitError.inFile`).
    public static func parse(csv bytes: [UInt8]) throws -> OrganisationAliases {
        try Loader.rejectUnlessText(bytes)
        let (utf8, _) = try ByteDecoder.decode(bytes)
        var columns: (alias: Int, organisation: Int, note: Int?)?
        var entries: [Entry] = []
        try CSVReader(utf8: utf8, dialect: CSVDialect.detect(utf8)).forEachRecord { cells, line in
            let cells = cells.map { CellText.tidy($0) }
            guard let found = columns else {
                columns = try headerColumns(cells, line: line)
                return
            }
            let alias = found.alias < cells.count ? cells[found.alias] : ""
            let organisation = found.organisation < cells.count ? cells[found.organisation] : ""
            if alias.isEmpty && organisation.isEmpty && cells.allSatisfy(\.isEmpty) { return }
            guard !alias.isEmpty, !organisation.isEmpty else {
                throw PortraitError(.badData, line: line, .aliasLineIncomplete)
            }
            let note = found.note.flatMap { $0 < cells.count ? cells[$0] : nil } ?? ""
            entries.append(Entry(alias: alias, organisation: organisation, note: note))
        }
        guard columns != nil else {
            throw PortraitError(.badData, .aliasFileEmpty)
        }
        return OrganisationAliases(entries)
    }

    private static func headerColumns(_ cells: [String], line: Int) throws -> (alias: Int, organisation: Int, note: Int?) {
        let keys = cells.map { IdentityKey.of($0) }
        guard let alias = keys.firstIndex(of: "alias"),
              let organisation = keys.firstIndex(where: { $0 == "organisation" || $0 == "organisme" }) else {
            let found = cells.prefix(6).map { "'\($0)'" }.joined(separator: ", ")
            throw found.isEmpty ? PortraitError(.badData, line: line, .aliasHeader, phrases: ["found": .nothing])
                : PortraitError(.badData, line: line, .aliasHeader, ["found": found])
        }
        return (alias, organisation, keys.firstIndex(of: "note"))
    }

    /// Reads the mapping file at `path` (read-only; errors name the file and the line).
    public static func read(path: UserPath) throws -> OrganisationAliases {
        do {
            return try parse(csv: FileInput.read(path))
        } catch let error as PortraitError {
            throw error.inFile(path.display)
        }
    }
}
