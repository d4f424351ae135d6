import PortraitText
import PortraitStore
import PortraitLoad

/// The text `validate` prints for one file, in the interface language.
/// Its `render` is the whole of `validate`'s output for a file; the command prints it.
public enum ValidationReport {
    public static func render(_ report: SourceReport, store: PortraitStore, language: Language) -> String {
        func word(_ text: CommandText, _ values: [String: String] = [:]) -> String { text.text(language, values) }
        let headings: [CommandText] = [.validateFormat, .validateEncoding, .validateDelimiter, .validateHeader, .validateEdition,
                                       .validateRowCount, .validateAnomalies] + (report.htmlTable == nil ? [] : [.validateTable, .validatePassedOver])
            + (report.sheet == nil ? [] : [.validateSheet])
        let colon = language == .fr ? " :" : ":"
        let width = (headings.map { word($0).count }.max() ?? 0) + colon.count + 2
        func field(_ heading: CommandText, _ value: String) -> String { "  " + (word(heading) + colon).padding(width) + value }

        var lines = ["\(TerminalSafe.visible(report.file))\(colon)"]
        lines.append(field(.validateFormat, report.format.rawValue))
        // What was detected, and the option that reads the file otherwise (or that it was given by).
        if let encoding = report.encoding {
            let how = report.encodingGiven ? word(.validateGiven, ["option": "--encoding"]) : word(.validateEncodingDetected)
            lines.append(field(.validateEncoding, encoding.name(language) + " (\(how))"))
        }
        if let dialect = report.dialect {
            let how = report.delimiterGiven ? word(.validateGiven, ["option": "--delimiter"]) : word(.validateDelimiterDetected)
            let quote = dialect.quote == 0x27 ? ", " + word(.quoteSingle) : ""
            lines.append(field(.validateDelimiter, delimiterName(dialect.delimiter, language) + quote + " (\(how))"))
        }
        let csv = report.format != .xlsx
        let where_ = word(csv ? .validateLine : .validateRow)
        if let sheet = report.sheet { lines.append(field(.validateSheet, TerminalSafe.visible(sheet))) }
        if let table = report.htmlTable { lines += htmlTableLines(table, field: field, word: word) }
        lines.append(field(.validateHeader, "\(where_) \(report.headerLine)"))
        lines.append("  " + word(report.mapping.isGuess ? .validateColumnsGuessed : .validateColumns) + colon)
        let candidates = report.mapping.isGuess ? HeaderMapper.candidates(headers: report.mapping.headers) : [:]
        for field in Field.allCases {
            if let column = report.mapping.columns[field] {
                let guess = ColumnGuessText.detail(report.mapping, field: field, candidates: candidates, language: language)
                lines.append("    \(field.rawValue.padding(12)) ← \(quoted(report.mapping.headers[column])) "
                             + word(.validateColumnNumber, ["n": String(column + 1)]) + (guess.map { " — " + $0 } ?? ""))
            } else {
                lines.append("    \(field.rawValue.padding(12)) ← " + word(.validateMissing))
            }
        }
        for column in report.mapping.extraColumns {
            lines.append("    \(word(.validateExtra).padding(12)) ← \(quoted(report.mapping.headers[column])) "
                         + word(.validateColumnNumber, ["n": String(column + 1)]))
        }
        lines.append(field(.validateEdition, TerminalSafe.visible(report.edition)))
        lines.append(field(.validateRowCount, String(report.rowCount)))
        if report.anomalies.isEmpty {
            lines.append(field(.validateAnomalies, word(.validateNone)))
        } else {
            lines.append("  " + word(.validateAnomalies) + colon)
            for entry in report.anomalies.entries {
                let plural = word(csv ? .validateLines : .validateRowsWord)
                let at = entry.lines.isEmpty ? "" : " (\(entry.lines.count > 1 ? plural : where_) "
                    + entry.lines.map(String.init).joined(separator: ", ") + (entry.count > entry.lines.count ? ", …" : "") + ")"
                lines.append("    \(entry.count) × \(TerminalSafe.visible(entry.kind.summary(language)))\(at)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Which table of an HTML page was read, and what was passed over.
    private static func htmlTableLines(_ table: HTMLTableChoice, field: (CommandText, String) -> String,
                                       word: (CommandText, [String: String]) -> String) -> [String] {
        var parts = [word(.validateTableOf, ["position": String(table.position), "count": String(table.tablesSeen)])]
        if let caption = table.caption { parts.append(word(.validateTableCaption, ["caption": TerminalSafe.visible(caption)])) }
        parts.append(word(.validateTableHeaderRow, ["row": String(table.headerRow)]))
        var lines = [field(.validateTable, parts.joined(separator: ", "))]
        var skipped: [String] = []
        if !table.skippedTables.isEmpty {
            skipped.append(word(.validateOtherTables, ["positions": table.skippedTables.map(String.init).joined(separator: ", ")]))
        }
        if table.footerRows > 0 { skipped.append(word(.validateFooterRows, ["count": String(table.footerRows)])) }
        if !skipped.isEmpty { lines.append(field(.validatePassedOver, skipped.joined(separator: "; "))) }
        return lines
    }

    /// The delimiter's name in `language`, or the character in quotes.
    private static func delimiterName(_ delimiter: UInt8, _ language: Language) -> String {
        switch delimiter {
        case 0x2C: return CommandText.delimiterComma.text(language)
        case 0x3B: return CommandText.delimiterSemicolon.text(language)
        case 0x09: return CommandText.delimiterTab.text(language)
        case 0x7C: return "'|'"
        default: return "'\(Character(Unicode.Scalar(delimiter)))'"
        }
    }

    private static func quoted(_ header: String) -> String { "\"" + TerminalSafe.visible(header) + "\"" }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
