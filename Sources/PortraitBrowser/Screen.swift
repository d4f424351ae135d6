import PortraitCore

/// Where the renderer draws: a grid of cells. `NCursesScreen` is the terminal; `GridScreen` keeps the
/// cells in memory for tests and text captures.
public protocol Screen: AnyObject {
    /// The size in cells.
    var size: TermSize { get }
    /// Blanks every cell.
    func clear()
    /// Writes `text` (one line, already terminal-safe) from (row, column); cells past the right edge are dropped.
    func put(_ text: String, row: Int, column: Int, style: Style)
    /// Shows the text cursor at (row, column), or hides it with nil.
    func setCursor(_ position: (row: Int, column: Int)?)
    /// Makes what was drawn visible.
    func present()
    /// Puts `text` on the terminal's clipboard.
    func copyToClipboard(_ text: String)
}

extension Screen {
    /// Draws a styled line from (row, column); returns the column after it.
    @discardableResult
    public func draw(_ line: StyledLine, row: Int, column: Int) -> Int {
        var x = column
        for segment in line.segments where !segment.text.isEmpty {
            put(segment.text, row: row, column: x, style: segment.style)
            x += DisplayWidth.of(segment.text)
        }
        return x
    }
}
