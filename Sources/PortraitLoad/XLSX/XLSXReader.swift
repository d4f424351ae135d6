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

    /// `sheetNames(at:)` under the given limits.
    static func sheetNames(at url: URL, limits: XLSXLimits) throws -> [String] {
        try XLSXWorkbook(url: url, limits: limits).sheets.map(\.name)
    }

    /// `readRows(at:sheet:)` under the given limits.
    static func readRows(at url: URL, sheet: String? = nil, limits: XLSXLimits) throws -> [[String]] {
        let workbook = try XLSXWorkbook(url: url, limits: limits)
        return try workbook.rows(of: workbook.sheet(named: sheet))
    }
}
