import PortraitText
import PortraitStore

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

    /// Whether `columns` (as `map` found them) make a header: `minimumFields` of the six fields, so that a
    /// register without portfolio and benefits columns loads (those facets left empty, and `validate`
    /// lists them as missing) while a title line naming two or three fields is not taken for a header.
    public static func isHeader(_ columns: [Field: Int]) -> Bool {
        columns.count >= minimumFields
    }
    /// How many records are examined for a header.
    public static let searchDepth = 30

    /// Keywords per field, folded, in the order fields win ties (most specific first).
    static let keywords: [(Field, [String])] = [
        (.portfolio, ["portefeuille", "portfolio"]),
        (.category, ["categorie", "category", "topic"]),
        (.status, ["statut", "status", "etat", "stage", "etape"]),
        (.benefits, ["benefice", "benefit", "avantage", "gain"]),
        (.organisation, ["organisme", "organisation", "organization", "body", "agency", "entite", "entity", "ministere", "department"]),
        (.name, ["nom", "name", "actif", "projet", "project", "initiative", "titre", "title", "use case", "solution"]),
    ]


    /// A keyword with what scoring asks of it worked out once (scoring runs for every cell of every
    /// candidate header row, 33 keywords each).
    struct Keyword {
        let text: String
        /// Several words, matched against the header's words joined by single spaces.
        let isPhrase: Bool
        /// Long enough to be looked for as the start or a part of a word.
        let isLong: Bool

        init(_ text: String) {
            self.text = text
            isPhrase = text.contains(" " as Character)
            isLong = text.count >= 5
        }
    }

    /// `keywords`, prepared for scoring.
    static let preparedKeywords = keywords.map { ($0.0, $0.1.map(Keyword.init)) }

    /// The best score of `header` against any of `words`.
    static func bestScore(_ header: HeaderWords, _ words: [Keyword]) -> Int {
        var best = 0
        for word in words { best = max(best, score(header, keyword: word)) }
        return best
    }

    /// A folded header cut into words once, for scoring against every keyword.
    struct HeaderWords {
        let folded: String
        let words: [String]
        let joined: String

        init(_ folded: String) {
            self.folded = folded
            words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            joined = words.joined(separator: " ")
        }
    }

    /// How strongly a folded header names a keyword: the whole header (100), its first word (60), another
    /// word (40), a word it starts (30, plurals), a part of a word (20, long keywords only).
    static func score(_ header: HeaderWords, keyword prepared: Keyword) -> Int {
        let keyword = prepared.text
        if header.joined == keyword { return 100 }
        if prepared.isPhrase { return contains(header.joined, keyword) ? 40 : 0 }
        if header.words.first == keyword { return 60 }
        if header.words.contains(keyword) { return 40 }
        guard prepared.isLong else { return 0 }
        if header.words.contains(where: { $0.hasPrefix(keyword) }) { return 30 }
        return contains(header.folded, keyword) ? 20 : 0
    }

    /// Whether `text` contains `part`, compared as UTF-8 bytes (Foundation's `contains` goes through
    /// `NSString`: on a row of 16,000 header cells the header search took seconds).
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { text in
            part.withUTF8 { part in
                guard let first = part.first else { return true }
                guard part.count <= text.count else { return false }
                for start in 0...(text.count - part.count) where text[start] == first {
                    if text[start..<(start + part.count)].elementsEqual(part) { return true }
                }
                return false
            }
        }
    }

    /// The field a header cell names best, if any (overrides aside).
    public static func field(forHeader header: String) -> Field? {
        let cut = HeaderWords(TextFold.fold(CellText.tidy(header)))
        var best: (field: Field, score: Int)?
        for (field, words) in preparedKeywords {
            let score = bestScore(cut, words)
            if score > 0 && score > (best?.score ?? 0) { best = (field, score) }
        }
        return best?.field
    }

    /// Maps one candidate header row: each field to the column that names it best, each column to one
    /// field at most. `overrides` name a header (compared case- and accent-insensitively) per field and
    /// always win; two fields may share an overridden column.
    public static func map(headers: [String], overrides: [Field: String] = [:]) -> [Field: Int] {
        var result: [Field: Int] = [:]
        var taken = Set<Int>()
        let folded = headers.map { TextFold.fold(CellText.tidy($0)) }
        for field in Field.allCases {
            guard let header = overrides[field] else { continue }
            if let index = folded.firstIndex(of: TextFold.fold(CellText.tidy(header))) {
                result[field] = index
                taken.insert(index)
            }
        }
        // Every (field, column) pair with its score; the strongest pairs are assigned first.
        var pairs: [(score: Int, rank: Int, column: Int, field: Field)] = []
        let cut = folded.map(HeaderWords.init)
        for (rank, (field, words)) in preparedKeywords.enumerated() where overrides[field] == nil {
            for (column, header) in cut.enumerated() where !taken.contains(column) && !header.folded.isEmpty {
                let score = bestScore(header, words)
                if score > 0 { pairs.append((score, rank, column, field)) }
            }
        }
        pairs.sort { ($0.score, -$0.rank, -$0.column) > ($1.score, -$1.rank, -$1.column) }
        for pair in pairs where result[pair.field] == nil && !taken.contains(pair.column) {
            result[pair.field] = pair.column
            taken.insert(pair.column)
        }
        return result
    }

    /// Finds the header among the first records. Throws a usage-grade data error naming what is missing.
    public static func findHeader(in records: [[String]], overrides: [Field: String] = [:]) throws -> ColumnMapping {
        var best: (record: Int, columns: [Field: Int])?
        for (index, cells) in records.prefix(searchDepth).enumerated() {
            let columns = map(headers: cells, overrides: overrides)
            let overridesFound = overrides.keys.allSatisfy { columns[$0] != nil }
            if isHeader(columns) && overridesFound {
                return ColumnMapping(columns: columns, headers: cells, headerRecord: index)
            }
            if columns.count > (best?.columns.count ?? 0) { best = (index, columns) }
        }
        if let field = Field.allCases.first(where: { overrides[$0] != nil && best?.columns[$0] == nil }), let header = overrides[field] {
            throw PortraitError(.badData, .columnOverrideNotFound, ["header": TerminalSafe.visible(header), "field": field.rawValue])
        }
        if let best {
            let missing = Field.allCases.filter { best.columns[$0] == nil }.map(\.rawValue)
            throw PortraitError(.badData, line: best.record + 1, .columnsMissing, ["fields": missing.joined(separator: ", ")])
        }
        throw PortraitError(.badData, .noPortraitColumns)
    }

    /// Parses `--columns name=Header,category=Other` into overrides. A comma starts a new pair only
    /// when a field name and `=` follow it, so headers may contain commas.
    public static func parseOverrides(_ text: String) throws -> [Field: String] {
        let aliases: [String: Field] = ["organization": .organisation, "org": .organisation, "body": .organisation]
        func field(named name: Substring) -> Field? {
            let key = String(name).trimmingSpaces.lowercased()
            return Field(rawValue: key) ?? aliases[key]
        }
        // Whether "field=" (spaces and tabs allowed around the name) starts at `index`. Looks no further than
        // a field name's length past the spaces, so that cutting stays linear in the text's length.
        func fieldAndEquals(at index: String.Index) -> Bool {
            let isSpace = { (c: Character) in c == " " || c == "\t" }
            var i = index
            while i < text.endIndex, isSpace(text[i]) { i = text.index(after: i) }
            let nameStart = i
            var length = 0
            while i < text.endIndex, text[i] != "=", !isSpace(text[i]), length <= 16 {
                i = text.index(after: i)
                length += 1
            }
            let nameEnd = i
            while i < text.endIndex, isSpace(text[i]) { i = text.index(after: i) }
            return i < text.endIndex && text[i] == "=" && field(named: text[nameStart..<nameEnd]) != nil
        }
        // Cut at commas that are followed by "field=".
        var pairs: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == ",", fieldAndEquals(at: text.index(after: index)) {
                pairs.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        pairs.append(text[start...])
        var result: [Field: String] = [:]
        for part in pairs {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard pieces.count == 2, !pieces[1].isEmpty else {
                throw PortraitError(.usage, .columnsSyntax, ["text": TerminalSafe.visible(String(part))])
            }
            guard let field = field(named: Substring(pieces[0])) else {
                throw PortraitError(.usage, .columnsUnknownField, ["field": TerminalSafe.visible(pieces[0])])
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
