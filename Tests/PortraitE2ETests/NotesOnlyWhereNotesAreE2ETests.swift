import Foundation
import PortraitTestSupport
import Testing

/// Lines are skipped only as a title block above the header, a footer block after the last initiative,
/// blank lines and repeated headers, and `validate` lists every skip; a line of one cell among the
/// initiatives is an initiative with empty fields, flagged. Files over 4 MB are read in two halves on two
/// threads: the footer decision holds across the halves.
@Suite(.tags(.e2e)) struct NotesOnlyWhereNotesAreE2ETests {
    static let header = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"
    static func full(_ k: Int) -> String { "Initiative \(k),Automatisation,Organisme \(k % 7),Finances,Délais,Solution en production\n" }

    private func validate(_ text: String) throws -> (report: String, rows: String) {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let validate = try Binary.run(["validate", path, "--lang", "en"], timeout: 60)
        #expect(validate.status == 0, "\(validate.stderr)")
        let query = try Binary.run(["query", path, "--format", "csv", "--lang", "en"], timeout: 60)
        return (String(decoding: validate.stdout, as: UTF8.self), String(decoding: query.stdout, as: UTF8.self))
    }

    @Test func aNameAloneAmongInitiativesIsAnInitiative() throws {
        let text = "Inventaire 2025\n\n" + Self.header + Self.full(1) + "Seulement un nom\n" + Self.full(2) + "\n" + Self.header
            + Self.full(3) + "\"Source : Ministère, 2025\"\n" + "Mise à jour : janvier\n"
        let (report, rows) = try validate(text)
        #expect(report.contains("header:     line 3"), "\(report)")
        #expect(report.contains("rows:       4"), "\(report)")
        #expect(report.contains("1 × line of one cell among the initiatives, read as an initiative with its other fields empty (line 5)"), "\(report)")
        #expect(report.contains("1 × title line above the header skipped (not counted) (line 1)"), "\(report)")
        #expect(report.contains("2 × blank row skipped (every cell empty; not counted) (lines 2, 7)"), "\(report)")
        #expect(report.contains("1 × repeated header skipped (not counted) (line 8)"), "\(report)")
        #expect(report.contains("2 × footer line skipped (only one cell filled, after the last initiative, e.g. 'Source: …'; not counted) (lines 10, 11)"), "\(report)")
        #expect(rows.contains("\r\nSeulement un nom,,,,,\r\n"), "\(rows)")
        #expect(!rows.contains("Source"))
    }

    /// A block of one-cell lines longer than a footer, or not after a full initiative, is initiatives.
    @Test func aLongBlockOrOneWithNoFullInitiativeBeforeIsInitiatives() throws {
        let long = try validate(Self.header + Self.full(1) + (0..<101).map { "Nom \($0)\n" }.joined())
        #expect(long.report.contains("rows:       102"), "\(long.report)")
        #expect(long.report.contains("101 × line of one cell among the initiatives"), "\(long.report)")
        let footer = try validate(Self.header + Self.full(1) + (0..<100).map { "Note \($0)\n" }.joined())
        #expect(footer.report.contains("rows:       1\n"), "\(footer.report)")
        #expect(footer.report.contains("100 × footer line skipped"), "\(footer.report)")
        let names = try validate(Self.header + "Premier\nDeuxième\n")
        #expect(names.report.contains("rows:       2"), "\(names.report)")
    }

    /// 4.7 MB: 2 MB of initiatives, then one-cell lines of 30 kB that the middle of the file falls among.
    /// They end the file after a full initiative: a footer; with one more initiative after them: initiatives.
    @Test func theFooterDecisionHoldsAcrossTheHalvesOfAFileReadInParallel() throws {
        var body = Self.header
        var k = 0
        while body.utf8.count < 2 << 20 {
            body += Self.full(k)
            k += 1
        }
        let notes = (0..<90).map { "Note \($0) " + String(repeating: "x", count: 30_000) + "\n" }.joined()
        let asFooter = try validate(body + notes)
        #expect(asFooter.report.contains("rows:       \(k)\n"), "\(asFooter.report.suffix(800))")
        #expect(asFooter.report.contains("90 × footer line skipped"), "\(asFooter.report.suffix(800))")
        let asRows = try validate(body + notes + Self.full(k))
        #expect(asRows.report.contains("rows:       \(k + 91)\n"), "\(asRows.report.suffix(800))")
        #expect(asRows.report.contains("90 × line of one cell among the initiatives"), "\(asRows.report.suffix(800))")
        // And when the halves meet among full rows, with one-cell lines on either side.
        let mixed = try validate(body + "Seul au milieu\n" + body.dropFirst(Self.header.utf8.count) + "Seul à la fin\n" + Self.full(0))
        #expect(mixed.report.contains("rows:       \(2 * k + 3)\n"), "\(mixed.report.suffix(800))")
    }
}
