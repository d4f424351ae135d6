/// What the person asked for, whatever key or click said it. `BrowserState.apply` gives it meaning.
public enum Command: Hashable, Sendable {
    // Moving in the focused list (or scrolling the detail view and the help).
    case moveUp, moveDown, pageUp, pageDown, home, end
    case nextPane, previousPane
    // Filters, search, order, labels.
    case toggle, clearFacet, clearAll, cycleSort, startSearch, switchLabels
    // Views.
    case openDetail, back, previousItem, nextItem, openChart, openComparison, help, closeHelp, export, quit
    // Text entry (search line, export prompt) and the replace question.
    case insert(String), deleteBackward, clearInput, accept, cancel
    case answerYes, answerNo
    // Terminal events.
    case resize(TermSize)
    case click(row: Int, column: Int)
    case wheel(delta: Int, row: Int, column: Int)
    /// A key with no meaning where it was pressed.
    case ignore
}
