import PortraitText
import PortraitStore

/// Counts per value (`PortraitStore.tally`) as `portrait stats` prints them: a table with bars for
/// people, CSV (`value,count`) or JSON (`[{"value", "count"}]`) for programs, where an empty value is empty.
public enum TallyWriter {
    /// CSV with a header line and CRLF line ends. `formulaGuard` prefixes values that a spreadsheet
    /// would run as formulas; `terminalSafe` shows control characters instead of sending them (for a
    /// terminal).
    public static func csv(_ tallies: [Tally], formulaGuard: Bool, terminalSafe: Bool) -> String {
        var text = "value,count\r\n"
        for tally in tallies {
            // Data, not a screen: an empty value is an empty cell, not the (blank) label.
            let label = formulaGuard ? SelectionWriter.guardFormula(tally.text) : tally.text
            text += "\(SelectionWriter.csvField(terminalSafe ? TerminalSafe.visible(label) : label)),\(tally.count)\r\n"
        }
        return text
    }

    /// A JSON array of `{"value": …, "count": …}` objects, one a line.
    public static func json(_ tallies: [Tally]) -> String {
        let items = tallies.map { "  {\"value\": \(SelectionWriter.jsonString($0.text)), \"count\": \($0.count)}" }
        return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    /// The table with bars and shares of `total`, in the interface `language`, `width` cells wide (nil:
    /// labels whole, for a file or a pipe).
    public static func table(_ tallies: [Tally], total: Int, language: Language, width: Int? = 80) -> String {
        BarChart.render(tallies, total: total, language: language, width: width)
    }
}
