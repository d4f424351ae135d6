import Foundation
import PortraitTestSupport
import Testing

/// Text a file expands into must not outgrow it: one cell repeated by a `rowspan` over 65,000 rows, or one
/// shared string of a workbook used by 65,000 rows, around a 100 kB name (6.5 GB of text, which took
/// 6.5 GB), is refused at the row where the text passes 16 times the file's size plus 64 MB
/// (`RowAssembler.textFactor`, `textFloor`), with exit status 65, within `ResourceBounds`.
@Suite(.tags(.e2e, .timing), .serialized) struct ExpandingTextE2ETests {
    static let name = String(repeating: "Tri des courriels ", count: 5_600)  // 100,800 bytes

    /// The page: a header, then 65,000 rows whose name is the first row's cell, spanning them all.
    static func page() -> String {
        var rows = "<tr><td rowspan=\"65000\">\(name)</td><td>Automatisation</td><td>Solution en production</td></tr>\n"
        rows += String(repeating: "<tr><td>Automatisation</td><td>Solution en production</td></tr>\n", count: 64_999)
        return "<html><body><table><tr><th>Nom</th><th>Catégorie</th><th>Statut</th></tr>\n\(rows)</table></body></html>\n"
    }

    /// Writes the workbook with the helpers of `scripts/make-xlsx-fixture.py`: a header, then 65,000 rows
    /// whose name is the same shared string.
    static func writeWorkbook(_ path: String) throws {
        let script = """
            import importlib.util, sys
            spec = importlib.util.spec_from_file_location("fixture", sys.argv[1])
            fx = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(fx)
            path, name = sys.argv[2], sys.argv[3]
            strings = ["Nom", "Catégorie", "Statut", name, "Automatisation", "Solution en production"]
            rows = [fx.shared_row(1, [0, 1, 2])] + [fx.shared_row(n, [3, 4, 5]) for n in range(2, 65002)]
            sst = fx.shared_strings([fx.t_element(t) for t in strings])
            fx.write_zip(path, fx.one_sheet_parts(fx.worksheet("".join(rows)), sst=sst))
            """
        let fixture = Repository.root.appendingPathComponent("scripts/make-xlsx-fixture.py").path
        let made = try MeasuredProcess.run("/usr/bin/env", ["python3", "-c", script, fixture, path, name], timeout: 300)
        guard made.status == 0 else { throw TmuxError(message: "workbook not written (\(made.status)): \(made.stderr)") }
    }

    private func checkRefused(_ path: String, _ what: String) throws {
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        for command in ["stats", "validate"] {
            // Measured: stats 0.11 s (page) and 0.24 s (workbook); validate, which keeps the names, 0.41 s and
            // 236 MB (page), 1.0 s and 149 MB (workbook).
            let run = try ResourceBounds.run([command, path], what + ": " + command, cpu: 3.5)
            #expect(run.status == 65, "\(command): \(run.status) \(run.stderr)")
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("portrait: cannot read '\(path)': line "), "\(run.stderr)")
            #expect(run.stderr.contains(": the cells' text passes \(64 + ((16 * size) >> 20))."), "\(run.stderr)")
            #expect(run.stderr.contains("16 times its size, plus 64 MB): one text repeated too often"), "\(run.stderr)")
        }
        let french = try ResourceBounds.run(["stats", "--lang", "fr", path], what + ": stats --lang fr")
        #expect(french.stderr.contains("le texte des cellules dépasse"), "\(french.stderr)")
    }

    @Test func aRowspanOverSixtyFiveThousandRows() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rowspan.html").path
        try Data(Self.page().utf8).write(to: URL(fileURLWithPath: path))
        try checkRefused(path, "rowspan")
    }

    @Test func aSharedStringUsedBySixtyFiveThousandRows() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("shared.xlsx").path
        try Self.writeWorkbook(path)
        try checkRefused(path, "shared string")
    }

    /// `portrait update`'s check of a download reads it through the same loader: the workbook offered as
    /// the 2025 edition is refused in one line, and the 2025 edition stored before stays.
    @Test(.enabled(if: CKANTestServer.isAvailable, "python3 is not installed"))
    func aDownloadThatExpandsIsRefusedByUpdate() throws {
        let server = try CKANTestServer()
        defer { server.stop() }
        let store = try UpdateE2ETests.Store()
        defer { store.remove() }
        #expect(try store.update(server).status == 0)
        try Self.writeWorkbook(server.folder.appendingPathComponent("files/portrait-2025.xlsx").path)
        var resources = CKANTestServer.resources()
        resources[1]["format"] = "XLSX"
        resources[1]["url"] = "{base}/files/portrait-2025.xlsx"
        resources[1]["last_modified"] = "2025-07-30T12:00:00"
        try server.setResources(resources)
        let update = try store.update(server)
        #expect(update.status == 65, "\(update.stderr)")
        #expect(update.stderr.split(separator: "\n").count == 1, "\(update.stderr)")
        #expect(update.stderr.contains("the cells' text passes"), "\(update.stderr)")
        #expect(try store.run(["stats"]).stdout.contains("117 initiatives in all"))
    }
}
