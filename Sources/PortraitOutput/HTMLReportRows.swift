import PortraitText
import PortraitStore

/// The report's table of initiatives, written straight into the page's bytes between the two halves of
/// the template (`HTMLReportTemplate.head` and `.tail`): one `<tr>` per row, the name as the row's
/// header. A cell with nothing to clean (nearly all) is escaped as the template engine escapes (`& < > "
/// '`) straight from the store's bytes; the others go through `HTMLSafeText.clean` first, so the page is
/// the one the template would give, at the cost of a CSV export rather than of a dictionary per row.
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
                guard let facet = FacetDescriptor.facet(reading: field) else { return .other(index) }
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
                        if HTMLSafeText.mayChange(cell) {
                            out += escaped(String(decoding: cell, as: UTF8.self))
                        } else {
                            appendEscaped(cell, to: &out)
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

    /// `cell` escaped as the template escapes a `{{value}}` (`& < > " '`), appended to `out` run by run.
    static func appendEscaped(_ cell: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0
        for index in 0..<cell.count {
            let entity: [UInt8]
            switch cell[index] {
            case 0x26: entity = amp
            case 0x3C: entity = lt
            case 0x3E: entity = gt
            case 0x22: entity = quot
            case 0x27: entity = apos
            default: continue
            }
            out += UnsafeBufferPointer(rebasing: cell[start..<index])
            out += entity
            start = index + 1
        }
        out += UnsafeBufferPointer(rebasing: cell[start..<cell.count])
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)

    /// `text` cleaned for HTML (`HTMLSafeText`) and escaped as the template escapes a `{{value}}`.
    static func escaped(_ text: String) -> [UInt8] {
        var clean = HTMLSafeText.clean(text)
        var out: [UInt8] = []
        out.reserveCapacity(clean.utf8.count + 16)
        clean.withUTF8 { appendEscaped($0, to: &out) }
        return out
    }
}
