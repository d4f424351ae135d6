import PortraitCore

/// The lines of the chart and comparison views at a width: a title per facet, then one line per value
/// (the chart: label, count, share of the selection, bar) or two (the comparison: one per edition, the
/// change on the newer edition's line). Bars start in one column and share a scale within a section, so
/// that they compare at a glance; the bars themselves are `BarChart`'s, as in `portrait stats`.
enum FiguresContent {
    /// Narrowest bar column.
    static let minimumBar = 8

    /// The content lines (without the view's title line) for a view `width` cells wide: they leave its
    /// last column free for the mark that says more lines follow.
    static func lines(_ state: BrowserState, _ figures: Figures, width viewWidth: Int) -> [StyledLine] {
        let width = viewWidth - 1
        guard width > 20 else { return [] }
        return figures.editions.isEmpty ? chart(state, figures, width: width) : comparison(state, figures, width: width)
    }

    // MARK: - Chart

    private static func chart(_ state: BrowserState, _ figures: Figures, width: Int) -> [StyledLine] {
        let ui = state.interface
        let total = figures.totals.first ?? 0
        guard total > 0 else { return [StyledLine(" " + UIString.chartEmpty.text(ui), .dim)] }
        let counts = figures.sections.flatMap { $0.rows.map { $0.counts[0] } }
        let countWidth = String(counts.max() ?? 0).count
        let percentWidth = counts.map { DisplayWidth.of(percent($0, of: total, ui)) }.max() ?? 1
        let fixed = 1 + 1 + countWidth + 2 + percentWidth + 2
        let labelWidth = self.labelWidth(state, figures, available: width - fixed)
        let barWidth = max(width - fixed - labelWidth, 1)
        var out: [StyledLine] = []
        for section in figures.sections where !section.rows.isEmpty {
            if !out.isEmpty { out.append(StyledLine()) }
            out.append(title(of: section, ui))
            let labels = TextCut.labels(section.rows.map { label(state, section.facet, $0.code) }, width: labelWidth)
            let maximum = section.rows.map { $0.counts[0] }.max() ?? 0
            for (index, row) in section.rows.enumerated() {
                let count = row.counts[0]
                var line = StyledLine(" ")
                line.append(StyledLine(labels[index]).fitted(to: labelWidth))
                line.append(" " + padded(String(count), countWidth) + "  ")
                line.append(padded(percent(count, of: total, ui), percentWidth), .dim)
                line.append("  ")
                line.append(BarChart.bar(count, of: maximum, width: barWidth), .accent)
                out.append(line)
            }
        }
        return out
    }

    /// The share of `count` in `total`, rounded, as the interface language writes it ("27 %", "27%");
    /// "<1 %" rather than "0 %" for a share that is not nothing.
    static func percent(_ count: Int, of total: Int, _ ui: Language) -> String {
        let value = total > 0 ? (count * 200 + total) / (2 * total) : 0
        return UIString.percent.text(ui, ["p": value == 0 && count > 0 ? "<1" : String(value)])
    }

    // MARK: - Comparison

    private static func comparison(_ state: BrowserState, _ figures: Figures, width: Int) -> [StyledLine] {
        let ui = state.interface
        let editions = figures.editions.map { TerminalSafe.visible(state.store.values(.edition)[$0].raw) }
        let editionWidth = min(editions.map { DisplayWidth.of($0) }.max() ?? 1, 12)
        let pairs = [figures.totals] + figures.sections.flatMap { $0.rows.map(\.counts) }
        let countWidth = String(pairs.flatMap { $0 }.max() ?? 0).count
        let changeWidth = pairs.map { DisplayWidth.of(change($0)) }.max() ?? 1
        let fixed = 1 + 1 + editionWidth + 1 + countWidth + 1 + changeWidth + 2
        let labelWidth = self.labelWidth(state, figures, available: width - fixed)
        let barWidth = max(width - fixed - labelWidth, 1)
        let shownEditions = editions.map { TextCut.end($0, width: editionWidth) }

        /// The two lines of one value: the older edition's, then the newer's with the change (and under the
        /// label, when a whole edition lacks the value, which one).
        func pair(_ label: String, _ counts: [Int], maximum: Int, absentIn: Int? = nil) -> [StyledLine] {
            var lines: [StyledLine] = []
            for column in 0..<2 {
                let newer = column == 1
                let style: Style = newer ? .bold : .dim
                var line = StyledLine(" ")
                if newer, let absentIn {
                    let note = UIString.comparisonAbsent.text(ui, ["edition": editions[absentIn]])
                    line.append(StyledLine(TextCut.end(note, width: labelWidth), .dim).fitted(to: labelWidth))
                } else {
                    line.append(StyledLine(newer ? "" : label).fitted(to: labelWidth))
                }
                line.append(" ")
                line.append(padded(shownEditions[column], editionWidth, left: true), style)
                line.append(" ")
                line.append(padded(String(counts[column]), countWidth), style)
                line.append(" ")
                let text = newer ? change(counts) : ""
                line.append(padded(text, changeWidth), newer ? changeStyle(counts) : .plain)
                line.append("  ")
                line.append(BarChart.bar(counts[column], of: maximum, width: barWidth), newer ? .accent : .dim)
                lines.append(line)
            }
            return lines
        }

        var out: [StyledLine] = []
        out.append(title(UIString.sectionInitiatives.text(ui)))
        out += pair("", figures.totals, maximum: figures.totals.max() ?? 0)
        if let marks = figures.marks {
            let text = UIString.comparisonMarks.text(ui, ["new": String(marks.new), "changed": String(marks.statusChanged),
                                                          "older": editions[0]])
            out += TextWrap.wrap(StyledLine(text, .dim), width: width - 2).map { piece in
                var line = StyledLine(" ")
                line.append(piece)
                return line
            }
        }
        for section in figures.sections where !section.rows.isEmpty {
            out.append(StyledLine())
            out.append(title(of: section, ui))
            let labels = TextCut.labels(section.rows.map { label(state, section.facet, $0.code) }, width: labelWidth)
            let maximum = section.rows.flatMap(\.counts).max() ?? 0
            for (index, row) in section.rows.enumerated() {
                out += pair(labels[index], row.counts, maximum: maximum, absentIn: row.absentIn)
            }
        }
        return out
    }

    /// "+12", "−5" or "=" from the older count to the newer.
    static func change(_ counts: [Int]) -> String {
        guard counts.count == 2 else { return "" }
        let delta = counts[1] - counts[0]
        return delta > 0 ? "+\(delta)" : delta < 0 ? "−\(-delta)" : "="
    }

    private static func changeStyle(_ counts: [Int]) -> Style {
        guard counts.count == 2, counts[0] != counts[1] else { return .dim }
        return counts[1] > counts[0] ? [.bold, .success] : [.bold, .failure]
    }

    // MARK: - Shared

    /// A section's title line.
    private static func title(_ text: String) -> StyledLine {
        var line = StyledLine(" ")
        line.append(text, [.bold, .accent, .underline])
        return line
    }

    /// A section's title: the facet's name, or for organisations how many of them are shown.
    private static func title(of section: Figures.Section, _ ui: Language) -> StyledLine {
        guard section.facet == .organisation else { return title(section.facet.descriptor.paneTitle.text(ui)) }
        return title(section.distinct > section.rows.count
            ? UIString.sectionTopBodies.text(ui, ["n": String(section.rows.count), "total": String(section.distinct)])
            : UIString.sectionBodies.text(ui))
    }

    /// The label of a value, terminal-safe, in the label language (an edition as named).
    private static func label(_ state: BrowserState, _ facet: Facet, _ code: Int) -> String {
        let value = state.store.values(facet)[code]
        return TerminalSafe.visible(facet == .edition ? value.raw : value.label(state.labels))
    }

    /// Cells for the labels: the widest label, but at most a little under half of what is left beside the
    /// numbers, so that the bars keep room.
    private static func labelWidth(_ state: BrowserState, _ figures: Figures, available: Int) -> Int {
        let widest = figures.sections.flatMap { section in section.rows.map { DisplayWidth.of(label(state, section.facet, $0.code)) } }.max() ?? 1
        let cap = max(12, min(available * 45 / 100, available - minimumBar))
        return max(min(widest, cap), 1)
    }

    /// `text` right-aligned (or left-aligned) in `width` cells.
    private static func padded(_ text: String, _ width: Int, left: Bool = false) -> String {
        let blank = String(repeating: " ", count: max(width - DisplayWidth.of(text), 0))
        return left ? text + blank : blank + text
    }
}
