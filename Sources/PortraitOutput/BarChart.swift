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
        let maximum = tallies.map(\.count).max() ?? 0
        let countWidth = max(String(maximum).count, 1)
        let longest = tallies.map { DisplayWidth.of(TerminalSafe.visible($0.label)) }.max() ?? 0
        let labelWidth = width.map { min(max(longest, 10), max(10, $0 - countWidth - 3 - 16)) } ?? max(longest, 10)
        let barWidth = width.map { max(5, $0 - labelWidth - countWidth - 3) } ?? wholeBarWidth
        var text = ""
        for tally in tallies {
            let visible = TerminalSafe.visible(tally.label)
            let label = width == nil ? visible + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(visible)))
                                     : DisplayWidth.pad(visible, to: labelWidth)
            let count = String(repeating: " ", count: countWidth - String(tally.count).count) + String(tally.count)
            text += "\(label)  \(count) \(bar(tally.count, of: maximum, width: barWidth))\n"
        }
        text += CommandText.chartTotal.text(language, ["total": String(total)]) + "\n"
        return text
    }
}
