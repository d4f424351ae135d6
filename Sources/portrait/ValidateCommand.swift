import ArgumentParser
import PortraitCore

/// `portrait validate`: what was detected in each file and what looks wrong in it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check portrait files: encoding, delimiter, header row, column mapping, row count and anomalies.",
        discussion: """
            Exits 0 when every file loads, even with anomalies; otherwise prints why and exits 65 (bad data),
            66 (missing file) or 64 (bad option).
            """
    )

    @OptionGroup var input: InputOptions

    func validate() throws {
        if input.files.isEmpty { throw ValidationError("give at least one file to validate") }
    }

    func run() throws {
        try reportingErrors {
            let loaded = try input.load(findingDuplicates: true)
            var text = ""
            for report in loaded.reports { text += ValidationReport.render(report, store: loaded.store) }
            emit(Array(text.utf8))
        }
    }
}

/// The text `validate` prints for one file.
enum ValidationReport {
    static func render(_ report: SourceReport, store: PortraitStore) -> String {
        var lines = ["\(TerminalSafe.visible(report.file)):"]
        lines.append("  format:     \(report.format.rawValue)")
        if let encoding = report.encoding { lines.append("  encoding:   \(encoding.rawValue)") }
        if let delimiter = report.delimiterName { lines.append("  delimiter:  \(delimiter)") }
        let where_ = report.format == .csv ? "line" : "row"
        lines.append("  header:     \(where_) \(report.headerLine)")
        lines.append("  columns:")
        for field in Field.allCases {
            if let column = report.mapping.columns[field] {
                lines.append("    \(field.rawValue.padding(12)) ← \(quoted(report.mapping.headers[column])) (column \(column + 1))")
            } else {
                lines.append("    \(field.rawValue.padding(12)) ← (missing)")
            }
        }
        for column in report.mapping.extraColumns {
            lines.append("    \("extra".padding(12)) ← \(quoted(report.mapping.headers[column])) (column \(column + 1))")
        }
        lines.append("  edition:    \(TerminalSafe.visible(report.edition))")
        lines.append("  rows:       \(report.rowCount)")
        if report.anomalies.isEmpty {
            lines.append("  anomalies:  none")
        } else {
            lines.append("  anomalies:")
            for entry in report.anomalies.entries {
                let at = entry.lines.isEmpty ? "" : " (\(where_)\(entry.lines.count > 1 ? "s" : "") "
                    + entry.lines.map(String.init).joined(separator: ", ") + (entry.count > entry.lines.count ? ", …" : "") + ")"
                lines.append("    \(entry.count) × \(TerminalSafe.visible(entry.kind.summary))\(at)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ header: String) -> String { "\"" + TerminalSafe.visible(header) + "\"" }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
