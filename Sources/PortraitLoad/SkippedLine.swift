/// Why a record after the header is not an initiative, and the rule that says so. Such lines are skipped:
/// never counted, never stored, and listed by `validate` with their numbers. Lines are skipped only in
/// these places; any other line is an initiative,
/// a short one with empty fields (`AnomalyKind.loneCell`).
public enum SkippedLine: Sendable, Hashable {
    /// A line of the title block above the header (a title, a date, a note before the table).
    case titleLine
    /// Every cell is empty (or only white space): a spreadsheet's empty row.
    case blankRow
    /// A line of one filled cell in the block after the last initiative (a footer such as `Source : …`);
    /// see `FooterBlock`.
    case footerLine
    /// The header again (two exports pasted together).
    case repeatedHeader

    /// The reason `cells` are skipped wherever they are (blank, a repeated header), or nil. `header` holds
    /// the header record's cells, trimmed. A line of one filled cell is not skipped here: `filledCell`
    /// finds it, and only its place (after the last initiative) makes it a footer.
    static func reason(_ cells: [UnsafeBufferPointer<UInt8>], header: [[UInt8]]) -> SkippedLine? {
        var filled = 0
        for cell in cells where !isBlank(cell) {
            filled += 1
            if filled > 1 { break }
        }
        if filled == 0 { return .blankRow }
        if filled > 1 && isHeader(cells, header) { return .repeatedHeader }
        return nil
    }

    /// The column of the only filled cell of `cells`, or nil when none or several are filled.
    static func loneCell(_ cells: [UnsafeBufferPointer<UInt8>]) -> Int? {
        var found: Int?
        for (column, cell) in cells.enumerated() where !isBlank(cell) {
            if found != nil { return nil }
            found = column
        }
        return found
    }

    /// The cells of a header record as `reason` compares them: trimmed of white space and of a byte-order mark.
    static func headerCells(_ cells: [String]) -> [[UInt8]] {
        cells.map { cell in
            Array(cell.utf8).withUnsafeBufferPointer { Array(trimmed($0)) }
        }
    }

    private static func isHeader(_ cells: [UnsafeBufferPointer<UInt8>], _ header: [[UInt8]]) -> Bool {
        var k = 0
        for cell in cells {
            let text = trimmed(cell)
            if k < header.count {
                if text.count != header[k].count || !text.elementsEqual(header[k]) { return false }
            } else if !text.isEmpty {
                return false
            }
            k += 1
        }
        return k >= header.count || header[k...].allSatisfy(\.isEmpty)
    }

    /// `cell` without leading and trailing white space and a leading byte-order mark.
    private static func trimmed(_ cell: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = 0
        var end = cell.count
        if end >= 3 && cell[0] == 0xEF && cell[1] == 0xBB && cell[2] == 0xBF { start = 3 }
        while start < end && isWhite(cell[start]) { start += 1 }
        while end > start && isWhite(cell[end - 1]) { end -= 1 }
        return cell[start..<end]
    }

    /// Whether `cell` holds nothing but white space (ASCII white space and no-break spaces).
    private static func isBlank(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = cell.count
        while i < n {
            let b = cell[i]
            if isWhite(b) {
                i += 1
            } else if b == 0xC2 && i + 1 < n && cell[i + 1] == 0xA0 {
                i += 2
            } else {
                return false
            }
        }
        return true
    }

    @inline(__always)
    private static func isWhite(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
}
