import Foundation
import PortraitTestSupport
import Testing

/// Without `--sheet`, a workbook is read from its first visible worksheet that holds the portrait's
/// header: a hidden sheet and a notes sheet before it are passed over, and when no sheet holds it the
/// error names the sheets. The workbooks come from `scripts/make-xlsx-fixture.py --sheet-choice`.
@Suite(.tags(.e2e)) struct WorksheetChoiceE2ETests {
    static func workbooks() throws -> URL {
        let folder = try Binary.temporaryFolder()
        let script = Repository.root.appendingPathComponent("scripts/make-xlsx-fixture.py").path
        let run = try MeasuredProcess.run("/usr/bin/env", ["python3", script, "--sheet-choice", folder.path], timeout: 60)
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    @Test func theFirstVisibleSheetWithThePortraitIsRead() throws {
        let folder = try Self.workbooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("portrait-third-sheet.xlsx").path
        let query = try Binary.run(["query", "--format", "json", "--lang", "en", path])
        #expect(query.status == 0, "\(query.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: query.stdout) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Tri des courriels"], "the hidden sheet's row must not be read")
        let english = try Binary.run(["validate", "--lang", "en", path])
        #expect(String(decoding: english.stdout, as: UTF8.self).contains("\n  sheet:      Portrait\n"))
        let french = try Binary.run(["validate", "--lang", "fr", path])
        #expect(String(decoding: french.stdout, as: UTF8.self).contains("feuille :"))
        // Named, a hidden sheet is read all the same.
        let named = try Binary.run(["query", "--format", "json", "--sheet", "Couverture", path])
        #expect(String(decoding: named.stdout, as: UTF8.self).contains("Ligne cachée"))
    }

    @Test func noSheetWithThePortraitNamesTheSheets() throws {
        let folder = try Self.workbooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("no-portrait-sheet.xlsx").path
        let english = try Binary.run(["query", "--lang", "en", path])
        #expect(english.status == 65)
        #expect(english.stderr == "portrait: cannot read '\(path)': no visible worksheet holds the portrait's columns (sheets: Vide, Notes)\n")
        let french = try Binary.run(["query", "--lang", "fr", path])
        #expect(french.stderr.contains("aucune feuille visible ne contient les colonnes du portrait (feuilles : Vide, Notes)"))
        #expect(english.stdout.isEmpty)
    }
}
