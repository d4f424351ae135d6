import PortraitText

/// Accumulates rows from one or more sources, then builds an immutable `PortraitStore`.
public struct PortraitStoreBuilder {
    private var names = TextColumn()
    /// Benefits repeat from row to row: each distinct cell is kept once.
    private var benefits = InterningTextColumnBuilder()
    private var rows = 0
    private var facetValues: [[FacetValue]] = Array(repeating: [], count: Facet.allCases.count)
    /// Per facet: every text a value is known by (as written, and `\u{1}` + the official French label for
    /// an official term), interned as bytes, and the code each stands for (`facetKeyCodes`, by interned id).
    /// Bytes, not `String` keys: a `String` key hashes and compares through Unicode normalisation, which
    /// cost a third of the load of 300,000 distinct values.
    private var facetKeys: [ByteInterner] = Array(repeating: ByteInterner(capacity: 64), count: Facet.allCases.count)
    private var facetKeyCodes: [[UInt32]] = Array(repeating: [], count: Facet.allCases.count)
    /// Cells as read (before tidying) already seen per facet → their code and whether they had stray spaces:
    /// a repeated cell is neither tidied nor looked up again, so most rows never make a `String`.
    private var rawKeys: [ByteInterner] = Array(repeating: ByteInterner(capacity: 64), count: Facet.allCases.count)
    private var rawInfo: [[FacetCell]] = Array(repeating: [], count: Facet.allCases.count)
    /// Per facet: the tidied text of each relabelled cell as read, by `FacetCell.rawID`.
    private var relabelledTexts: [[UInt32: String]] = Array(repeating: [:], count: Facet.allCases.count)
    private var tidyScratch: [UInt8] = []
    /// Per facet and code: bit 0 the value is official, bit 1 it is blank.
    private var facetFlags: [[UInt8]] = Array(repeating: [], count: Facet.allCases.count)
    /// Per facet and code: a hash of the value that does not depend on the order values were met in, so
    /// that rows read into two builders (a file parsed in two halves) can be compared for duplicates.
    private var facetValueHashes: [[UInt32]] = Array(repeating: [], count: Facet.allCases.count)
    /// Every row's facet codes, row after row (`Facet.index` within a row): the layout of `CodeMatrix`.
    private var rowCodes: [UInt32] = []
    private static let facetCount = Facet.allCases.count
    private var extraTitles: [String] = []
    /// Position of each extra title in `extraTitles` (files may have thousands of columns).
    private var extraSlots: [String: Int] = [:]
    private var extras: [TextColumn] = []
    private var lines: [Int32] = []
    private var currentEdition: UInt32 = 0
    private var currentExtraSlots: [Int] = []

    /// Most bytes of text a column may hold: `TextColumn.maximumBytes`, lowered by tests to reach it.
    var textByteLimit = TextColumn.maximumBytes

    /// The search rows must pass to be kept, when loading for a one-shot question.
    private var searchFilter: RowSearchFilter?

    public init() {}

    /// A builder that keeps only the rows holding every one of `words` (folded, as `Query.searchWords`
    /// gives them) in their name, benefits, body, portfolio or category; no words keeps every row.
    public init(keepingRowsMatching words: [String]) {
        searchFilter = RowSearchFilter(words: words)
    }

    /// The words rows are filtered by (empty when every row is kept).
    var searchWords: [String] { searchFilter?.words ?? [] }

    public var count: Int { rows }

    /// Starts a new source: its rows carry `edition` and its extra columns are titled `extraHeaders`.
    public mutating func beginSource(edition: String, extraHeaders: [String]) {
        currentEdition = code(for: .edition, raw: edition)
        currentExtraSlots = extraHeaders.map { slot(forExtraTitle: $0) }
    }

    /// The extra column titled `title`, added (blank for the rows so far) if new.
    private mutating func slot(forExtraTitle title: String) -> Int {
        if let slot = extraSlots[title] { return slot }
        extraSlots[title] = extraTitles.count
        extraTitles.append(title)
        var column = TextColumn()
        for _ in 0..<rows { column.append("") }
        extras.append(column)
        return extraTitles.count - 1
    }

    /// The code of a facet cell as read from the file (tidied here on first sight), whether it had stray
    /// spaces, and the text it was written as when it was relabelled onto an official term.
    public mutating func facetCode(_ facet: Facet, raw: UnsafeBufferPointer<UInt8>) -> FacetCell {
        let i = facet.index
        let (id, isNew) = rawKeys[i].intern(raw)
        if !isNew { return rawInfo[i][id] }
        tidyScratch.removeAll(keepingCapacity: true)
        let stray = CellBytes.tidy(raw, multiline: false, into: &tidyScratch)
        let written = String(decoding: tidyScratch, as: UTF8.self)
        let code = code(for: facet, raw: written)
        let term = facetValues[i][Int(code)].term
        let relabelled = term.map { written != $0.fr && written != $0.en } ?? false
        let flags = facetFlags[i][Int(code)]
        if relabelled { relabelledTexts[i][UInt32(id)] = written }
        let cell = FacetCell(code: code, hadStraySpaces: stray, isRelabelled: relabelled,
                             isKnown: flags & 1 != 0, isBlank: flags & 2 != 0, valueHash: facetValueHashes[i][Int(code)],
                             rawID: UInt32(id))
        rawInfo[i].append(cell)
        if tidyScratch.capacity > 1 << 20 { tidyScratch = [] }  // a huge cell's room is not kept for the small ones
        return cell
    }

    /// The text a relabelled cell (`FacetCell.isRelabelled`) was written as, tidied.
    public func relabelledText(_ facet: Facet, rawID: UInt32) -> String? { relabelledTexts[facet.index][rawID] }

    /// The value a facet code stands for.
    public func value(_ facet: Facet, code: UInt32) -> FacetValue { facetValues[facet.index][Int(code)] }

    /// Adds one row: tidied name and benefits, the code of each field facet (one per facet, indexed by
    /// `Facet.index`; the edition's entry is ignored), and the extra columns' values.
    /// Refuses the row, with a message, when it would take a text column past `TextColumn.maximumBytes`.
    public mutating func append(name: [UInt8], benefits benefit: [UInt8], codes: [UInt32], extraValues: [String], line: Int) throws {
        if searchFilter != nil, !searchFilter!.accepts(name: name, benefits: benefit, codes: codes, values: facetValues) { return }
        try checkRoom(names: name.count, benefits: benefit.count, line: line) { k in
            k < currentExtraSlots.count && k < extraValues.count ? (currentExtraSlots[k], extraValues[k].utf8.count) : nil
        }
        names.append(bytes: name)
        benefits.append(bytes: benefit)
        rows += 1
        precondition(codes.count == Self.facetCount, "one code per facet")
        let start = rowCodes.count
        rowCodes.append(contentsOf: codes)
        rowCodes[start + Facet.edition.index] = currentEdition
        if !extras.isEmpty {
            var filled = [Bool](repeating: false, count: extras.count)
            for (k, value) in extraValues.enumerated() where k < currentExtraSlots.count {
                extras[currentExtraSlots[k]].append(value)
                filled[currentExtraSlots[k]] = true
            }
            for slot in extras.indices where !filled[slot] { extras[slot].append("") }
        }
        lines.append(Int32(clamping: line))
    }

    /// The dictionary code of a facet value, added on first sight. Vocabulary facets resolve French,
    /// English and variant labels to one official term.
    private mutating func code(for facet: Facet, raw: String, term known: Term?? = nil) -> UInt32 {
        let i = facet.index
        // An unknown value is its own key: hashed and stored once (each hash of a huge cell counts).
        let (rawID, isNew) = internKey(i, raw)
        if !isNew { return facetKeyCodes[i][rawID] }
        facetKeyCodes[i].append(0)  // set below, once the code is known
        let term = known ?? facet.vocabulary?.term(for: raw)
        if let term {
            let (canonicalID, canonicalIsNew) = internKey(i, "\u{1}" + term.fr)
            if !canonicalIsNew {
                facetKeyCodes[i][rawID] = facetKeyCodes[i][canonicalID]
                return facetKeyCodes[i][canonicalID]
            }
            facetKeyCodes[i].append(0)
            let code = addValue(i, FacetValue(raw: raw, term: term), key: "\u{1}" + term.fr)
            facetKeyCodes[i][canonicalID] = code
            facetKeyCodes[i][rawID] = code
            return code
        }
        let code = addValue(i, FacetValue(raw: raw, term: nil), key: raw)
        facetKeyCodes[i][rawID] = code
        return code
    }

    /// The interned id of `key` among facet `i`'s keys, and whether it is new.
    private mutating func internKey(_ i: Int, _ key: String) -> (id: Int, isNew: Bool) {
        var key = key
        return key.withUTF8 { facetKeys[i].intern($0) }
    }

    /// Adds a value to facet `i` under its canonical `key`; returns its code.
    private mutating func addValue(_ i: Int, _ value: FacetValue, key: String) -> UInt32 {
        let code = UInt32(facetValues[i].count)
        facetValues[i].append(value)
        facetFlags[i].append((value.isKnown ? 1 : 0) | (value.isBlank ? 2 : 0))
        var key = key
        facetValueHashes[i].append(key.withUTF8 { ByteInterner.hash($0) })
        return code
    }

    /// Appends every row of `other` (built from the continuation of the same source), shifting its line
    /// numbers by `lineOffset`.
    /// Throws, before anything is added, when a text column would pass `TextColumn.maximumBytes`.
    public mutating func merge(_ other: PortraitStoreBuilder, lineOffset: Int) throws {
        let otherSlots = other.extraTitles.map { extraSlots[$0] ?? -1 }
        try checkRoom(names: other.names.bytes.count, benefits: other.benefits.byteCount, line: nil) { k in
            k < other.extras.count && otherSlots[k] >= 0 ? (otherSlots[k], other.extras[k].bytes.count) : nil
        }
        names.append(contentsOf: other.names)
        benefits.append(contentsOf: other.benefits)
        // The other builder already resolved each value's term: it is not looked up again.
        let maps = Facet.allCases.map { facet in
            other.facetValues[facet.index].map { code(for: facet, raw: $0.raw, term: .some($0.term)) }
        }
        rowCodes.reserveCapacity(rowCodes.count + other.rowCodes.count)
        let width = Self.facetCount
        other.rowCodes.withUnsafeBufferPointer { theirs in
            var k = 0
            while k < theirs.count {
                for f in 0..<width { rowCodes.append(maps[f][Int(theirs[k + f])]) }
                k += width
            }
        }
        let slots = other.extraTitles.map { slot(forExtraTitle: $0) }
        var source = [Int](repeating: -1, count: extras.count)
        for (k, slot) in slots.enumerated() { source[slot] = k }
        for slot in extras.indices {
            if case let k = source[slot], k >= 0 {
                for row in 0..<other.rows { extras[slot].append(other.extras[k][row]) }
            } else {
                for _ in 0..<other.rows { extras[slot].append("") }
            }
        }
        lines.reserveCapacity(lines.count + other.lines.count)
        for line in other.lines { lines.append(Int32(clamping: Int(line) + lineOffset)) }
        rows += other.rows
    }

    /// Throws when `names` more bytes of names, `benefits` of benefits, or the extra bytes `extra(k)` gives
    /// (the slot and the byte count of the k-th extra value, nil past the last) would pass 4 GiB in a column.
    private func checkRoom(names nameBytes: Int, benefits benefitBytes: Int, line: Int?,
                           extra: (Int) -> (slot: Int, bytes: Int)?) throws {
        var full: String?
        if !names.hasRoom(for: nameBytes, limit: textByteLimit) { full = Field.name.rawValue }
        if !benefits.hasRoom(for: benefitBytes, limit: textByteLimit) { full = Field.benefits.rawValue }
        var k = 0
        while full == nil, let (slot, count) = extra(k) {
            if !extras[slot].hasRoom(for: count, limit: textByteLimit) { full = extraTitles[slot] }
            k += 1
        }
        if let full {
            throw PortraitError(.badData, line: line, .textTooLarge, ["column": full, "size": String((textByteLimit + 1) >> 30)])
        }
    }

    /// Reserves room for about `rows` more rows of `textBytes` bytes of name and benefits each (the benefits'
    /// text, which repeats, is not reserved).
    public mutating func reserve(rows: Int, textBytes: Int) {
        names.reserve(rows: rows, bytes: rows * textBytes / 2)
        benefits.reserve(rows: rows)
        rowCodes.reserveCapacity(rowCodes.count + rows * Self.facetCount)
        lines.reserveCapacity(lines.count + rows)
    }

    public func build() -> PortraitStore {
        let facets = Facet.allCases.map { FacetColumn(values: facetValues[$0.index]) }
        return PortraitStore(names: names, benefits: benefits.build(), facets: facets, codes: CodeMatrix(rowMajor: rowCodes, facets: Self.facetCount), extraTitles: extraTitles,
                             extras: extras, lines: lines, searchedAtLoad: searchWords)
    }
}

/// What the builder learnt about one facet cell as read: its value's code, whether tidying removed spaces,
/// and whether the official vocabulary gave it another label (the value's `term`; the text as written is
/// `PortraitStoreBuilder.relabelledText`). It also carries what a reader asks of every cell (the value's
/// flags and hash), so that a reader in another module gets them from this one call, without copying the
/// builder per cell; it holds no reference, so returning it per cell costs no reference counting.
public struct FacetCell: Sendable {
    public let code: UInt32
    public let hadStraySpaces: Bool
    public let isRelabelled: Bool
    /// Whether the value is official (`FacetValue.isKnown`) and whether it is blank.
    public let isKnown: Bool
    public let isBlank: Bool
    /// The value's hash, which does not depend on the order values were met in (equal values, equal
    /// hashes, in any builder), so that rows read by two builders can be compared for duplicates.
    public let valueHash: UInt32
    /// The cell's bytes as read, numbered per facet in the order first met (the same bytes, the same id).
    public let rawID: UInt32
}
