import Foundation
import PortraitTestSupport
import Testing

/// A line of millions of columns where the header is looked for: refused at once, at its line, past a
/// spreadsheet sheet's 16,384 columns (`HeaderMapper.maximumColumns`), in CSV and in HTML; a header of
/// exactly 16,384 columns still loads, its extra columns kept, within `ResourceBounds`. (A 10 MB first
/// line of five million cells took 28.6 s of processor time and 1.5 GB before.)
@Suite(.tags(.e2e, .timing), .serialized) struct WideHeaderE2ETests {
    private func write(_ text: String, _ name: String) throws -> (folder: URL, path: String) {
        let folder = try Binary.temporaryFolder()
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test func aTenMegabyteHeaderOfFiveMillionColumnsIsRefused() throws {
        let header = "Nom,Statut," + String(repeating: "a,", count: 5_000_000) + "z\n"
        let (folder, path) = try write(header + "Tri,Solution en production\nTri 2,Solution en production\n", "wide.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["validate", "stats"] {
            // Measured 0.58-0.68 s and 312-328 MB (the line's five million cells are still cut before the
            // header is looked for; the bound is 3.7 times the slowest).
            let run = try ResourceBounds.run([command, path], "wide header: " + command, cpu: 2.5)
            #expect(run.status == 65, "\(command): \(run.status)")
            #expect(run.stderr == "portrait: cannot read '\(path)': line 1: 5000003 columns, more than the 16384 of a spreadsheet's "
                    + "sheet, the most a portrait's header may have\n", "\(run.stderr)")
        }
        let french = try ResourceBounds.run(["validate", "--lang", "fr", path], "wide header: validate --lang fr", cpu: 2.5)
        #expect(french.stderr.contains("ligne 1 : 5000003 colonnes, plus que les 16384 d'une feuille de tableur"), "\(french.stderr)")
    }

    @Test func anHTMLHeaderPastTheLimitIsRefused() throws {
        let cells = "<th>Nom</th><th>Statut</th>" + String(repeating: "<th>a</th>", count: 100_000)
        let page = "<html><body><table><tr>\(cells)</tr><tr><td>Tri</td><td>Solution en production</td></tr></table></body></html>\n"
        let (folder, path) = try write(page, "wide.html")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Measured 0.10 s.
        let run = try ResourceBounds.run(["validate", path], "wide HTML header: validate")
        #expect(run.status == 65, "\(run.status)")
        #expect(run.stderr.contains("line 1: 100002 columns, more than the 16384 of a spreadsheet's sheet"), "\(run.stderr)")
    }

    /// 16,384 columns, the most a header may have, over 10 MB of rows as wide: read, every extra column kept.
    @Test func aHeaderOfSixteenThousandColumnsLoads() throws {
        let header = "Nom,Statut," + (3...16_384).map { "c\($0)" }.joined(separator: ",") + "\n"
        let row = { (k: Int) in "Tri \(k),Solution en production," + String(repeating: "x,", count: 16_381) + "x\n" }
        let (folder, path) = try write(header + (0..<300).map(row).joined(), "sixteen-thousand.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Measured 0.16 s.
        let stats = try ResourceBounds.run(["stats", path], "16,384 columns: stats")
        #expect(stats.status == 0 && stats.stdoutText.contains("300 initiatives in all"), "\(stats.stderr)")
        // Measured 1.74-2.08 s (4.9 million extra cells kept and written).
        let query = try ResourceBounds.run(["query", "--format", "csv", path], "16,384 columns: query", cpu: 7)
        #expect(query.status == 0, "\(query.stderr)")
        let first = query.stdoutText.split(separator: "\r\n").first.map { $0.split(separator: ",").count } ?? 0
        #expect(first >= 16_384, "\(first) columns in the export's header")
    }
}
