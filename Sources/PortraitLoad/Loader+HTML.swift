import PortraitText
import PortraitStore

/// Loading an HTML page: the first table whose header maps to the portrait's fields, through the same
/// row assembly as CSV and XLSX.
extension Loader {
    static func loadHTML(path: UserPath, edition: String, options: LoadOptions,
                         into builder: inout PortraitStoreBuilder) throws -> SourceReport {
        try loadHTML(bytes: FileInput.read(path), name: path.display, edition: edition, options: options, into: &builder)
    }

    /// Reads the page `bytes`: each table's rows go to an assembler of their own until one finds the
    /// portrait's header; that table is the portrait, and the others are passed over.
    static func loadHTML(bytes: [UInt8], name: String, edition: String, options: LoadOptions,
                         into builder: inout PortraitStoreBuilder) throws -> SourceReport {
        let (utf8, encoding) = try HTMLSniffer.decode(bytes, as: options.encoding)
        guard HTMLSniffer.mentionsTable(utf8) else { throw PortraitError(.badData, .noPortraitTable, ["count": "0"]) }
        var candidates: [Int: RowAssembler] = [:]
        var rowsSeen: [Int: Int] = [:]
        var rejected = Set<Int>()
        var chosen: (table: Int, headerRow: Int)?
        var footerRows = 0
        var working = builder
        // Spans may add up to 8 cells per byte of the page (and a million in any page).
        let scanner = HTMLTableScanner(spanBudget: max(1 << 20, utf8.count * 8)) { place, cells in
            if let chosen, chosen.table != place.table { return }
            if place.inFooter {
                if chosen?.table == place.table { footerRows += 1 }
                return
            }
            if rejected.contains(place.table) || cells.allSatisfy({ $0.isEmpty }) { return }
            rowsSeen[place.table, default: 0] += 1
            var assembler = candidates.removeValue(forKey: place.table) ?? {
                var fresh = RowAssembler(edition: edition, options: options)
                fresh.limitText(forFileOf: bytes.count)
                return fresh
            }()
            do {
                try assembler.consume(cells, line: place.line, into: &working)
            } catch {
                // A bound of the file (too wide a line, too much text) is said as is, not as "no table".
                if assembler.mapping != nil || RowAssembler.isFileBound(error) { throw error }
                rejected.insert(place.table)
                return
            }
            if chosen == nil, assembler.mapping != nil {
                chosen = (place.table, rowsSeen[place.table] ?? 1)
                // The other candidates are dropped: only this table is read from now on.
                candidates.removeAll()
            }
            candidates[place.table] = assembler
        }
        try scanner.scan(utf8)
        guard let chosen, var assembler = candidates[chosen.table] else {
            throw PortraitError(.badData, .noPortraitTable, ["count": String(scanner.tablesSeen)])
        }
        try assembler.finish(into: &working)
        builder = working
        let table = HTMLTableChoice(position: chosen.table, tablesSeen: scanner.tablesSeen, caption: scanner.captions[chosen.table],
                                    headerRow: chosen.headerRow,
                                    skippedTables: (1...max(1, scanner.tablesSeen)).filter { $0 != chosen.table },
                                    footerRows: footerRows)
        var report = SourceReport(file: name, format: .html, encoding: encoding, dialect: nil,
                                  headerLine: assembler.headerLine, mapping: assembler.mapping!, edition: edition,
                                  rowCount: assembler.rowCount, anomalies: assembler.anomalies)
        report.htmlTable = table
        return report
    }
}
