import Foundation
import PortraitTestSupport
import Testing

/// A workbook whose sheet holds a few initiatives and then a million formatted rows with nothing in them
/// (what a spreadsheet program writes when whole rows are given a style): read within `ResourceBounds`
/// (500 MB, and 7 s of processor time for the release binary: three times the 1.8-2.2 s measured with
/// other builds sharing the machine, after the parts' CRC-32 moved to zlib). The sheet used to take 6.7 s
/// and 377 MB, most of it in FoundationXML's per-element cost.
@Suite(.tags(.e2e, .slow, .timing), .serialized) struct BoundedWorkbookShapesE2ETests {
    /// Writes the workbook with the helpers of `scripts/make-xlsx-fixture.py`: the portrait's header and
    /// three initiatives, then `bareRows` rows `<row r="N" s="1" customFormat="1"/>`, then `styledRows`
    /// rows of six empty styled cells.
    static func writeWorkbook(_ path: String, bareRows: Int, styledRows: Int) throws {
        let script = """
            import importlib.util, sys
            spec = importlib.util.spec_from_file_location("fixture", sys.argv[1])
            fx = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(fx)
            path, bare, styled = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
            rows = [fx.inline_row(1, fx.PORTRAIT_HEADER)]
            rows += [fx.inline_row(n, [fx.PORTRAIT_ROW[0] + " %d" % n] + fx.PORTRAIT_ROW[1:]) for n in range(2, 5)]
            rows += ['<row r="%d" s="1" customFormat="1"/>' % n for n in range(5, 5 + bare)]
            rows += ['<row r="%d" s="1" customFormat="1">%s</row>' % (n, "".join(
                '<c r="%s%d" s="1"/>' % (fx.column_letters(j), n) for j in range(6))) for n in range(5 + bare, 5 + bare + styled)]
            fx.write_zip(path, fx.one_sheet_parts(fx.worksheet("".join(rows))))
            """
        let fixture = Repository.root.appendingPathComponent("scripts/make-xlsx-fixture.py").path
        let made = try MeasuredProcess.run("/usr/bin/env", ["python3", "-c", script, fixture, path, String(bareRows), String(styledRows)],
                                           timeout: 300)
        guard made.status == 0 else { throw TmuxError(message: "workbook not written (\(made.status)): \(made.stderr)") }
    }

    @Test func aMillionFormattedEmptyRows() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("formatted-rows.xlsx").path
        try Self.writeWorkbook(path, bareRows: 600_000, styledRows: 440_000)
        let stats = try ResourceBounds.run(["stats", path], "formatted rows: stats", cpu: 7)
        #expect(stats.status == 0 && stats.stdoutText.contains("3 initiatives in all"), "\(stats.stdoutText) \(stats.stderr)")
        let query = try ResourceBounds.run(["query", "--format", "csv", path], "formatted rows: query", cpu: 7)
        #expect(query.status == 0, "\(query.stderr)")
        let lines = query.stdoutText.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.count == 4, "\(query.stdoutText.prefix(600))")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("Tri des courriels ") }, "\(query.stdoutText.prefix(600))")
        let validate = try ResourceBounds.run(["validate", path], "formatted rows: validate", cpu: 7)
        #expect(validate.status == 0, "\(validate.stdoutText) \(validate.stderr)")
    }
}
