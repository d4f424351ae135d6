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
    /// The fields whose column `--columns` named.
    public var overridden: Set<Field> = []
    /// The file's own title: the first text above the header (a title block), cut to `titleLength`
    /// characters; nil when the header is the first line.
    public var titleLine: String?
    public static let titleLength = 200

    public init(columns: [Field: Int], headers: [String], headerRecord: Int, overridden: Set<Field> = []) {
        self.columns = columns
        self.headers = headers
        self.headerRecord = headerRecord
        self.overridden = overridden
    }

    /// Columns that hold none of the fields (`Field`), kept as extra fields.
    public var extraColumns: [Int] {
        let used = Set(columns.values)
        return headers.indices.filter { !used.contains($0) && !CellText.tidy(headers[$0]).isEmpty }
    }

    public var missingFields: [Field] { Field.allCases.filter { columns[$0] == nil } }

    /// The header cell read as `field`, if any.
    public func header(of field: Field) -> String? { columns[field].map { headers[$0] } }

    /// Whether some field was read from a column by meaning: neither named by `--columns` nor under a header
    /// this program knows (the register's own, or the titles of its exports). Such a mapping is said on
    /// standard error and shown by `validate` with its alternatives.
    public var isGuess: Bool {
        columns.contains { field, column in !overridden.contains(field) && !HeaderVocabulary.isKnown(headers[column], for: field) }
    }

    /// Whether this header is the register's own (French or English): the name, category, body, portfolio
    /// and status columns at least, each under the register's header. Only then may the file be called the register.
    public var isRegisterHeader: Bool {
        let required: [Field] = [.name, .category, .organisation, .portfolio, .status]
        return required.allSatisfy { columns[$0] != nil }
            && columns.allSatisfy { field, column in HeaderVocabulary.isRegisters(headers[column], for: field) }
    }
}

/// Recognises the portrait's columns by meaning, in French or English, and finds the header row
/// (exports often start with title lines). Scores come from `HeaderVocabulary`.
public enum HeaderMapper {
    /// Whether `columns` (as `map` found them) make a header: a name column and at least one column a
    /// facet reads (status, category, body, portfolio: `FacetDescriptor.facet(reading:)`), so that another
    /// government's inventory loads (the absent fields left empty, and `validate` lists them), while a
    /// title line, one cell, is never taken for a header.
    public static func isHeader(_ columns: [Field: Int]) -> Bool {
        columns[.name] != nil && columns.keys.contains { FacetDescriptor.facet(reading: $0) != nil }
    }
    /// How many records are examined for a header.
    public static let searchDepth = 30
    /// The most cells a record looked at for a header may have: a spreadsheet's sheet has 16,384 columns
    /// (A to XFD), so no register, whatever program wrote it, is wider. A wider line is refused before its
    /// cells are scored: a 10 MB first line of five million cells took 28 s and 1.5 GB to map and to
    /// assemble as extra columns.
    public static let maximumColumns = 16_384

    /// A keyword with what scoring asks of it worked out once (scoring runs for every cell of every
    /// candidate header row).
    struct Keyword {
        let text: String
        let weight: Int
        /// Several words, matched against the header's words joined by single spaces.
        let isPhrase: Bool
        /// Long enough to be looked for as the start or a part of a word.
        let isLong: Bool

        init(_ text: String, weight: Int = 100) {
            self.text = text
            self.weight = weight
            isPhrase = text.contains(" " as Character)
            isLong = text.count >= 5
        }
    }

    /// `HeaderVocabulary.keywords`, grouped by field in the table's order, prepared for scoring.
    static let preparedKeywords: [(Field, [Keyword])] = {
        var order: [Field] = []
        var words: [Field: [Keyword]] = [:]
        for keyword in HeaderVocabulary.keywords {
            if words[keyword.field] == nil { order.append(keyword.field) }
            words[keyword.field, default: []].append(Keyword(keyword.text, weight: keyword.weight))
        }
        return order.map { ($0, words[$0]!) }
    }()

    static let nameVetoes = HeaderVocabulary.vetoesName.map { Keyword($0) }

    /// The score of `header` for `field`: its best keyword's `match` times the keyword's weight (percent);
    /// 0 for the name when the header names a body or a portfolio.
    static func score(_ header: HeaderWords, field: Field, _ words: [Keyword]) -> Int {
        var best = 0
        for word in words { best = max(best, match(header, keyword: word) * word.weight / 100) }
        if field == .name, best > 0, nameVetoes.contains(where: { match(header, keyword: $0) >= 30 }) { return 0 }
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
    static func match(_ header: HeaderWords, keyword prepared: Keyword) -> Int {
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
            let score = score(cut, field: field, words)
            if score > 0 && score > (best?.score ?? 0) { best = (field, score) }
        }
        return best?.field
    }

    /// Every column's score for every field, best first: what `validate` shows as the alternatives of a guess.
    public static func candidates(headers: [String]) -> [Field: [(column: Int, score: Int)]] {
        let cut = headers.map { HeaderWords(TextFold.fold(CellText.tidy($0))) }
        var result: [Field: [(column: Int, score: Int)]] = [:]
        for (field, words) in preparedKeywords {
            var scored: [(column: Int, score: Int)] = []
            for (column, header) in cut.enumerated() where !header.folded.isEmpty {
                let score = score(header, field: field, words)
                if score > 0 { scored.append((column, score)) }
            }
            result[field] = scored.sorted { ($0.score, -$0.column) > ($1.score, -$1.column) }
        }
        return result
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
                let score = score(header, field: field, words)
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

    /// The header cells most like a name's, for the error that says a file has no name column: those with
    /// a score for the name before the body's words rule it out, else the first cells.
    static func closestToName(_ headers: [String]) -> [String] {
        let nameWords = preparedKeywords.first { $0.0 == .name }?.1 ?? []
        let scored = headers.enumerated().compactMap { column, header -> (Int, Int)? in
            let cut = HeaderWords(TextFold.fold(CellText.tidy(header)))
            let best = nameWords.map { match(cut, keyword: $0) * $0.weight / 100 }.max() ?? 0
            return best > 0 ? (column, best) : nil
        }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
        let columns = scored.isEmpty ? Array(headers.indices.filter { !CellText.tidy(headers[$0]).isEmpty }) : scored.map(\.0)
        return columns.prefix(3).map { headers[$0] }
    }

    /// Finds the header among the first records. Throws a usage-grade data error naming what is missing.
    public static func findHeader(in records: [[String]], overrides: [Field: String] = [:]) throws -> ColumnMapping {
        var best: (record: Int, columns: [Field: Int])?
        for (index, cells) in records.prefix(searchDepth).enumerated() {
            let columns = map(headers: cells, overrides: overrides)
            let overridesFound = overrides.keys.allSatisfy { columns[$0] != nil }
            if isHeader(columns) && overridesFound {
                return ColumnMapping(columns: columns, headers: cells, headerRecord: index, overridden: Set(overrides.keys))
            }
            // The row naming most fields, and among those the widest (a header, not a title line above it).
            if columns.count > (best?.columns.count ?? 0)
                || (columns.count > 0 && columns.count == best?.columns.count && cells.count > records[best!.record].count) {
                best = (index, columns)
            }
        }
        if let field = Field.allCases.first(where: { overrides[$0] != nil && best?.columns[$0] == nil }), let header = overrides[field] {
            throw PortraitError(.badData, .columnOverrideNotFound, ["header": TerminalSafe.visible(header), "field": field.rawValue])
        }
        if let best, best.columns[.name] == nil {
            let closest = closestToName(records[best.record]).map { "\"" + TerminalSafe.visible(String($0.prefix(60))) + "\"" }
            throw PortraitError(.badData, line: best.record + 1, .noNameColumn, ["headers": closest.joined(separator: ", ")])
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
                throw PortraitError(.usage, .columnsUnknownField, ["field": TerminalSafe.visible(pieces[0]), "fields": Field.names])
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
