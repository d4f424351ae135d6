/// What the person asked for, whatever key or click said it, or what came back from the outside world
/// (`exportFinished`, `marksReady`, `sortingReady`): the messages `BrowserState.apply` gives meaning to. Keys reach it
/// through `CommandTable`.
public enum Command: Hashable, Sendable {
    // Moving in the focused list (or scrolling the detail view and the help).
    case moveUp, moveDown, pageUp, pageDown, home, end
    case nextPane, previousPane
    // Filters, search, order, labels.
    case toggle, clearFacet, clearAll, cycleSort, startSearch, switchLabels
    /// Show the next of portfolios, public bodies, benefits and (with several editions) changes in the first pane.
    case cycleFirstPane
    /// Move the focus straight to the results, from whichever pane.
    case focusResults
    /// The results' order the other way.
    case reverseSort
    /// Esc in the lists: the kept search emptied.
    case clearSearch
    // Views.
    case openDetail, back, previousItem, nextItem, openChart, openComparison, help, closeHelp, export, quit
    /// Show and copy the `portrait query` command line of the current list.
    case showQueryCommand
    // Text entry (search line, export prompt) and the replace question.
    case insert(String), deleteBackward, clearInput, accept, cancel
    /// In the export prompt: the name's extension goes to the next format (CSV, CSV with a BOM, TSV, JSON, Markdown, HTML).
    case cycleExportFormat
    case answerYes, answerNo
    // Terminal events.
    case resize(TermSize)
    case click(row: Int, column: Int)
    case wheel(delta: Int, row: Int, column: Int)
    // Outcomes that arrive after the command that asked for them (messages from the outside world).
    /// The export that the last `Effect` asked for is done, or failed, or needs a yes to replace a file.
    case exportFinished(ExportOutcome)
    /// Edition marks made since the last delivery are ready (a snapshot of every table made so far).
    case marksReady(EditionMarks.Ready)
    /// The store's sort positions asked for (`Effect.prepareSorting`) are ready: the results are sorted now.
    case sortingReady
    /// A key with no meaning where it was pressed.
    case ignore
}
