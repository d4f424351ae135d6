/// The pane cursor of the browser's state: for each pane (`Pane.allCases`), the line its cursor is on and
/// the first line it shows. Moves, clicks and new answers set them; the renderer reads them.
public struct PaneCursors: Sendable, Equatable {
    private var cursors = [Int](repeating: 0, count: Pane.allCases.count)
    private var offsets = [Int](repeating: 0, count: Pane.allCases.count)

    /// The line `pane`'s cursor is on.
    public internal(set) subscript(cursor pane: Pane) -> Int {
        get { cursors[pane.slot] }
        set { cursors[pane.slot] = newValue }
    }

    /// The first line `pane` shows.
    public internal(set) subscript(offset pane: Pane) -> Int {
        get { offsets[pane.slot] }
        set { offsets[pane.slot] = newValue }
    }
}
