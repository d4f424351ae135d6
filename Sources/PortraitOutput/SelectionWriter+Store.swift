import PortraitText
import PortraitStore
import PortraitCompare

extension SelectionWriter {
    /// The rows `rows` of `store` in `format`: byte for byte what `bytes(ExportTable(…))` gives, but written
    /// straight from the store's columns. Cells that need no escaping (nearly all) are copied as they are;
    /// the others, and every facet label (once per value), go through the same escaping as the table path.
    public static func bytes(store: PortraitStore, rows: [Int], format: ExportFormat,
                             options: ExportOptions = ExportOptions()) -> [UInt8] {
        if format == .html { return HTMLReport.bytes(store: store, rows: rows, options: options) }
        let columns = ExportColumns(store: store, language: options.language, edition: options.edition, changes: options.changes)
        let header = ExportTable(store: store, rows: [], columns: columns, language: options.language)
        if format == .md || rows.isEmpty {
            return bytes(ExportTable(store: store, rows: rows, columns: columns, language: options.language), format: format, options: options)
        }
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 320 + 1024)
        // Header.
        switch format {
        case .csv, .tsv:
            out += bytes(header, format: format, options: options)
        case .json:
            out += Array("[".utf8)
        case .md, .html:
            break
        }
        // One encoder per column.
        let encode: (String) -> String = { text in
            switch format {
            case .csv: return csvField(options.formulaGuard ? guardFormula(text) : text)
            case .tsv: return tsvField(options.formulaGuard ? guardFormula(text) : text)
            default: return jsonString(text)
            }
        }
        enum Column {
            case text(TextColumn)
            case facet([[UInt8]], Facet)
            case extra(Int)
            case change(EditionChanges)
        }
        // The columns `ExportColumns` decides; facet labels encoded once per value.
        let writers: [Column] = columns.kinds.map { kind in
            switch kind {
            case .field(.name): return .text(store.names)
            case .field(.benefits): return .text(store.benefits)
            case .field(let field):
                let facet = FacetDescriptor.facet(reading: field) ?? .category
                return .facet(store.values(facet).map { Array(encode($0.text(options.language)).utf8) }, facet)
            case .edition: return .facet(store.values(.edition).map { Array(encode($0.raw).utf8) }, .edition)
            case .change(let changes): return .change(changes)
            case .extra(let index): return .extra(index)
            }
        }
        let keys = header.keys.map { Array((jsonString($0) + ": ").utf8) }
        let separator: UInt8 = format == .tsv ? 0x09 : 0x2C
        let lineEnd: [UInt8] = format == .csv ? [0x0D, 0x0A] : [0x0A]

        for (n, row) in rows.enumerated() {
            if format == .json { out += Array((n == 0 ? "\n  {" : ",\n  {").utf8) }
            for (k, column) in writers.enumerated() {
                if k > 0 { if format == .json { out += [0x2C, 0x20] } else { out.append(separator) } }
                if format == .json { out += keys[k] }
                switch column {
                case .facet(let cells, let facet):
                    out += cells[store.code(facet, row: row)]
                case .text(let text):
                    let range = text.range(row)
                    text.bytes.withUnsafeBufferPointer { all in
                        let cell = UnsafeBufferPointer(rebasing: all[range])
                        if needsEscaping(cell, format: format, guardFormulas: options.formulaGuard) {
                            out += Array(encode(String(decoding: cell, as: UTF8.self)).utf8)
                        } else if format == .json {
                            out.append(0x22)
                            out += cell
                            out.append(0x22)
                        } else {
                            out += cell
                        }
                    }
                case .extra(let index):
                    out += Array(encode(store.extra(index, row: row)).utf8)
                case .change(let changes):
                    out += Array(encode(changes.label(row: row, language: options.language)).utf8)
                }
            }
            if format == .json { out.append(0x7D) } else { out += lineEnd }
        }
        if format == .json { out += Array("\n]\n".utf8) }
        return out
    }

    /// Whether a text cell needs more than copying: quoting or escaping for `format`, or the formula guard.
    private static func needsEscaping(_ cell: UnsafeBufferPointer<UInt8>, format: ExportFormat, guardFormulas: Bool) -> Bool {
        if guardFormulas && format != .json, let first = cell.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) {
            return true
        }
        for byte in cell {
            switch format {
            case .csv: if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return true }
            case .tsv: if byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D { return true }
            default: if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 { return true }
            }
        }
        return false
    }
}
