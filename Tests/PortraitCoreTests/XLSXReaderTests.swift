import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// Tests of `XLSXReader` on the workbooks written by scripts/make-xlsx-fixture.py.
@Suite("XLSX reader")
struct XLSXReaderTests {
    // MARK: The synthetic portrait

    @Test func syntheticSheetNamesInWorkbookOrder() throws {
        #expect(try XLSXReader.sheetNames(at: xlsxFixture("synthetic-200")) == ["Portrait", "Notes"])
    }

    @Test func syntheticRowsMatchTheCSV() throws {
        let rows = try XLSXReader.readRows(at: xlsxFixture("synthetic-200"))
        let csvURL = try #require(Bundle.module.url(forResource: "synthetic-200", withExtension: "csv",
                                                    subdirectory: "Fixtures"))
        let expected = xlsxParseCSV(try String(contentsOf: csvURL, encoding: .utf8))
        #expect(rows.count == 201)
        #expect(expected.count == 201)
        #expect(rows.allSatisfy { $0.count == 6 })
        for (index, (row, csvRow)) in zip(rows, expected).enumerated() {
            #expect(row == csvRow, "row \(index + 1)")
        }
    }

    @Test func syntheticSpotRows() throws {
        let rows = try XLSXReader.readRows(at: xlsxFixture("synthetic-200"), sheet: "Portrait")
        #expect(rows[0] == ["Nom de l'actif informationnel, du projet ou de l'initiative en IA", "Catégorie",
                            "Organisme public", "Portefeuille ministériel", "Bénéfices", "Statut"])
        #expect(rows[1] == ["Transcription des dossiers médicaux par vision numérique n° 1",
                            "Analyse des comportements/sentiments", "Organisme 35 — Santé et Services sociaux",
                            "Santé et Services sociaux (Réseau)", "Amélioration de la qualité des services",
                            "Solution en production"])
        // A field with line breaks (a rich-text shared string in the fixture).
        #expect(rows[16][4] == "Détection précoce des risques\nMeilleure allocation des ressources\nRéduction des délais de traitement")
        #expect(rows[200][0] == "Extraction des factures fournisseurs — phase 2 n° 200")
        #expect(rows[200][5] == "Solution en production")
    }

    @Test func namedSecondSheet() throws {
        let rows = try XLSXReader.readRows(at: xlsxFixture("synthetic-200"), sheet: "Notes")
        #expect(rows == [["Source", "Données synthétiques (make_portrait.py, graine 7)"], ["Lignes", "200"]])
    }

    @Test func unknownSheetIsAUsageErrorNamingTheSheets() throws {
        let error = try #require(throws: PortraitError.self) {
            try XLSXReader.readRows(at: xlsxFixture("synthetic-200"), sheet: "Budget")
        }
        #expect(error.kind == .usage)
        #expect(error.reason == "no worksheet named 'Budget' (sheets: Portrait, Notes)")
        #expect(error.file == nil)
    }

    // MARK: Cell representations

    @Test func oddCellsGrid() throws {
        let rows = try XLSXReader.readRows(at: xlsxFixture("odd-cells"))
        let expected: [[String]] = [
            ["x", "", "y"],
            [],
            ["TRUE", "FALSE", "12", "1.5", "#DIV/0!"],
            ["", "  padded  ", "a & b <c>"],
            ["x!", "line1\r\nline2", "lit _x000D_ kept"],
            ["", "", "rich inline"],
            [],
            ["45658", "2", "2025-01-31T00:00:00", "Québec é", "-3.25E-2"],
        ]
        #expect(rows == expected)
        #expect(try XLSXReader.sheetNames(at: xlsxFixture("odd-cells")) == ["Odd"])
    }

    @Test func escapesDecodeInOnePass() {
        #expect(XLSXEscapes.decode("a_x000D__x000A_b") == "a\r\nb")
        #expect(XLSXEscapes.decode("_x005F_x0041_") == "_x0041_")
        #expect(XLSXEscapes.decode("_xD83D__xDE00_") == "😀")
        #expect(XLSXEscapes.decode("_xD83D_ lone") == "\u{FFFD} lone")
        #expect(XLSXEscapes.decode("_x12_ _xZZZZ_ plain") == "_x12_ _xZZZZ_ plain")
    }

    @Test func cellReferencesAreBounded() {
        #expect(XLSXCellReference.decode("A1") == .cell(column: 0, row: 1))
        #expect(XLSXCellReference.decode("xfd1048576") == .cell(column: 16_383, row: 1_048_576))
        #expect(XLSXCellReference.decode("AB") == .cell(column: 27, row: nil))
        #expect(XLSXCellReference.decode("XFE1") == .beyondGrid)
        #expect(XLSXCellReference.decode("ZZZZZZZZZZ1") == .beyondGrid)
        #expect(XLSXCellReference.decode("A99999999999999999999999") == .beyondGrid)
        #expect(XLSXCellReference.decode("1A") == .malformed)
        #expect(XLSXCellReference.decode("A0") == .malformed)
        #expect(XLSXCellReference.decode("") == .malformed)
        #expect(XLSXCellReference.letters(ofColumn: 16_383) == "XFD")
    }

    @Test func relationshipTargetsResolve() {
        #expect(XLSXPartPath.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPartPath.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPartPath.resolve("../xl/a.xml", from: "xl/workbook.xml") == "xl/a.xml")
        #expect(XLSXPartPath.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
        #expect(XLSXPartPath.relationships(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(XLSXPartPath.relationships(of: "") == "_rels/.rels")
    }

    // MARK: Worksheet XML

    @Test func hugeColumnLettersAreRefusedWithoutOverflow() throws {
        let error = try #require(throws: PortraitError.self) {
            try xlsxSheetRows(#"<row r="1"><c r="ZZZZZZZZZZ1"><v>1</v></c></row>"#)
        }
        #expect(error.reason == "cell reference 'ZZZZZZZZZZ1' is beyond the last column XFD (row 1)")
        #expect(try xlsxSheetRows(#"<row r="2"><c r="XFD2"><v>1</v></c></row>"#)[1].count == 16_384)
    }

    @Test func rowNumbersAreBounded() throws {
        let error = try #require(throws: PortraitError.self) {
            try xlsxSheetRows(#"<row r="1048577"><c><v>1</v></c></row>"#)
        }
        #expect(error.reason == "bad row number '1048577' (rows go from 1 to 1048576)")
        #expect(throws: PortraitError.self) { try xlsxSheetRows(#"<row r="99999999999999999999999"/>"#) }
    }

    @Test func rowsOutOfOrderMergeAndEmptyCellsDropAtTheEnd() throws {
        let rows = try xlsxSheetRows(#"<row r="3"><c r="B3"><v>b</v></c></row><row r="1"><c r="A1"><v>a</v></c>"#
                                 + #"<c r="C1" s="2"/></row><row r="3"><c r="A3"><v>c</v></c></row>"#)
        #expect(rows == [["a"], [], ["c", "b"]])
    }

    @Test func sharedStringsNeedTheirPart() throws {
        let error = try #require(throws: PortraitError.self) {
            try xlsxSheetRows(#"<row r="2"><c r="A2" t="s"><v>0</v></c></row>"#, sharedStrings: nil)
        }
        #expect(error.reason == "a cell uses shared strings but the workbook has no shared strings part (row 2)")
        #expect(try xlsxSheetRows(#"<row r="1"><c r="A1" t="s"><v> 1 </v></c></row>"#, sharedStrings: ["a", "b"]) == [["b"]])
    }

    @Test func sharedStringsConcatenateRunsAndSkipPhonetics() throws {
        let xml = #"<sst><si><t>plain</t></si><si><r><t xml:space="preserve">rich </t></r><r><rPr/><t>text</t></r>"#
            + #"<rPh><t>ignored</t></rPh></si><si><t>a_x000D_b</t></si><si/></sst>"#
        let parser = XLSXSharedStringsParser(maxStrings: 100)
        try XLSXPartParser.parse(Data(xml.utf8), path: "xl/sharedStrings.xml", with: parser)
        #expect(parser.strings == ["plain", "rich text", "a\rb", ""])
    }

    @Test func partsAreScreenedBeforeTheXMLParser() throws {
        #expect(XLSXPartScreen.problem(in: Data(#"<?xml version="1.0"?><a>é😀</a>"#.utf8)) == nil)
        #expect(XLSXPartScreen.problem(in: Data([0x3C, 0x61, 0xEB, 0x3D, 0x3E])) == .partNotUTF8)
        #expect(XLSXPartScreen.problem(in: Data([0xED, 0xA0, 0x80])) == .partNotUTF8)
        #expect(XLSXPartScreen.problem(in: Data("<a><?pi?></a>".utf8)) == .partProcessingInstruction)
        #expect(XLSXPartScreen.problem(in: Data("<a><?pi data?></a>".utf8)) == nil)
        let dtd = #"<!DOCTYPE a [<!ENTITY e "&#60;?x?>">]><a>&e;</a>"#
        #expect(XLSXPartScreen.problem(in: Data(dtd.utf8)) == .partDoctype)
        let error = try #require(throws: PortraitError.self) { try xlsxSheetRows("<row><?pi?></row>") }
        #expect(error.reason == "workbook part sheet.xml contains a processing instruction without data")
        let malformed = try #require(throws: PortraitError.self) { try xlsxSheetRows("<row><c></row>") }
        #expect(malformed.reason.hasPrefix("workbook part sheet.xml is not well-formed XML"))
    }

    // MARK: Broken files

    @Test func sharedStringIndexOutOfRange() throws {
        let error = try #require(throws: PortraitError.self) {
            try XLSXReader.readRows(at: xlsxFixture("bad-string-index"))
        }
        #expect(error.kind == .badData)
        #expect(error.reason == "shared string index 999 out of range (row 3)")
    }

    @Test func zipWithoutWorkbook() throws {
        let error = try #require(throws: PortraitError.self) {
            try XLSXReader.readRows(at: xlsxFixture("no-workbook.zip"))
        }
        #expect(error.kind == .badData)
        #expect(error.reason == "no workbook in this zip (xl/workbook.xml missing)")
        #expect(throws: PortraitError.self) { try XLSXReader.sheetNames(at: xlsxFixture("no-workbook.zip")) }
    }

    @Test(arguments: [
        ("png", [UInt8]([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + [UInt8](repeating: 7, count: 24)),
        ("csv", Array("Nom,Catégorie\nA,B\n".utf8)),
        ("empty", []),
        ("zip-head-only", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 40)),
    ])
    func notAZipArchive(name: String, bytes: [UInt8]) throws {
        let url = try xlsxTemporaryFile(named: "\(name).xlsx", bytes: bytes)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let error = try #require(throws: PortraitError.self) { try XLSXReader.readRows(at: url) }
        #expect(error.kind == .badData)
        if name == "zip-head-only" {
            #expect(error.reason.hasPrefix("damaged zip archive"))
        } else {
            #expect(error.reason == "not an XLSX file (not a zip archive)")
        }
        // Opened read-only: the bytes are untouched.
        #expect(try Data(contentsOf: url) == Data(bytes))
    }

    @Test func missingFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/portrait-\(UUID().uuidString).xlsx")
        let error = try #require(throws: PortraitError.self) { try XLSXReader.readRows(at: url) }
        #expect(error.kind == .noInput)
    }

    @Test(.timeLimit(.minutes(1)))
    func truncatedDeflateStreamFailsWithoutHanging() throws {
        let error = try #require(throws: PortraitError.self) {
            try XLSXReader.readRows(at: xlsxFixture("truncated-deflate"))
        }
        #expect(error.reason == "damaged zip archive (part xl/worksheets/sheet1.xml expands beyond the 16 bytes its header declares)")
    }

    // MARK: Zip bombs

    @Test func honestFiveMegabytePartPassesTheDefaultLimits() throws {
        #expect(try XLSXReader.readRows(at: xlsxFixture("bomb-5mb")) == [["ok"]])
    }

    @Test func declaredSizeOverTheLimitIsRefusedBeforeExpanding() throws {
        var limits = XLSXLimits.standard
        limits.maxPartBytes = 1024 * 1024
        let error = try #require(throws: PortraitError.self) {
            try XLSXReader.readRows(at: xlsxFixture("bomb-5mb"), limits: limits)
        }
        #expect(error.reason == "workbook part xl/worksheets/sheet1.xml expands beyond the 1 MB limit")

        let archive = try ZipArchiveReader(path: UserPath(xlsxFixture("bomb-5mb").path), limits: limits)
        let entry = try #require(archive.entry("xl/worksheets/sheet1.xml"))
        var produced = 0
        #expect(throws: PortraitError.self) {
            _ = try archive.contents(of: entry, limits: limits) { produced += $0 }
        }
        #expect(produced == 0)
    }

    @Test func declaredSizeOverTheDefaultLimit() throws {
        let error = try #require(throws: PortraitError.self) {
            try XLSXReader.readRows(at: xlsxFixture("declared-huge"))
        }
        #expect(error.reason == "workbook part xl/worksheets/sheet1.xml expands beyond the 512 MB limit")
    }

    @Test func excessiveCompressionRatioIsRefused() throws {
        var limits = XLSXLimits.standard
        limits.ratioFloorBytes = 1024 * 1024
        let error = try #require(throws: PortraitError.self) {
            try XLSXReader.readRows(at: xlsxFixture("bomb-5mb"), limits: limits)
        }
        #expect(error.reason.contains("compressed more than 200 to 1"))
    }

    @Test func lyingDeclaredSizeStopsExpansionAtTheDeclaredSize() throws {
        let url = xlsxFixture("lying-size")
        let message = "damaged zip archive (part xl/worksheets/sheet1.xml expands beyond the 4096 bytes its header declares)"
        for maxPartBytes in [1024 * 1024, XLSXLimits.standard.maxPartBytes] {
            var limits = XLSXLimits.standard
            limits.maxPartBytes = maxPartBytes
            let archive = try ZipArchiveReader(path: UserPath(url.path), limits: limits)
            let entry = try #require(archive.entry("xl/worksheets/sheet1.xml"))
            #expect(entry.uncompressedSize == 4096)
            var produced = 0
            let error = try #require(throws: PortraitError.self) {
                _ = try archive.contents(of: entry, limits: limits) { produced += $0 }
            }
            #expect(error.reason == message)
            // The part really expands to 20 MB; expansion stopped at the size the header declares, not the cap.
            #expect(produced <= 4096)
        }
        let error = try #require(throws: PortraitError.self) { try XLSXReader.readRows(at: url) }
        #expect(error.reason == message)
    }

    @Test func cellBudgetIsEnforced() throws {
        var limits = XLSXLimits.standard
        limits.maxCells = 10
        let error = try #require(throws: PortraitError.self) {
            try XLSXReader.readRows(at: xlsxFixture("synthetic-200"), limits: limits)
        }
        #expect(error.reason.hasPrefix("too many shared strings") || error.reason.hasPrefix("worksheet too large"))
    }

    @Test func farApartCellsAreRefusedBeforeTheyFillMemory() throws {
        // One cell at the last column per row: 16,383 empty cells each, from 36 bytes of XML.
        let row = #"<row><c r="XFD1"><v>1</v></c></row>"#
        let error = try #require(throws: PortraitError.self) { try xlsxSheetRows(String(repeating: row, count: 100)) }
        #expect(error.reason.hasPrefix("worksheet too sparse"))
    }

    @Test func sparseSheetsStillLoad() throws {
        let rows = try xlsxSheetRows(String(repeating: #"<row><c r="A1"><v>1</v></c><c r="Z1"><v>2</v></c></row>"#, count: 1000)
                                     + #"<row><c r="XFD1"><v>note</v></c></row>"#)
        #expect(rows.count == 1001)
        #expect(rows.dropLast().allSatisfy { $0.count == 26 && $0[0] == "1" && $0[25] == "2" })
        #expect(rows.last?.count == 16_384)
    }
}

// MARK: - Helpers

private func xlsxFixture(_ name: String) -> URL {
    guard let url = Bundle.module.url(forResource: name, withExtension: "xlsx", subdirectory: "Fixtures") else {
        Issue.record("missing fixture \(name).xlsx (run scripts/make-xlsx-fixture.py)")
        return URL(fileURLWithPath: "/nonexistent/\(name).xlsx")
    }
    return url
}

/// The rows of a worksheet whose `<sheetData>` holds `rowsXML`.
private func xlsxSheetRows(_ rowsXML: String, sharedStrings: [String]? = []) throws -> [[String]] {
    let xml = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + "<sheetData>" + rowsXML + "</sheetData></worksheet>"
    let parser = XLSXWorksheetParser(sharedStrings: sharedStrings, limits: .standard)
    try XLSXPartParser.parse(Data(xml.utf8), path: "sheet.xml", with: parser)
    return parser.rows
}

private func xlsxTemporaryFile(named name: String, bytes: [UInt8]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
}

/// A plain RFC 4180 reading of `text` (comma, double quotes doubled inside quoted fields, CRLF or LF),
/// as Python's csv module reads the generator's output.
private func xlsxParseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
        if quoted {
            if character == "\"" {
                if characters.first == "\"" {
                    field.append("\"")
                    characters.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.append(character)
            }
            continue
        }
        switch character {
        case "\"":
            quoted = true
        case ",":
            row.append(field)
            field = ""
        case "\n", "\r\n", "\r":
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        default:
            field.append(character)
        }
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
    }
    return rows
}
