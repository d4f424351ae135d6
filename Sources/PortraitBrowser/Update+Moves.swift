extension BrowserState {
    /// Lines a page moves in the focused list (or the detail view, or the help).
    var pageSize: Int {
        let layout = self.layout
        if helpVisible || view != .list { return max(layout.body.height - 2, 1) }
        return max(visibleLines(focus, layout) - 1, 1)
    }

    /// Moves the cursor of the focused list, or scrolls the detail view or the help. A scroll is limited
    /// at its end by `normalise()`, which `apply` runs after every command (measuring the content once).
    mutating func move(by delta: Int) {
        if helpVisible {
            helpScroll = max(helpScroll + delta, 0)
        } else if view == .detail {
            detailScroll = max(detailScroll + delta, 0)
        } else if view != .list {
            figuresScroll = max(figuresScroll + delta, 0)
        } else {
            moveCursor(of: focus, by: delta)
        }
    }

    /// Lines of `pane` visible at once in `layout`.
    func visibleLines(_ pane: Pane, _ layout: Layout) -> Int {
        if pane == .results { return layout.results.height }
        guard let index = facetPanes.firstIndex(of: pane) else { return 0 }
        return layout.valueRows(ofPane: index)
    }

    mutating func moveCursor(of pane: Pane, by delta: Int) {
        let count = lineCount(pane)
        let current = paneCursors[cursor: pane]
        let target = delta > 0 ? (current > Int.max - delta ? Int.max : current + delta) : max(current + delta, Int.min / 2)
        paneCursors[cursor: pane] = clamp(target, 0, max(count - 1, 0))
    }

    /// The furthest the chart or comparison view scrolls.
    var maxFiguresScroll: Int {
        guard let figures else { return 0 }
        return max(FiguresContent.lines(self, figures, width: layout.body.width).count - DetailContent.visibleRows(layout), 0)
    }

    /// The furthest the detail view scrolls.
    var maxDetailScroll: Int {
        max(DetailContent.lines(self, width: layout.body.width).count - DetailContent.visibleRows(layout), 0)
    }

    /// Keeps every cursor on a line and visible in its pane, whatever changed (size, selection, labels).
    mutating func normalise() {
        let layout = self.layout
        for pane in Pane.allCases {
            let count = lineCount(pane)
            let height = visibleLines(pane, layout)
            var cursor = clamp(paneCursors[cursor: pane], 0, max(count - 1, 0))
            if count == 0 { cursor = 0 }
            var offset = paneCursors[offset: pane]
            if cursor < offset { offset = cursor }
            if height > 0 && cursor >= offset + height { offset = cursor - height + 1 }
            offset = clamp(offset, 0, max(count - height, 0))
            paneCursors[cursor: pane] = cursor
            paneCursors[offset: pane] = offset
        }
        if view == .detail { detailScroll = clamp(detailScroll, 0, maxDetailScroll) }
        if view == .chart || view == .comparison { figuresScroll = clamp(figuresScroll, 0, maxFiguresScroll) }
        if helpVisible { helpScroll = clamp(helpScroll, 0, maxHelpScroll) }
    }
}

/// `value` limited to `low...high` (`low` when the range is empty).
func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    max(low, min(value, high))
}

extension BrowserState {
    /// The furthest the help scrolls.
    var maxHelpScroll: Int {
        max(HelpContent.lines(self).count - HelpContent.visibleRows(layout), 0)
    }
}
