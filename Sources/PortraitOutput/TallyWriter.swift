import PortraitText
import PortraitStore

/// Counts per value (`PortraitStore.tally`) as `portrait stats` prints them: a table with bars for
/// people, CSV (`value,count`) or JSON (`[{"value", "count"}]`) for programs, where an empty value is empty.
public enum TallyWriter {
    /// CSV with a header line and CRLF line ends. `formulaGuard` prefixes values that a spreadsheet
    /// would run as formulas; `terminalSafe` shows control characters instead of sending them (for a
    /// terminal).
    public static func csv(_ tallies: [Tally], formulaGuard: Bool, terminalSafe: Bool) -> String {
        var text = ""
        csv(tallies, formulaGuard: formulaGuard, terminalSafe: terminalSafe) { text += $0 }
        return text
    }

    /// The CSV handed to `write` a part at a time.
    public static func csv(_ tallies: [Tally], formulaGuard: Bool, terminalSafe: Bool, into write: @escaping (String) -> Void) {
        var part = OutputParts(write)
        part.append("value,count\r\n")
        for tally in tallies {
            // Data, not a screen: an empty value is an empty cell, not the (blank) label.
            let label = formulaGuard ? SelectionWriter.guardFormula(tally.text) : tally.text
            part.append("\(SelectionWriter.csvField(terminalSafe ? TerminalSafe.visible(label) : label)),\(tally.count)\r\n")
        }
        part.finish()
    }

    /// A JSON array of `{"value": …, "count": …}` objects, one a line.
    public static func json(_ tallies: [Tally]) -> String {
        var text = ""
        json(tallies) { text += $0 }
        return text
    }

    /// The JSON handed to `write` a part at a time.
    public static func json(_ tallies: [Tally], into write: @escaping (String) -> Void) {
        var part = OutputParts(write)
        if tallies.isEmpty {
            part.append("[]\n")
        } else {
            for (k, tally) in tallies.enumerated() {
                part.append((k == 0 ? "[\n" : ",\n") + "  {\"value\": \(SelectionWriter.jsonString(tally.text)), \"count\": \(tally.count)}")
            }
            part.append("\n]\n")
        }
        part.finish()
    }

    /// The table with bars and shares of `total`, in the interface `language`, `width` cells wide (nil:
    /// labels whole, for a file or a pipe).
    public static func table(_ tallies: [Tally], total: Int, language: Language, width: Int? = 80) -> String {
        BarChart.render(tallies, total: total, language: language, width: width)
    }

    /// The table handed to `write` a part at a time.
    public static func table(_ tallies: [Tally], total: Int, language: Language, width: Int? = 80, into write: @escaping (String) -> Void) {
        BarChart.render(tallies, total: total, language: language, width: width, into: write)
    }
}
