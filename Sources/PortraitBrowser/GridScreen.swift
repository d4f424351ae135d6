import Foundation
import PortraitCore

/// A screen kept in memory: a grid of cells with their styles. Tests render onto it and compare the text;
/// `portrait browse --print-screen` prints it.
public final class GridScreen: Screen {
    /// One cell: the character drawn there ("" for the second half of a wide character) and its style.
    public struct Cell: Hashable, Sendable {
        public var text: String
        public var style: Style
    }

    public let size: TermSize
    public private(set) var cells: [[Cell]]
    public private(set) var cursor: (row: Int, column: Int)?

    public init(size: TermSize) {
        self.size = size
        cells = Array(repeating: Array(repeating: Cell(text: " ", style: .plain), count: max(size.columns, 0)),
                      count: max(size.rows, 0))
    }

    public func clear() {
        for row in cells.indices {
            for column in cells[row].indices { cells[row][column] = Cell(text: " ", style: .plain) }
        }
    }

    public func put(_ text: String, row: Int, column: Int, style: Style) {
        guard cells.indices.contains(row) else { return }
        var x = column
        for character in text {
            let width = DisplayWidth.of(String(character))
            guard width > 0 else {
                // A combining sequence on its own: attach it to the previous cell.
                if x > 0 && x - 1 < size.columns { cells[row][x - 1].text.append(character) }
                continue
            }
            guard x >= 0, x + width <= size.columns else { break }
            cells[row][x] = Cell(text: String(character), style: style)
            if width == 2 { cells[row][x + 1] = Cell(text: "", style: style) }
            x += width
        }
    }

    public func setCursor(_ position: (row: Int, column: Int)?) {
        cursor = position
    }

    public func present() {}

    /// What was put on the clipboard, oldest first.
    public private(set) var copied: [String] = []

    public func copyToClipboard(_ text: String) { copied.append(text) }

    /// The text of each row, trailing spaces removed.
    public var lines: [String] {
        cells.map { row in
            var line = row.map(\.text).joined()
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The whole screen as text, one line per row.
    public var text: String { lines.joined(separator: "\n") }

    /// The style of the cell at (row, column).
    public func style(row: Int, column: Int) -> Style { cells[row][column].style }

    /// The position of the first occurrence of `text` on the screen, if any.
    public func find(_ text: String) -> (row: Int, column: Int)? {
        for (row, cellsOfRow) in cells.enumerated() {
            var line = ""
            var starts: [Int] = []  // column of each character of `line`
            for (column, cell) in cellsOfRow.enumerated() where !cell.text.isEmpty {
                for _ in cell.text { starts.append(column) }
                line += cell.text
            }
            if let range = line.range(of: text) {
                return (row, starts[line.distance(from: line.startIndex, to: range.lowerBound)])
            }
        }
        return nil
    }
}
