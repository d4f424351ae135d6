/// Rows of cell texts being assembled, padded so that positions stay true: row i is spreadsheet
/// row i + 1 (missing rows are []), and gaps between cells are "" cells. Empty cells are only
/// written when a later cell of the row needs them, so trailing empty cells are dropped.
/// Every cell written, gaps included, counts against a budget.
struct XLSXSheetGrid {
    /// The rows so far.
    private(set) var rows: [[String]] = []
    /// The row being filled.
    private var current: [String] = []
    private var cellsWritten = 0
    private let maxCells: Int

    /// A grid that refuses to hold more than `maxCells` cells.
    init(maxCells: Int) {
        self.maxCells = maxCells
    }

    /// Puts `text` at zero-based `column` of the current row (a later cell at the same column wins).
    mutating func set(_ text: String, column: Int) throws {
        if column < current.count {
            current[column] = text
            return
        }
        guard !text.isEmpty else { return }
        let added = column - current.count + 1
        guard added <= maxCells - cellsWritten else { throw tooLarge }
        cellsWritten += added
        while current.count < column { current.append("") }
        current.append(text)
    }

    /// Ends the current row and stores it as zero-based row `index` (rows out of order merge into
    /// the row already there).
    mutating func endRow(at index: Int) {
        defer { current = [] }
        while current.last?.isEmpty == true { current.removeLast() }
        if index >= rows.count {
            while rows.count < index { rows.append([]) }
            rows.append(current)
            return
        }
        if rows[index].isEmpty {
            rows[index] = current
            return
        }
        for (column, text) in current.enumerated() where !text.isEmpty {
            while rows[index].count <= column { rows[index].append("") }
            rows[index][column] = text
        }
    }

    /// The finished rows, without trailing empty rows.
    func finished() -> [[String]] {
        var result = rows
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    var tooLarge: PortraitError {
        PortraitError(.badData, .worksheetTooLarge, ["max": String(maxCells)])
    }
}
