import PortraitText
import PortraitStore
import PortraitCompare

/// Draws counts as horizontal Unicode bars, one line per value: label, count, bar.
public enum BarChart {
    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The longest bar when labels are whole (no terminal width to fit).
    public static let wholeBarWidth = 50

    /// A bar of `value / maximum` of `width` cells, in eighths of a cell.
    public static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        let units = units(value, of: maximum, width: width)
        return units == 0 ? "" : String(repeating: "█", count: units / 8) + eighths[units % 8]
    }

    /// The length of `bar`'s bar in eighths of a cell (0: no bar).
    static func units(_ value: Int, of maximum: Int, width: Int) -> Int {
        guard maximum > 0, value > 0, width > 0 else { return 0 }
        return max(1, value * width * 8 / maximum)
    }

    /// The lines of a chart of `tallies`, fitting `width` cells (labels cut to fit), with a total line in
    /// `language` (the interface's). Without a width (output to a file or a pipe) every label is whole and
    /// the bars are `wholeBarWidth` cells at most.
    public static func render(_ tallies: [Tally], total: Int, language: Language, width: Int? = 80) -> String {
        var text = ""
        render(tallies, total: total, language: language, width: width) { text += $0 }
        return text
    }

    /// The same lines handed to `write` a part at a time (about 64 KB each), so that a chart of a million
    /// values is never held whole.
    public static func render(_ tallies: [Tally], total: Int, language: Language, width: Int? = 80, into write: @escaping (String) -> Void) {
        let maximum = tallies.map(\.count).max() ?? 0
        let countWidth = max(String(maximum).count, 1)
        // Each label made visible and measured once (a label may be 60 MB).
        let visibles = tallies.map { TerminalSafe.visible($0.label) }
        let widths = visibles.map { DisplayWidth.of($0) }
        let longest = widths.max() ?? 0
        let labelWidth = width.map { min(max(longest, 10), max(10, $0 - countWidth - 3 - 16)) } ?? max(longest, 10)
        let barWidth = width.map { max(5, $0 - labelWidth - countWidth - 3) } ?? wholeBarWidth
        var part = OutputParts(write)
        // Bars and runs of spaces repeat from line to line: each is made once (a chart of 300,000 values
        // spent a third of `stats --by` making them).
        var bars: [Int: String] = [:], runs: [Int: String] = [:]
        func spaces(_ count: Int) -> String {
            if let made = runs[count] { return made }
            let made = String(repeating: " ", count: count)
            runs[count] = made
            return made
        }
        for (index, tally) in tallies.enumerated() {
            let visible = visibles[index]
            let label = width == nil ? visible + spaces(max(0, labelWidth - widths[index]))
                                     : DisplayWidth.pad(visible, to: labelWidth)
            let digits = String(tally.count)
            let count = spaces(countWidth - digits.count) + digits
            let units = units(tally.count, of: maximum, width: barWidth)
            let bar = bars[units] ?? bar(tally.count, of: maximum, width: barWidth)
            bars[units] = bar
            part.append("\(label)  \(count) \(bar)\n")
        }
        part.append(CommandText.chartTotal.text(language, ["total": String(total)]) + "\n")
        part.finish()
    }
}
