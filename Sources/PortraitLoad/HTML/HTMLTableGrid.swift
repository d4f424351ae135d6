import PortraitText
import PortraitStore

/// Places a table's cells in columns as browsers do: a cell starts at the first column that a cell of an
/// earlier row does not cover (`rowspan`), and covers `colspan` columns, so that spans never shift the
/// columns of later cells. A row-spanning cell's text is repeated in each row it covers (a reader sees it
/// apply to each); the extra columns of a `colspan` are empty.
struct HTMLTableGrid {
    /// Spans as HTML caps them: `colspan` 1…1000, `rowspan` 1…65534.
    static let maximumColspan = 1000
    static let maximumRowspan = 65534

    /// Cells added by spans (not written in the page) left to add: spans stop once it is spent, so a few
    /// bytes of markup cannot stand for billions of cells.
    private var spanBudget: Int
    /// For each column, the rows a cell above still covers and its text.
    private var carried: [(rows: Int, text: String)] = []
    private(set) var row: [String] = []
    private(set) var isRowOpen = false

    init(spanBudget: Int) { self.spanBudget = spanBudget }

    mutating func startRow() {
        row.removeAll(keepingCapacity: true)
        isRowOpen = true
        fillCarried(upTo: nil)
    }

    /// Adds a cell of `text` spanning `colspan` columns and `rowspan` rows.
    mutating func addCell(_ text: String, colspan: Int, rowspan: Int) {
        if !isRowOpen { startRow() }
        fillCarried(upTo: nil)
        var columns = max(1, min(colspan, Self.maximumColspan))
        var rows = max(1, min(rowspan, Self.maximumRowspan))
        if (columns - 1) * rows + (rows - 1) > spanBudget { columns = 1; rows = 1 }
        spanBudget -= (columns - 1) * rows + (rows - 1)
        let first = row.count
        row.append(text)
        for _ in 1..<columns { row.append("") }
        if rows > 1 {
            if carried.count < first + columns { carried += Array(repeating: (0, ""), count: first + columns - carried.count) }
            for column in first..<(first + columns) { carried[column] = (rows - 1, column == first ? text : "") }
        }
        fillCarried(upTo: nil)
    }

    /// Ends the row: columns still covered by cells above at its end are filled in. Returns its cells.
    mutating func endRow() -> [String] {
        fillCarried(upTo: carried.lastIndex(where: { $0.rows > 0 }).map { $0 + 1 })
        isRowOpen = false
        return row
    }

    /// Forgets the spans (at the end of a row group: thead, tbody, tfoot).
    mutating func endGroup() { carried.removeAll() }

    /// Adds the texts of carried cells at the row's end while a cell above covers the next column; with
    /// `upTo`, every column up to it (empty where nothing is carried).
    private mutating func fillCarried(upTo end: Int?) {
        while row.count < carried.count {
            let column = row.count
            if carried[column].rows > 0 {
                row.append(carried[column].text)
                carried[column].rows -= 1
            } else if let end, column < end {
                row.append("")
            } else {
                break
            }
        }
    }
}
