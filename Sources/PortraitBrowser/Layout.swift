/// What the layout needs to know about the data: how many values the facet panes hold and how wide
/// their texts are in the current label language. There are three facet panes, or four when several
/// editions are loaded (the edition pane last).
public struct LayoutMetrics: Hashable, Sendable {
    /// Number of values in each facet pane, left to right.
    public var paneValues: [Int]
    /// Cells each facet pane would like (mark, longest label, count).
    public var facetWidths: [Int]
    /// Cells the body, status and category columns of the results would like.
    public var bodyWidth: Int, statusWidth: Int, categoryWidth: Int

    public init(paneValues: [Int], facetWidths: [Int], bodyWidth: Int, statusWidth: Int, categoryWidth: Int) {
        self.paneValues = paneValues
        self.facetWidths = facetWidths
        self.bodyWidth = bodyWidth
        self.statusWidth = statusWidth
        self.categoryWidth = categoryWidth
    }
}

/// Where everything goes for a terminal size: the search line on top, the three facet panes side by side,
/// the results list, and the status and hint lines at the bottom. A fourth pane, the editions, goes under
/// the status pane when both fit in its height, else beside it. Below `minimum` nothing fits and the
/// browser shows a "terminal too small" message instead.
public struct Layout: Hashable, Sendable {
    public static let minimum = TermSize(columns: 60, rows: 16)
    /// Cells before each result (focus and cursor marks).
    public static let gutter = 2
    /// The width from which the results show the benefits column.
    public static let benefitsColumns = 120

    public let size: TermSize
    public let isTooSmall: Bool
    public let searchRow: Int
    /// The facet panes, each with its title row on top.
    public let facetPanes: [Rect]
    /// Value rows of the main facet panes (below the title); see `valueRows(ofPane:)` for each pane.
    public let facetValueRows: Int
    public let resultsHeaderRow: Int
    /// The rows of the results list.
    public let results: Rect
    /// Widths of the name, body, status and category columns, and of the benefits at `benefitsColumns`
    /// columns and more.
    public let resultColumns: [Int]
    public let statusRow: Int
    public let hintRow: Int
    /// The area of the detail view and the help: between the search line and the status line.
    public let body: Rect

    public init(size: TermSize, metrics: LayoutMetrics) {
        self.size = size
        let columns = max(size.columns, 1), rows = max(size.rows, 1)
        isTooSmall = size.columns < Self.minimum.columns || size.rows < Self.minimum.rows
        searchRow = 0
        statusRow = max(rows - 2, 0)
        hintRow = max(rows - 1, 0)
        body = Rect(row: 1, column: 0, width: columns, height: max(statusRow - 1, 0))
        // Facet panes get about two fifths of the rows between the search and status lines.
        let available = max(rows - 4, 0)
        let cap = max(3, available * 2 / 5 - 1)
        let valid = metrics.paneValues.count == metrics.facetWidths.count && (3...4).contains(metrics.facetWidths.count)
        let counts = valid ? metrics.paneValues : [1, 1, 1]
        let wants = valid ? metrics.facetWidths : [1, 1, 1]
        var wanted = max(counts.prefix(3).max() ?? 1, 1)
        // A fourth pane stacks under the third when the two fit one above the other.
        let stacked = counts.count == 4 && counts[2] + 1 + counts[3] <= cap
        if stacked { wanted = max(wanted, counts[2] + 1 + counts[3]) }
        facetValueRows = max(1, min(wanted, cap))
        let columnWants = stacked ? [wants[0], wants[1], max(wants[2], wants[3])] : wants
        let widths = Self.share(columns - (columnWants.count - 1), wants: columnWants)
        var x = 0
        var panes: [Rect] = []
        for width in widths {
            panes.append(Rect(row: 1, column: x, width: width, height: facetValueRows + 1))
            x += width + 1
        }
        if stacked, let third = panes.last {
            // The fourth pane at the bottom of the third's column, the third above it.
            let height = counts[3] + 1
            panes[panes.count - 1].height = third.height - height
            panes.append(Rect(row: third.row + third.height - height, column: third.column, width: third.width, height: height))
        }
        facetPanes = panes
        resultsHeaderRow = 2 + facetValueRows
        results = Rect(row: resultsHeaderRow + 1, column: 0, width: columns,
                       height: max(statusRow - resultsHeaderRow - 1, 0))
        // Results (`ResultsColumn.all`): gutter, then name, body, status and category separated by one space; from
        // `benefitsColumns` on, the benefits too, with narrower shares for the others so the name keeps
        // the most room.
        let wide = columns >= Self.benefitsColumns
        let text = max(columns - Self.gutter - (wide ? 4 : 3), 4)
        let status = min(metrics.statusWidth, text * (wide ? 14 : 18) / 100)
        let category = min(metrics.categoryWidth, text * (wide ? 18 : 24) / 100)
        let body = min(metrics.bodyWidth, text * (wide ? 20 : 26) / 100)
        let benefits = wide ? text * 22 / 100 : 0
        let name = max(text - status - category - body - benefits, 1)
        resultColumns = wide ? [name, body, status, category, benefits] : [name, body, status, category]
    }

    /// Splits `total` cells among parts that each want some: parts that want less than an equal share
    /// get what they want, the others share the rest equally.
    static func share(_ total: Int, wants: [Int]) -> [Int] {
        guard !wants.isEmpty else { return [] }
        var result = [Int](repeating: 0, count: wants.count)
        var open = Array(wants.indices)
        var left = max(total, 0)
        while !open.isEmpty {
            let fair = left / open.count
            let modest = open.filter { wants[$0] <= fair }
            if modest.isEmpty || modest.count == open.count {
                // Everyone left wants at least a fair share (or all fit): split evenly, extra cells to the first.
                for (k, index) in open.enumerated() { result[index] = fair + (k < left - fair * open.count ? 1 : 0) }
                break
            }
            for index in modest {
                result[index] = wants[index]
                left -= wants[index]
            }
            open.removeAll { modest.contains($0) }
        }
        return result
    }

    /// Width of a facet pane whose labels are `label` cells wide and counts `count` digits: the mark
    /// "[x] ", the label, a space, the count, and a blank column before the separator. `BrowserState.measure`
    /// asks for this width and the renderer gives labels `facetLabelWidth` of it, so a pane that gets the
    /// width it asks for shows its longest label whole.
    static func facetPaneWidth(label: Int, count: Int) -> Int { 4 + label + 1 + count + 1 }

    /// Cells left for the labels in a facet pane `pane` cells wide (the inverse of `facetPaneWidth`).
    static func facetLabelWidth(pane: Int, count: Int) -> Int { pane - 4 - 1 - count - 1 }

    /// Value rows of facet pane `index` (below its title).
    public func valueRows(ofPane index: Int) -> Int {
        facetPanes.indices.contains(index) ? max(facetPanes[index].height - 1, 0) : facetValueRows
    }

    /// The facet pane (its index in `facetPanes`) at a cell, if any.
    public func facetPane(atRow row: Int, column: Int) -> Int? {
        facetPanes.firstIndex { $0.contains(row: row, column: column) }
    }
}
