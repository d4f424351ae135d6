import PortraitText
import PortraitStore

/// The report's table of initiatives, written straight into the page's bytes between the two halves of
/// the template (`HTMLReportTemplate.head` and `.tail`): one `<tr>` per row, the name as the row's
/// header. A cell with nothing to clean or escape (nearly all) is copied as it is; the others go through
/// `HTMLSafeText.clean`, then the template engine's escaping (`& < > " '`), so the page is the one the
/// template would give, at the cost of a CSV export rather than of a dictionary per row.
enum HTMLReportRows {
    /// The rows `rows` of `store` in `columns` (labels in `language`), appended to `out`.
    static func write(store: PortraitStore, rows: [Int], columns: ExportColumns, language: Language, into out: inout [UInt8]) {
        enum Source {
            case text(TextColumn)
            case facet([[UInt8]], Facet)
            case other(Int)
        }
        // Facet labels cleaned and escaped once per value; names and benefits read from the store's bytes.
        let sources: [Source] = columns.kinds.enumerated().map { index, kind in
            switch kind {
            case .field(.name): return .text(store.names)
            case .field(.benefits): return .text(store.benefits)
            case .field(let field):
                guard let facet = Facet.allCases.first(where: { $0.field == field }) else { return .other(index) }
                return .facet(store.values(facet).map { escaped($0.text(language)) }, facet)
            case .edition: return .facet(store.values(.edition).map { escaped($0.raw) }, .edition)
            case .change, .extra: return .other(index)
            }
        }
        for row in rows {
            for (k, source) in sources.enumerated() {
                out += k == 0 ? rowStart : cellStart
                switch source {
                case .facet(let cells, let facet):
                    out += cells[store.code(facet, row: row)]
                case .text(let text):
                    let range = text.range(row)
                    text.bytes.withUnsafeBufferPointer { all in
                        let cell = UnsafeBufferPointer(rebasing: all[range])
                        if needsCleaning(cell) {
                            out += escaped(String(decoding: cell, as: UTF8.self))
                        } else {
                            out += cell
                        }
                    }
                case .other(let index):
                    out += escaped(columns.text(index, row: row, store: store, language: language))
                }
                out += k == 0 ? headerEnd : cellEnd
            }
            out += rowEnd
        }
    }

    /// The rows of a table alone (`HTMLReport.bytes(table:options:)`), appended to `out`.
    static func write(_ table: ExportTable, into out: inout [UInt8]) {
        for cells in table.rows {
            for (k, cell) in cells.enumerated() {
                out += k == 0 ? rowStart : cellStart
                out += escaped(cell)
                out += k == 0 ? headerEnd : cellEnd
            }
            out += rowEnd
        }
    }

    private static let rowStart = Array(#"<tr><th scope="row">"#.utf8), headerEnd = Array("</th>".utf8)
    private static let cellStart = Array("<td>".utf8), cellEnd = Array("</td>".utf8), rowEnd = Array("</tr>\n".utf8)

    /// Whether a cell may need more than copying: a character the template escapes, a control character,
    /// or the first byte of a scalar that `HTMLSafeText.clean` may replace (C1 controls after 0xC2,
    /// formatting and bidirectional controls after 0xE2, noncharacters after 0xEF, and every scalar
    /// beyond the Basic Multilingual Plane) — those cells take the slow path, which decides.
    static func needsCleaning(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in cell {
            switch byte {
            case 0x00..<0x20, 0x7F, 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xC2, 0xE2, 0xEF, 0xF0...: return true
            default: continue
            }
        }
        return false
    }

    /// `text` cleaned for HTML (`HTMLSafeText`) and escaped as the template escapes a `{{value}}`.
    static func escaped(_ text: String) -> [UInt8] {
        let clean = HTMLSafeText.clean(text)
        var out: [UInt8] = []
        out.reserveCapacity(clean.utf8.count + 16)
        for byte in clean.utf8 {
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return out
    }
}
