/// One row's six fields as tidied UTF-8 bytes; buffers are reused from row to row.
struct RowFields {
    var buffers: [[UInt8]] = Array(repeating: [], count: Field.allCases.count)

    subscript(field: Field) -> [UInt8] {
        get { buffers[field.position] }
        set { buffers[field.position] = newValue }
    }

    mutating func clear() {
        for i in buffers.indices { buffers[i].removeAll(keepingCapacity: true) }
    }
}

extension Field {
    /// Position of the field in `Field.allCases`.
    var position: Int {
        switch self {
        case .name: return 0
        case .category: return 1
        case .organisation: return 2
        case .portfolio: return 3
        case .benefits: return 4
        case .status: return 5
        }
    }
}

/// Accumulates rows from one or more sources, then builds an immutable `PortraitStore`.
public struct PortraitStoreBuilder {
    private var names = TextColumn()
    private var benefits = TextColumn()
    private var rows = 0
    private var facetValues: [[FacetValue]] = Array(repeating: [], count: Facet.allCases.count)
    private var facetKeys: [[String: UInt32]] = Array(repeating: [:], count: Facet.allCases.count)
    /// Raw bytes already seen per facet → their code, so most rows never make a `String`.
    private var facetBytes: [ByteInterner] = Array(repeating: ByteInterner(capacity: 64), count: Facet.allCases.count)
    private var facetBytesCode: [[UInt32]] = Array(repeating: [], count: Facet.allCases.count)
    private var facetCodes: [[UInt32]] = Array(repeating: [], count: Facet.allCases.count)
    private var extraTitles: [String] = []
    private var extras: [TextColumn] = []
    private var lines: [Int32] = []
    private var currentEdition: UInt32 = 0
    private var currentExtraSlots: [Int] = []
    private var row = RowFields()

    public init() {}

    public var count: Int { rows }

    /// Starts a new source: its rows carry `edition` and its extra columns are titled `extraHeaders`.
    public mutating func beginSource(edition: String, extraHeaders: [String]) {
        currentEdition = code(for: .edition, raw: edition)
        currentExtraSlots = extraHeaders.map { title in
            if let slot = extraTitles.firstIndex(of: title) { return slot }
            extraTitles.append(title)
            var column = TextColumn()
            for _ in 0..<rows { column.append("") }
            extras.append(column)
            return extraTitles.count - 1
        }
    }

    /// Adds one row; texts must already be tidied. `extraValues` align with the current source's extra headers.
    public mutating func append(_ fields: [Field: String], extraValues: [String], line: Int) {
        row.clear()
        for field in Field.allCases { row[field].append(contentsOf: (fields[field] ?? "").utf8) }
        _ = append(row: row, extraValues: extraValues, line: line)
    }

    /// Adds one row of tidied bytes; returns whether its category and status are official values.
    mutating func append(row: RowFields, extraValues: [String], line: Int) -> (categoryKnown: Bool, statusKnown: Bool) {
        names.append(bytes: row.buffers[Field.name.position])
        benefits.append(bytes: row.buffers[Field.benefits.position])
        rows += 1
        var known = (categoryKnown: true, statusKnown: true)
        for facet in Facet.allCases {
            guard let field = facet.field else {
                facetCodes[facet.index].append(currentEdition)
                continue
            }
            let valueCode = row.buffers[field.position].withUnsafeBufferPointer { self.code(for: facet, bytes: $0) }
            facetCodes[facet.index].append(valueCode)
            if facet == .category { known.categoryKnown = facetValues[facet.index][Int(valueCode)].isKnown }
            if facet == .status { known.statusKnown = facetValues[facet.index][Int(valueCode)].isKnown }
        }
        if !extras.isEmpty {
            var filled = [Bool](repeating: false, count: extras.count)
            for (k, value) in extraValues.enumerated() where k < currentExtraSlots.count {
                extras[currentExtraSlots[k]].append(value)
                filled[currentExtraSlots[k]] = true
            }
            for slot in extras.indices where !filled[slot] { extras[slot].append("") }
        }
        lines.append(Int32(clamping: line))
        return known
    }

    private mutating func code(for facet: Facet, bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let i = facet.index
        let (id, isNew) = facetBytes[i].intern(bytes)
        if !isNew { return facetBytesCode[i][id] }
        let code = code(for: facet, raw: String(decoding: bytes, as: UTF8.self))
        facetBytesCode[i].append(code)
        return code
    }

    /// The dictionary code of a facet value, added on first sight. Vocabulary facets resolve French,
    /// English and variant labels to one official term.
    private mutating func code(for facet: Facet, raw: String) -> UInt32 {
        let i = facet.index
        if let code = facetKeys[i][raw] { return code }
        let term = facet.vocabulary?.term(for: raw)
        let canonical = term.map { "\u{1}" + $0.fr } ?? raw
        if let code = facetKeys[i][canonical] {
            facetKeys[i][raw] = code
            return code
        }
        let code = UInt32(facetValues[i].count)
        facetValues[i].append(FacetValue(raw: raw, term: term))
        facetKeys[i][canonical] = code
        facetKeys[i][raw] = code
        return code
    }

    /// Appends every row of `other` (built from the continuation of the same source), shifting its line
    /// numbers by `lineOffset`.
    mutating func merge(_ other: PortraitStoreBuilder, lineOffset: Int) {
        names.append(contentsOf: other.names)
        benefits.append(contentsOf: other.benefits)
        for facet in Facet.allCases {
            let i = facet.index
            let map = other.facetValues[i].map { code(for: facet, raw: $0.raw) }
            facetCodes[i].reserveCapacity(facetCodes[i].count + other.facetCodes[i].count)
            for code in other.facetCodes[i] { facetCodes[i].append(map[Int(code)]) }
        }
        let slots = other.extraTitles.map { title -> Int in
            if let slot = extraTitles.firstIndex(of: title) { return slot }
            extraTitles.append(title)
            var column = TextColumn()
            for _ in 0..<rows { column.append("") }
            extras.append(column)
            return extraTitles.count - 1
        }
        for slot in extras.indices {
            if let k = slots.firstIndex(of: slot) {
                for row in 0..<other.rows { extras[slot].append(other.extras[k][row]) }
            } else {
                for _ in 0..<other.rows { extras[slot].append("") }
            }
        }
        lines.reserveCapacity(lines.count + other.lines.count)
        for line in other.lines { lines.append(Int32(clamping: Int(line) + lineOffset)) }
        rows += other.rows
    }

    /// Reserves room for about `rows` more rows of `textBytes` bytes of name and benefits each.
    mutating func reserve(rows: Int, textBytes: Int) {
        names.reserve(rows: rows, bytes: rows * textBytes / 2)
        benefits.reserve(rows: rows, bytes: rows * textBytes / 2)
        for i in facetCodes.indices { facetCodes[i].reserveCapacity(facetCodes[i].count + rows) }
        lines.reserveCapacity(lines.count + rows)
    }

    public func build() -> PortraitStore {
        let facets = Facet.allCases.map { FacetColumn(values: facetValues[$0.index]) }
        return PortraitStore(names: names, benefits: benefits, facets: facets, codes: CodeMatrix(columns: facetCodes), extraTitles: extraTitles,
                             extras: extras, lines: lines)
    }
}
