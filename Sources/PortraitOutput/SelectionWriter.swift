import PortraitText
import PortraitStore
import PortraitCompare

/// Writes an `ExportTable` as CSV (RFC 4180, UTF-8), TSV, JSON or Markdown bytes. The CLI's `query`
/// and the browser's export both use it, so the same selection gives the same bytes.
public enum SelectionWriter {
    public static func bytes(_ table: ExportTable, format: ExportFormat, options: ExportOptions = ExportOptions()) -> [UInt8] {
        var out: [UInt8] = []
        switch format {
        case .csv:
            if options.bom { out += [0xEF, 0xBB, 0xBF] }
            writeDelimited(table, separator: ",", options: options, into: &out) { csvField($0) }
        case .tsv:
            writeDelimited(table, separator: "\t", options: options, into: &out) { tsvField($0) }
        case .json:
            writeJSON(table, into: &out)
        case .md:
            writeMarkdown(table, into: &out)
        case .html:
            out = HTMLReport.bytes(table: table, options: options)
        }
        return out
    }

    private static func writeDelimited(_ table: ExportTable, separator: String, options: ExportOptions,
                                       into out: inout [UInt8], escape: (String) -> String) {
        let lineEnd = separator == "," ? "\r\n" : "\n"
        let titles = table.titles.map { escape(options.formulaGuard ? guardFormula($0) : $0) }
        out += Array(titles.joined(separator: separator).utf8)
        out += Array(lineEnd.utf8)
        for row in table.rows {
            let cells = row.map { escape(options.formulaGuard ? guardFormula($0) : $0) }
            out += Array(cells.joined(separator: separator).utf8)
            out += Array(lineEnd.utf8)
        }
    }

    /// Quotes a CSV field when it holds a comma, a quote or a line break, doubling quotes.
    public static func csvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Escapes a TSV field: backslash, tab and line breaks become \\, \t, \n, \r.
    static func tsvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return ScalarEscaping.escape(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }

    /// OWASP's guard against CSV injection: a leading apostrophe on cells that a spreadsheet would evaluate.
    public static func guardFormula(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        return [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) ? "'" + text : text
    }

    private static func writeJSON(_ table: ExportTable, into out: inout [UInt8]) {
        let keys = table.keys.map(jsonString)
        out += Array("[".utf8)
        for (index, row) in table.rows.enumerated() {
            out += Array((index == 0 ? "\n  {" : ",\n  {").utf8)
            for (k, cell) in row.enumerated() {
                out += Array(((k == 0 ? "" : ", ") + keys[k] + ": " + jsonString(cell)).utf8)
            }
            out += Array("}".utf8)
        }
        out += Array((table.rows.isEmpty ? "]\n" : "\n]\n").utf8)
    }

    /// A JSON string literal; control characters escaped.
    public static func jsonString(_ text: String) -> String {
        if !needsJSONEscape(text) { return "\"" + text + "\"" }
        let escaped = ScalarEscaping.escape(text) { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            default:
                guard scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                        || scalar.value == 0x2028 || scalar.value == 0x2029 else { return nil }
                let hex = String(scalar.value, radix: 16)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return "\"" + escaped + "\""
    }

    /// Whether `text` has a character `jsonString` escapes: a quote, a backslash, a C0 or C1 control,
    /// DEL, U+2028 or U+2029 (checked on the bytes: most cells have none).
    private static func needsJSONEscape(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
            if previous == 0xC2 && byte <= 0x9F && byte >= 0x80 { return true }  // U+0080–U+009F
            if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func writeMarkdown(_ table: ExportTable, into out: inout [UInt8]) {
        func line(_ cells: [String]) -> String { "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n" }
        out += Array(line(table.titles).utf8)
        out += Array(("|" + table.titles.map { _ in " --- |" }.joined()).utf8) + [0x0A]
        for row in table.rows { out += Array(line(row).utf8) }
    }

    /// A Markdown table cell: pipes, backslashes and link brackets escaped, `<`, `>` and `&` as entities (raw
    /// HTML from the data is shown, never run), line breaks as <br>, control characters made visible.
    static func markdownCell(_ text: String) -> String {
        let escaped = ScalarEscaping.escape(text.replacingAll("\r\n", with: "\n")) { scalar in
            switch scalar {
            case "|", "\\", "[", "]": "\\" + String(scalar)
            case "<": "&lt;"
            case ">": "&gt;"
            case "&": "&amp;"
            default: nil
            }
        }
        return TerminalSafe.visible(escaped, lineBreak: "<br>")
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`, compared byte for byte (UTF-8 keeps each
    /// scalar's bytes apart, so no match starts inside a scalar). Not Foundation's `contains`, which goes
    /// through `NSString` and cost a quarter of a 150,000-row CSV export; not `Character`s either, which
    /// would leave a quote followed by a combining mark unescaped.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let target = Array(target.utf8), replacement = Array(replacement.utf8)
        guard let first = target.first else { return self }
        var text = self
        return text.withUTF8 { bytes in
            var result: [UInt8]?
            var index = 0, copied = 0
            while index + target.count <= bytes.count {
                if bytes[index] == first && bytes[index..<(index + target.count)].elementsEqual(target) {
                    if result == nil { result = []; result!.reserveCapacity(bytes.count + replacement.count * 4) }
                    result!.append(contentsOf: bytes[copied..<index])
                    result!.append(contentsOf: replacement)
                    index += target.count
                    copied = index
                } else {
                    index += 1
                }
            }
            guard var result else { return self }
            result.append(contentsOf: bytes[copied...])
            return String(decoding: result, as: UTF8.self)
        }
    }
}
