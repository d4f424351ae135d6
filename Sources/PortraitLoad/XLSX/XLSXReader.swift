import Foundation
import PortraitText
import PortraitStore

/// Reads the cells of an Excel workbook (.xlsx) as text, with guards against damaged files and zip
/// bombs. Errors are `PortraitError`s without a file name (the caller adds it).
public enum XLSXReader {
    /// Names of the worksheets, in workbook order.
    public static func sheetNames(at url: URL) throws -> [String] {
        try sheetNames(at: url, limits: .standard)
    }

    /// Rows of the first worksheet (or the one named `sheet`), as cell texts; gaps in cell references become "" cells;
    /// trailing empty cells may be dropped; row i of the result is spreadsheet row (i+1) — missing rows become [] rows so line numbers stay true.
    public static func readRows(at url: URL, sheet: String? = nil) throws -> [[String]] {
        try readRows(at: url, sheet: sheet, limits: .standard)
    }

    /// The rows of the worksheet that holds the portrait: the one named `sheet`, else the first visible
    /// worksheet among whose first rows the portrait's header is found (`HeaderMapper.findHeader`), so
    /// that an empty, hidden or notes sheet before it is passed over. When none holds it, the error
    /// names the sheets (hidden ones marked).
    static func readPortraitRows(at path: UserPath, sheet: String?, overrides: [Field: String],
                                 limits: XLSXLimits = .standard) throws -> (rows: [[String]], sheet: String) {
        let workbook = try XLSXWorkbook(path: path, limits: limits)
        if let sheet {
            let named = try workbook.sheet(named: sheet)
            return (try workbook.rows(of: named), named.name)
        }
        guard !workbook.sheets.isEmpty else { throw PortraitError(.badData, .noWorksheet) }
        var firstFailure: Error?
        for candidate in workbook.sheets where !candidate.hidden {
            let rows = try workbook.rows(of: candidate)
            do {
                _ = try HeaderMapper.findHeader(in: rows, overrides: overrides)
                return (rows, candidate.name)
            } catch {
                firstFailure = firstFailure ?? error
            }
        }
        // One visible sheet: its own reason (columns missing, at its line) says more than a list.
        if workbook.sheets.filter({ !$0.hidden }).count == 1, let firstFailure { throw firstFailure }
        func names(hidden: Bool) -> String {
            workbook.sheets.filter { $0.hidden == hidden }.map { XLSXMessageText.plain($0.name, limit: 60) }.joined(separator: ", ")
        }
        let hidden = names(hidden: true)
        throw PortraitError(.badData, hidden.isEmpty ? .noSheetWithPortrait : .noSheetWithPortraitHidden,
                            ["sheets": names(hidden: false), "hidden": hidden])
    }

    /// `sheetNames(at:)` under the given limits.
    static func sheetNames(at url: URL, limits: XLSXLimits) throws -> [String] {
        try XLSXWorkbook(path: UserPath(url.path), limits: limits).sheets.map(\.name)
    }

    /// `readRows(at:sheet:)` under the given limits.
    static func readRows(at url: URL, sheet: String? = nil, limits: XLSXLimits) throws -> [[String]] {
        let workbook = try XLSXWorkbook(path: UserPath(url.path), limits: limits)
        return try workbook.rows(of: workbook.sheet(named: sheet))
    }
}
