/// Which column of a file holds which field, and which columns are extra.
public struct ColumnMapping: Sendable, Equatable {
    /// Column index per field; a field absent from the file has no entry.
    public var columns: [Field: Int]
    /// The header cells as written in the file.
    public var headers: [String]
    /// 0-based index of the header row among the file's records.
    public var headerRecord: Int

    /// Columns that hold none of the six fields, kept as extra fields.
    public var extraColumns: [Int] {
        let used = Set(columns.values)
        return headers.indices.filter { !used.contains($0) && !CellText.tidy(headers[$0]).isEmpty }
    }

    public var missingFields: [Field] { Field.allCases.filter { columns[$0] == nil } }
}

/// Recognises the portrait's columns by meaning, in French or English, and finds the header row
/// (exports often start with title lines).
public enum HeaderMapper {
    /// How many of the six fields a row must name to be taken as the header.
    public static let minimumFields = 4
    /// How many records are examined for a header.
    public static let searchDepth = 30

    /// Keywords per field, in the order fields are tried (most specific first), folded.
    static let keywords: [(Field, [String])] = [
        (.portfolio, ["portefeuille", "portfolio"]),
        (.category, ["categorie", "category", "categories", "topic"]),
        (.status, ["statut", "status", "etat", "stage", "etape"]),
        (.benefits, ["benefice", "benefit", "avantage", "gain"]),
        (.organisation, ["organisme", "organisation", "organization", "body", "agency", "entite", "entity", "ministere", "department"]),
        (.name, ["nom", "name", "actif", "projet", "project", "initiative", "titre", "title", "use case", "usecase", "solution"]),
    ]

    /// The field a header cell names, if any (overrides aside).
    public static func field(forHeader header: String) -> Field? {
        let folded = TextFold.fold(CellText.tidy(header))
        guard !folded.isEmpty else { return nil }
        for (field, words) in keywords where words.contains(where: { folded.contains($0) }) {
            return field
        }
        return nil
    }

    /// Maps one candidate header row. `overrides` name a header (compared case- and accent-insensitively) per field.
    public static func map(headers: [String], overrides: [Field: String] = [:]) -> [Field: Int] {
        var result: [Field: Int] = [:]
        var taken = Set<Int>()
        let folded = headers.map { TextFold.fold(CellText.tidy($0)) }
        for (field, header) in overrides {
            let wanted = TextFold.fold(CellText.tidy(header))
            if let index = folded.firstIndex(of: wanted), !taken.contains(index) {
                result[field] = index
                taken.insert(index)
            }
        }
        for (index, header) in headers.enumerated() where !taken.contains(index) {
            guard let field = field(forHeader: header), result[field] == nil, overrides[field] == nil else { continue }
            result[field] = index
            taken.insert(index)
        }
        return result
    }

    /// Finds the header among the first records. Throws a usage-grade data error naming what is missing.
    public static func findHeader(in records: [[String]], overrides: [Field: String] = [:]) throws -> ColumnMapping {
        var best: (record: Int, columns: [Field: Int])?
        for (index, cells) in records.prefix(searchDepth).enumerated() {
            let columns = map(headers: cells, overrides: overrides)
            let overridesFound = overrides.keys.allSatisfy { columns[$0] != nil }
            if columns.count >= minimumFields && overridesFound {
                return ColumnMapping(columns: columns, headers: cells, headerRecord: index)
            }
            if columns.count > (best?.columns.count ?? 0) { best = (index, columns) }
        }
        if let missing = overrides.first(where: { field, _ in best.map { $0.columns[field] == nil } ?? true }) {
            throw PortraitError(.badData, "no column named '\(missing.value)' (given for \(missing.key.rawValue) by --columns)")
        }
        if let best {
            let missing = Field.allCases.filter { best.columns[$0] == nil }.map(\.rawValue)
            throw PortraitError(
                .badData, line: nil,
                "not a portrait: columns missing: \(missing.joined(separator: ", ")) (best header candidate is record \(best.record + 1); use --columns field=Header to map them)")
        }
        throw PortraitError(.badData, "not a portrait: no column names any of name, category, organisation, portfolio, benefits, status (use --columns field=Header to map them)")
    }

    /// Parses `--columns name=Header,category=Other` into overrides.
    public static func parseOverrides(_ text: String) throws -> [Field: String] {
        var result: [Field: String] = [:]
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard pieces.count == 2, !pieces[1].isEmpty else {
                throw PortraitError(.usage, "--columns: expected field=Header, got '\(part)'")
            }
            let key = pieces[0].lowercased()
            let aliases: [String: Field] = ["organization": .organisation, "org": .organisation, "body": .organisation]
            guard let field = Field(rawValue: key) ?? aliases[key] else {
                throw PortraitError(.usage, "--columns: unknown field '\(pieces[0])' (fields: name, category, organisation, portfolio, benefits, status)")
            }
            result[field] = pieces[1]
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
