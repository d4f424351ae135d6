import PortraitText
import PortraitStore

/// Rows of cell texts being assembled, padded so that positions stay true: row i is spreadsheet
/// row i + 1 (missing rows are []), and gaps between cells are "" cells. Empty cells are only
/// written when a later cell of the row needs them, so trailing empty cells are dropped.
/// Every cell written, gaps included, counts against a budget, and gaps against a second one that grows
/// with the cells that have a value (`XLSXLimits.maxGapCells`).
struct XLSXSheetGrid {
    /// The rows so far.
    private(set) var rows: [[String]] = []
    /// The row being filled.
    private var current: [String] = []
    private var cellsWritten = 0
    private var gapsWritten = 0
    private var valuesWritten = 0
    private let maxCells: Int
    private let limits: XLSXLimits

    /// A grid that refuses to hold more than `limits.maxCells` cells, or more gap cells than its limits allow.
    init(limits: XLSXLimits) {
        self.maxCells = limits.maxCells
        self.limits = limits
    }

    /// Puts `text` at zero-based `column` of the current row (a later cell at the same column wins).
    mutating func set(_ text: String, column: Int) throws {
        if column < current.count {
            current[column] = text
            return
        }
        guard !text.isEmpty else { return }
        valuesWritten += 1
        let gaps = column - current.count
        let allowedGaps = limits.maxGapCells + limits.gapCellsPerCell * valuesWritten
        guard gaps <= allowedGaps - gapsWritten else {
            throw PortraitError(.badData, .worksheetTooSparse, ["cells": String(valuesWritten), "max": String(allowedGaps)])
        }
        let added = gaps + 1
        guard added <= maxCells - cellsWritten else { throw tooLarge }
        cellsWritten += added
        gapsWritten += gaps
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
