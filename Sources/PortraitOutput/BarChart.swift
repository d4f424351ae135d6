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
        guard maximum > 0, value > 0, width > 0 else { return "" }
        let units = max(1, value * width * 8 / maximum)
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
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
        let longest = tallies.reduce(0) { max($0, DisplayWidth.of(TerminalSafe.visible($1.label))) }
        let labelWidth = width.map { min(max(longest, 10), max(10, $0 - countWidth - 3 - 16)) } ?? max(longest, 10)
        let barWidth = width.map { max(5, $0 - labelWidth - countWidth - 3) } ?? wholeBarWidth
        var part = OutputParts(write)
        for tally in tallies {
            let visible = TerminalSafe.visible(tally.label)
            let label = width == nil ? visible + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(visible)))
                                     : DisplayWidth.pad(visible, to: labelWidth)
            let count = String(repeating: " ", count: countWidth - String(tally.count).count) + String(tally.count)
            part.append("\(label)  \(count) \(bar(tally.count, of: maximum, width: barWidth))\n")
        }
        part.append(CommandText.chartTotal.text(language, ["total": String(total)]) + "\n")
        part.finish()
    }
}
