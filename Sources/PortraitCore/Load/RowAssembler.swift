/// Turns a file's records into store rows: finds the header among the first records, maps columns to
/// fields, tidies every cell and notes anomalies.
struct RowAssembler {
    private let overrides: [Field: String]
    private let edition: String
    private var pending: [(cells: [String], line: Int)] = []
    private(set) var mapping: ColumnMapping?
    private(set) var headerLine = 0
    private(set) var rowCount = 0
    private(set) var anomalies = AnomalyLog()
    private var extraColumns: [Int] = []
    private var seenRows: [Int: Int] = [:]

    init(overrides: [Field: String], edition: String) {
        self.overrides = overrides
        self.edition = edition
    }

    mutating func consume(_ cells: [String], line: Int, into builder: inout PortraitStoreBuilder) throws {
        if mapping != nil {
            append(cells, line: line, into: &builder)
            return
        }
        pending.append((cells, line))
        let columns = HeaderMapper.map(headers: cells, overrides: overrides)
        if columns.count >= HeaderMapper.minimumFields && overrides.keys.allSatisfy({ columns[$0] != nil }) {
            start(mapping: ColumnMapping(columns: columns, headers: cells, headerRecord: pending.count - 1), line: line, into: &builder)
            pending.removeAll()
        } else if pending.count >= HeaderMapper.searchDepth {
            try fail()
        }
    }

    mutating func finish(into builder: inout PortraitStoreBuilder) throws {
        if mapping == nil {
            if pending.isEmpty { throw PortraitError(.badData, "the file is empty (no header, no rows)") }
            try fail()
        }
    }

    private func fail() throws -> Never {
        _ = try HeaderMapper.findHeader(in: pending.map(\.cells), overrides: overrides)
        // findHeader found a header where the streaming check did not: cannot happen, but say something true.
        throw PortraitError(.badData, "no header row found in the first \(HeaderMapper.searchDepth) records")
    }

    private mutating func start(mapping: ColumnMapping, line: Int, into builder: inout PortraitStoreBuilder) {
        self.mapping = mapping
        headerLine = line
        extraColumns = mapping.extraColumns
        var titles: [String] = []
        for column in extraColumns {
            let base = CellText.tidy(mapping.headers[column])
            var title = base
            var n = 2
            while titles.contains(title) {
                title = "\(base) (\(n))"
                n += 1
            }
            titles.append(title)
        }
        builder.beginSource(edition: edition, extraHeaders: titles)
        for field in mapping.missingFields { anomalies.note(.missingColumn(field), line: line) }
    }

    private mutating func append(_ cells: [String], line: Int, into builder: inout PortraitStoreBuilder) {
        guard let mapping else { return }
        let width = mapping.headers.count
        if cells.count < width {
            anomalies.note(.tooFewCells, line: line)
        } else if cells.count > width, cells[width...].contains(where: { !$0.isEmpty }) {
            anomalies.note(.tooManyCells, line: line)
        }
        var fields: [Field: String] = [:]
        for field in Field.allCases {
            guard let column = mapping.columns[field] else { continue }
            let raw = column < cells.count ? cells[column] : ""
            let value = CellText.tidy(raw, multiline: field == .benefits || field == .name)
            if value != raw && CellText.hasStraySpaces(raw) { anomalies.note(.straySpaces(field), line: line) }
            if value.isEmpty && column < cells.count { anomalies.note(.blankField(field), line: line) }
            fields[field] = value
        }
        if let category = fields[.category], !category.isEmpty, VocabularyIndex.categories.term(for: category) == nil {
            anomalies.note(.unknownCategory(category), line: line)
        }
        if let status = fields[.status], !status.isEmpty, VocabularyIndex.statuses.term(for: status) == nil {
            anomalies.note(.unknownStatus(status), line: line)
        }
        var hasher = Hasher()
        for field in Field.allCases { hasher.combine(fields[field] ?? "") }
        let key = hasher.finalize()
        if seenRows[key] != nil { anomalies.note(.duplicateRow, line: line) } else { seenRows[key] = line }
        let extras = extraColumns.map { $0 < cells.count ? CellText.tidy(cells[$0], multiline: true) : "" }
        builder.append(fields, extraValues: extras, line: line)
        rowCount += 1
    }
}
