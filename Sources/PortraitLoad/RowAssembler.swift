import PortraitText
import PortraitStore

/// Turns a file's records into store rows: finds the header among the first records, maps columns to
/// fields, tidies every cell and notes anomalies. Rows after the header go through a byte path that
/// makes no `String` for cells that are already tidy.
struct RowAssembler {
    private let overrides: [Field: String]
    private let edition: String
    private var pending: [(cells: [String], line: Int)] = []
    private(set) var mapping: ColumnMapping?
    /// The header's width once `mapping` is found (0 before): what each row reads instead of the mapping,
    /// which copying per row would retain (its buffers are shared with a follower's on the other core).
    private var headerWidth = 0
    private(set) var headerLine = 0
    private(set) var rowCount = 0
    private(set) var anomalies = AnomalyLog()
    private var extraColumns: [Int] = []
    private(set) var extraTitles: [String] = []
    /// Records, and cells, looked at for a header beyond the first `HeaderMapper.searchDepth`: a header after
    /// a preamble this long is still found; past it (or past that many cells) the file has none.
    static let lateHeaderRecords = 1000
    static let lateHeaderCells = 1 << 20
    private var recordsSearched = 0
    private var cellsSearched = 0
    /// Bytes of cell text this file's records may still bring, when its cells can repeat text (a workbook's
    /// shared strings, a page's rowspans): see `limitText(forFileOf:)`. Nil for CSV, whose cells are its bytes.
    private var textLeft: Int?
    private var textLimit = 0, fileBytes = 0
    /// The text a file's cells may add up to: `textFactor` times the file's size plus `textFloor`. A
    /// synthetic register as a workbook gives 6.3 times its size (the register's own edition, 3.5 times),
    /// an HTML page less than its size but for spans; one shared string or rowspan repeated 65,000 times
    /// around a 100 kB name gave 6.5 GB. Kept once per row by the store, such text would be that large in
    /// memory, so a file past this is refused (`portrait update`'s check of a download reads through here too).
    static let textFactor = 16
    static let textFloor = 64 << 20
    /// How many distinct unknown values are listed by value, per facet (`Facet.index`).
    private var unknownValuesListed = [Int](repeating: 0, count: Facet.allCases.count)
    /// Per facet: whether its unknown values are noted (`FacetDescriptor.unknownNote`).
    private static let notesUnknown = FacetDescriptor.all.map { $0.unknownNote != nil }
    /// The header's cells, trimmed, to recognise a repeated header.
    private var headerCells: [[UInt8]] = []
    /// Column per field position, -1 when the file lacks the field.
    private var fieldColumns: [Int] = []
    private var seenRows = Set<UInt64>()
    /// A follower (the second half of a file parsed in parallel) keeps its rows' hashes and lines for the
    /// leader to check for duplicates when the halves are merged.
    private var isFollower = false
    private var followerHashes: [(hash: UInt64, line: Int32)] = []
    /// Tidied name (0) and benefits (1) of the row being added; reused from row to row.
    private var texts: [[UInt8]] = [[], []]
    /// Facet codes of the row being added, indexed by `Facet.index`.
    private var codes = [UInt32](repeating: 0, count: Facet.allCases.count)
    /// One-cell lines after the last initiative, until the file shows whether they are its footer.
    private var footer = FooterBlock()
    /// Whether the last initiative added had several cells filled (a footer may follow only such a one).
    private var lastWasFull = false

    /// Each field with the facet it is a value of (`FacetDescriptor.facet(reading:)`), looked up once
    /// rather than per cell.
    private let fieldFacets: [(field: Field, facet: Facet?)] = Field.allCases.map { ($0, FacetDescriptor.facet(reading: $0)) }

    private let findsDuplicates: Bool
    /// Whether names, benefits and extra columns are tidied and stored (not for counting only).
    private let readsText: Bool

    init(overrides: [Field: String], edition: String, findsDuplicates: Bool = false, readsText: Bool = true) {
        self.overrides = overrides
        self.edition = edition
        self.findsDuplicates = findsDuplicates
        self.readsText = readsText || findsDuplicates
    }

    /// An assembler reading a file as `options` say.
    init(edition: String, options: LoadOptions) {
        self.init(overrides: options.columnOverrides, edition: edition, findsDuplicates: options.findsDuplicates,
                  readsText: options.keepsText || !options.keepingRowsMatching.isEmpty)
    }

    /// An assembler for the continuation of the file `leader` is reading: same mapping and edition, no
    /// header to find. Starts `builder`'s source like the leader's.
    init(following leader: RowAssembler, into builder: inout PortraitStoreBuilder) {
        overrides = leader.overrides
        edition = leader.edition
        findsDuplicates = leader.findsDuplicates
        readsText = leader.readsText
        mapping = leader.mapping
        headerWidth = leader.headerWidth
        headerLine = leader.headerLine
        extraColumns = leader.extraColumns
        fieldColumns = leader.fieldColumns
        headerCells = leader.headerCells
        isFollower = true
        builder.beginSource(edition: edition, extraHeaders: readsText ? leader.extraTitles : [])
    }

    /// Takes in the rows a follower read into `followerBuilder`, numbered from line 1 of its part:
    /// `lineOffset` makes them the file's lines. Duplicates across the two parts are found here, and the
    /// one-cell lines that ended the first part are settled: initiatives when the follower read any,
    /// else one footer block with the follower's own.
    mutating func merge(_ follower: RowAssembler, rows followerBuilder: PortraitStoreBuilder, lineOffset: Int,
                        into builder: inout PortraitStoreBuilder) throws {
        if follower.rowCount > 0 { try flushFooter(into: &builder) }
        try builder.merge(followerBuilder, lineOffset: lineOffset)
        if follower.rowCount > 0 { lastWasFull = follower.lastWasFull }
        footer.append(follower.footer, lineOffset: lineOffset)
        rowCount += follower.rowCount
        // The follower's duplicates take their place among its anomalies first, so that the kinds come in
        // the order a single reader would have met them.
        var theirs = follower.anomalies
        let duplicates = follower.followerHashes.filter { !seenRows.insert($0.hash).inserted }.map { Int($0.line) }
        theirs.note(.duplicateRow, lines: duplicates)
        anomalies.merge(theirs, lineOffset: lineOffset)
        if footer.isFull { try flushFooter(into: &builder) }
    }

    /// Bounds the text this file's records may bring (`textFactor` times `bytes`, plus `textFloor`), for a
    /// file whose cells can repeat text: past it, `consume` throws `textExpandsTooMuch`.
    mutating func limitText(forFileOf bytes: Int) {
        fileBytes = bytes
        textLimit = Self.textFactor * bytes + Self.textFloor
        textLeft = textLimit
    }

    /// Whether `error` is one of the bounds on a whole file (`tooManyColumns`, `textExpandsTooMuch`), which a
    /// reader trying several tables says as is.
    static func isFileBound(_ error: Error) -> Bool {
        guard let error = error as? PortraitError else { return false }
        return error.message == .tooManyColumns || error.message == .textExpandsTooMuch
    }

    /// Consumes one record given as strings (XLSX rows, HTML rows, tests).
    mutating func consume(_ cells: [String], line: Int, into builder: inout PortraitStoreBuilder) throws {
        if let left = textLeft {
            let text = cells.reduce(0) { $0 + $1.utf8.count }
            guard text <= left else {
                let megabytes = { (bytes: Int) in "\(((bytes * 10) >> 20) / 10).\(((bytes * 10) >> 20) % 10)" }
                throw PortraitError(.badData, line: line, .textExpandsTooMuch,
                                    ["limit": megabytes(textLimit), "size": megabytes(fileBytes), "factor": String(Self.textFactor),
                                     "floor": String(Self.textFloor >> 20)])
            }
            textLeft = left - text
        }
        var bytes: [UInt8] = []
        var bounds: [Range<Int>] = []
        for cell in cells {
            let start = bytes.count
            bytes.append(contentsOf: cell.utf8)
            bounds.append(start..<bytes.count)
        }
        try bytes.withUnsafeBufferPointer { buffer in
            let slices = bounds.map { UnsafeBufferPointer(rebasing: buffer[$0]) }
            try consume(slices: slices, line: line, into: &builder)
        }
    }

    /// Consumes one record given as byte slices (valid only during the call).
    mutating func consume(slices: [UnsafeBufferPointer<UInt8>], line: Int, into builder: inout PortraitStoreBuilder) throws {
        if headerWidth > 0 {
            try append(slices, line: line, into: &builder)
            return
        }
        if SkippedLine.reason(slices, header: []) == .blankRow {  // an empty row above the header
            anomalies.note(.skipped(.blankRow), line: line)
            return
        }
        guard slices.count <= HeaderMapper.maximumColumns else {
            throw PortraitError(.badData, line: line, .tooManyColumns,
                                ["count": String(slices.count), "limit": String(HeaderMapper.maximumColumns)])
        }
        let cells = slices.map { String(decoding: $0, as: UTF8.self) }
        // The first records are kept to say what is wrong if no header comes; a header further down (a long
        // preamble) is still found, and reported at its own line, within a bounded search.
        if pending.count < HeaderMapper.searchDepth { pending.append((cells, line)) }
        recordsSearched += 1
        cellsSearched += cells.count
        let columns = HeaderMapper.map(headers: cells, overrides: overrides)
        if HeaderMapper.isHeader(columns) && overrides.keys.allSatisfy({ columns[$0] != nil }) {
            start(mapping: ColumnMapping(columns: columns, headers: cells, headerRecord: recordsSearched - 1, overridden: Set(overrides.keys)),
                  line: line, into: &builder)
            pending.removeAll()
            return
        }
        anomalies.note(.skipped(.titleLine), line: line)
        if recordsSearched >= HeaderMapper.searchDepth
            && (recordsSearched >= Self.lateHeaderRecords || cellsSearched >= Self.lateHeaderCells) {
            try fail()
        }
    }

    mutating func finish(into builder: inout PortraitStoreBuilder) throws {
        if mapping == nil {
            if pending.isEmpty { throw PortraitError(.badData, .emptyFile) }
            try fail()
        }
        // One-cell lines that end the file right after a full initiative are its footer.
        if lastWasFull {
            for line in footer.lines { anomalies.note(.skipped(.footerLine), line: line.line) }
            footer.removeAll()
        } else {
            try flushFooter(into: &builder)
        }
    }

    /// Adds the one-cell lines kept in `footer` as initiatives with empty fields, flagged.
    private mutating func flushFooter(into builder: inout PortraitStoreBuilder) throws {
        let width = headerWidth
        guard !footer.isEmpty, width > 0 else { return }
        let block = footer
        footer.removeAll()
        try block.forEach(width: width) { cells, line in
            anomalies.note(.loneCell, line: line)
            try add(cells, line: line, into: &builder)
        }
        lastWasFull = false
    }

    private func fail() throws -> Never {
        do {
            _ = try HeaderMapper.findHeader(in: pending.map(\.cells), overrides: overrides)
        } catch var error as PortraitError {
            if let record = error.line, record >= 1, record <= pending.count { error.line = pending[record - 1].line }
            throw error
        }
        // findHeader found a header where the streaming check did not: cannot happen, but say something true.
        throw PortraitError(.badData, .noHeaderRow, ["depth": String(HeaderMapper.searchDepth)])
    }

    private mutating func start(mapping: ColumnMapping, line: Int, into builder: inout PortraitStoreBuilder) {
        var mapping = mapping
        let title = pending.lazy.filter { $0.line < line }.compactMap { $0.cells.lazy.map { CellText.tidy($0) }.first { !$0.isEmpty } }.first
        mapping.titleLine = title.map { String($0.prefix(ColumnMapping.titleLength)) }
        self.mapping = mapping
        headerWidth = mapping.headers.count
        headerLine = line
        headerCells = SkippedLine.headerCells(mapping.headers)
        extraColumns = mapping.extraColumns
        fieldColumns = Field.allCases.map { mapping.columns[$0] ?? -1 }
        // Duplicate titles get " (2)", " (3)", …: a set and a counter per title keep this linear.
        var titles: [String] = []
        var used = Set<String>()
        var nextSuffix: [String: Int] = [:]
        for column in extraColumns {
            let base = CellText.tidy(mapping.headers[column])
            var title = base
            while used.contains(title) {
                let n = nextSuffix[base, default: 2]
                nextSuffix[base] = n + 1
                title = "\(base) (\(n))"
            }
            used.insert(title)
            titles.append(title)
        }
        extraTitles = titles
        builder.beginSource(edition: edition, extraHeaders: readsText ? titles : [])
        for field in mapping.missingFields { anomalies.note(.missingColumn(field), line: line) }
    }

    /// The anomaly an unknown value of a facet with a `FacetDescriptor.unknownNote` (a category, a status)
    /// is noted as: the value (its first `AnomalyKind.valueShown` characters) for the first
    /// `AnomalyKind.valuesListed` distinct values of the facet, then one entry for all the others, so that
    /// a file of a million distinct values keeps a small log.
    private mutating func unknownValueKind(_ facet: Facet, _ raw: String) -> AnomalyKind {
        // Counted no further than needed: a value may be 60 MB.
        let head = raw.prefix(AnomalyKind.valueShown + 1)
        let shown = head.count > AnomalyKind.valueShown ? String(head.prefix(AnomalyKind.valueShown)) + "…" : raw
        let kind = AnomalyKind.unknownValue(facet, shown)
        if anomalies.contains(kind) { return kind }
        if let field = facet.field, unknownValuesListed[facet.index] >= AnomalyKind.valuesListed {
            return .otherUnknownValues(field)
        }
        unknownValuesListed[facet.index] += 1
        return kind
    }

    private mutating func append(_ cells: [UnsafeBufferPointer<UInt8>], line: Int, into builder: inout PortraitStoreBuilder) throws {
        if let reason = SkippedLine.reason(cells, header: headerCells) {
            anomalies.note(.skipped(reason), line: line)
            return
        }
        if let column = SkippedLine.loneCell(cells) {
            footer.add(cells, column: column, line: line)
            if footer.isFull { try flushFooter(into: &builder) }
            return
        }
        try flushFooter(into: &builder)
        try add(cells, line: line, into: &builder)
        lastWasFull = true
    }

    /// Adds one initiative.
    private mutating func add(_ cells: [UnsafeBufferPointer<UInt8>], line: Int, into builder: inout PortraitStoreBuilder) throws {
        let width = headerWidth
        guard width > 0 else { return }
        if cells.count < width {
            anomalies.note(.tooFewCells, line: line)
        } else if cells.count > width, cells[width...].contains(where: { !$0.isEmpty }) {
            anomalies.note(.tooManyCells, line: line)
        }
        texts[0].removeAll(keepingCapacity: true)
        texts[1].removeAll(keepingCapacity: true)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for (field, facet) in fieldFacets {
            let column = fieldColumns[field.position]
            let present = column >= 0 && column < cells.count
            let raw = present ? cells[column] : UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            if findsDuplicates && present && CellBytes.holdsControlCharacter(raw) { anomalies.note(.controlCharacters(field), line: line) }
            var blank: Bool
            if let facet {
                let cell = builder.facetCode(facet, raw: raw)
                let code = cell.code
                codes[facet.index] = code
                if cell.hadStraySpaces && present { anomalies.note(.straySpaces(field), line: line) }
                if cell.isRelabelled && present {
                    // One cell as read is one anomaly: noted by its id, the kind is made and looked up once.
                    anomalies.note(key: UInt64(facet.index) << 32 | UInt64(cell.rawID), line: line) {
                        guard let written = builder.relabelledText(facet, rawID: cell.rawID),
                              let term = builder.value(facet, code: code).term else { return nil }
                        return .relabelled(field, from: written, to: term)
                    }
                }
                blank = cell.isBlank
                if !cell.isKnown && !blank && Self.notesUnknown[facet.index] {
                    let raw = builder.value(facet, code: code).raw
                    anomalies.note(unknownValueKind(facet, raw), line: line)
                }
                if findsDuplicates {
                    // The value's hash, not its code: codes depend on the builder (each half of a file has its own).
                    hash = (hash ^ UInt64(cell.valueHash)) &* 0x100_0000_01B3 &+ UInt64(field.position)
                }
            } else if !readsText {
                continue
            } else {
                let t = field == .name ? 0 : 1
                if present && CellBytes.tidy(raw, multiline: true, into: &texts[t]) {
                    anomalies.note(.straySpaces(field), line: line)
                }
                blank = texts[t].isEmpty
                if findsDuplicates {
                    let fieldHash = texts[t].withUnsafeBufferPointer { ByteInterner.hash($0) }
                    hash = (hash ^ UInt64(fieldHash)) &* 0x100_0000_01B3 &+ UInt64(field.position)
                }
            }
            if blank && present { anomalies.note(.blankField(field), line: line) }
        }
        let extras = !readsText ? [] : extraColumns.map { $0 < cells.count ? CellText.tidy(String(decoding: cells[$0], as: UTF8.self), multiline: true) : "" }
        try builder.append(name: texts[0], benefits: texts[1], codes: codes, extraValues: extras, line: line)
        if !findsDuplicates {
            // not asked for
        } else if isFollower {
            followerHashes.append((hash, Int32(clamping: line)))
        } else if !seenRows.insert(hash).inserted {
            anomalies.note(.duplicateRow, line: line)
        }
        rowCount += 1
    }
}
