import Foundation
import PortraitTestSupport
import Testing

/// A malformed, hostile or merely odd input file, made in a temporary folder by the test (the workbooks
/// written by scripts/make-xlsx-fixture.py --hostile), and what the real binary must say.
struct HostileInput: Sendable, CustomTestStringConvertible {
    /// What the binary must do with the file.
    enum Outcome: Sendable {
        /// Refuse it: this exit status and `portrait: cannot read 'PATH': <reason>` as the only output.
        case refused(status: Int32, reason: String)
        /// Load it: `rows` initiatives; `validate` prints every one of `validateShows`.
        case loads(rows: Int, validateShows: [String])
    }

    var name: String
    /// The file's name in its folder (its extension chooses CSV or XLSX).
    var fileName: String
    var outcome: Outcome
    /// Writes the input at the given path.
    var make: @Sendable (String) throws -> Void
    /// The processor time the release binary may take on it (`ResourceBounds`): three times or more what
    /// it was measured to take.
    var cpu: Double = ResourceBounds.releaseSeconds

    var testDescription: String { name }

    static let header = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut"
    static let row = "Tri des courriels,Automatisation,Organisme 1,Finances,Délais,Solution en production"

    static func text(_ text: String) -> @Sendable (String) throws -> Void {
        { try Data(text.utf8).write(to: URL(fileURLWithPath: $0)) }
    }

    static func bytes(_ bytes: [UInt8]) -> @Sendable (String) throws -> Void {
        { try Data(bytes).write(to: URL(fileURLWithPath: $0)) }
    }

    /// Writes the workbook of that name with `scripts/make-xlsx-fixture.py --hostile` (the path's file name).
    static let workbook: @Sendable (String) throws -> Void = { path in
        let script = Repository.root.appendingPathComponent("scripts/make-xlsx-fixture.py").path
        let url = URL(fileURLWithPath: path)
        let run = try MeasuredProcess.run("/usr/bin/env", ["python3", script, "--hostile", url.deletingLastPathComponent().path,
                                                           url.lastPathComponent], timeout: 120)
        guard run.status == 0 else { throw TmuxError(message: "\(script) --hostile failed (\(run.status)): \(run.stderr)") }
    }

    static func utf16(_ text: String, littleEndian: Bool, bom: Bool) -> [UInt8] {
        let units = Array(text.utf16)
        let body = units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        return (bom ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []) + body
    }

    /// Bytes from a fixed seed (SplitMix64), so that the case is the same on every run.
    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    static let all: [HostileInput] = csv + others + workbooks

    static let csv: [HostileInput] = [
        HostileInput(name: "empty file", fileName: "empty.csv",
                     outcome: .refused(status: 65, reason: "the file is empty (no header, no rows)"), make: text("")),
        HostileInput(name: "header without rows", fileName: "header-only.csv",
                     outcome: .loads(rows: 0, validateShows: ["header:     line 1"]), make: text(header + "\n")),
        HostileInput(name: "random binary", fileName: "random.csv",
                     outcome: .refused(status: 65, reason: "not a CSV file: binary data (118 control bytes in the first kilobyte)"),
                     make: bytes(randomBytes(count: 64 * 1024, seed: 2025))),
        HostileInput(name: "PNG renamed .csv", fileName: "image.csv",
                     outcome: .refused(status: 65, reason: "not a CSV file: this is a PNG image"),
                     make: bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
                                 + randomBytes(count: 4096, seed: 7))),
        HostileInput(name: "PDF renamed .csv", fileName: "document.csv",
                     outcome: .refused(status: 65, reason: "not a CSV file: this is a PDF document"),
                     make: bytes(Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3] + Array("\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8))),
        HostileInput(name: "UTF-8 cut in the middle of a character", fileName: "cut.csv",
                     outcome: .loads(rows: 2, validateShows: ["encoding:   UTF-8, cut short in the middle of its last character",
                                                              "benefits     ← \"Bénéfices\""]),
                     make: bytes(Array((header + "\n" + row + "\nAnalyse,Automatisation,Organisme 2,Finances,Qualit").utf8) + [0xC3])),
        HostileInput(name: "unterminated quote at end of file", fileName: "open-quote.csv",
                     outcome: .refused(status: 65, reason: "line 3: quoted field opened here is never closed"),
                     make: text(header + "\n" + row + "\n\"Analyse,Automatisation,Organisme 2\n")),
        HostileInput(name: "a single 30 MB field", fileName: "big-field.csv",
                     outcome: .loads(rows: 1, validateShows: []),
                     make: { path in
                         var bytes = Array((header + "\nA,Automatisation,O,Finances,\"").utf8)
                         bytes += [UInt8](repeating: 0x78, count: 30 << 20)
                         bytes += Array("\",Solution en production\n".utf8)
                         try Data(bytes).write(to: URL(fileURLWithPath: path))
                     }),
        HostileInput(name: "16,384 columns, a sheet's most", fileName: "wide.csv",
                     outcome: .loads(rows: 1, validateShows: ["extra        ← \"x16377\" (column 16384)"]),
                     make: { path in
                         let extras = (0..<16_378).map { "x\($0)" }
                         try text(header + "," + extras.joined(separator: ",") + "\n" + row + ","
                                  + extras.map { _ in "v" }.joined(separator: ",") + "\n")(path)
                     }),
        HostileInput(name: "20,000 columns", fileName: "wider.csv",
                     outcome: .refused(status: 65, reason: "line 1: 20006 columns, more than the 16384 of a spreadsheet's sheet, "
                                       + "the most a portrait's header may have"),
                     make: { path in
                         let extras = (0..<20_000).map { "x\($0)" }
                         try text(header + "," + extras.joined(separator: ",") + "\n" + row + ","
                                  + extras.map { _ in "v" }.joined(separator: ",") + "\n")(path)
                     }),
        HostileInput(name: "duplicate header names", fileName: "duplicates.csv",
                     outcome: .loads(rows: 1, validateShows: ["status       ← \"Statut\" (column 6)", "extra        ← \"Statut\" (column 7)",
                                                              "extra        ← \"Note\" (column 8)", "extra        ← \"Note\" (column 9)"]),
                     make: text(header + ",Statut,Note,Note\n" + row + ",Développement de la solution,a,b\n")),
        HostileInput(name: "no name column", fileName: "missing.csv",
                     outcome: .refused(status: 65, reason: "line 1: not a portrait: no column holds the initiatives' names; closest headers: "
                                                   + "\"Organisme public\", \"Catégorie\", \"Statut\" (use --columns name=Header)"),
                     make: text("Organisme public,Catégorie,Statut\nO,Automatisation,Solution en production\n")),
        HostileInput(name: "a name but no status, category, body or portfolio", fileName: "name-only.csv",
                     outcome: .refused(status: 65, reason: "line 1: not a portrait: a name column, but none for status, category, organisation "
                                                   + "or portfolio (missing: category, organisation, portfolio, benefits, status; "
                                                   + "use --columns field=Header to map them)"),
                     make: text("Nom,Couleur\nA,rouge\n")),
        HostileInput(name: "rows with too few or too many cells", fileName: "ragged.csv",
                     outcome: .loads(rows: 3, validateShows: ["1 × row with fewer cells than the header (missing cells left blank) (line 2)",
                                                              "1 × row with more cells than the header (extra cells ignored) (line 3)"]),
                     make: text(header + "\nA,Automatisation,O\n" + row + ",surplus\n" + row + "\n")),
        HostileInput(name: "NUL bytes inside fields", fileName: "nul.csv",
                     outcome: .loads(rows: 1, validateShows: ["encoding:   UTF-8"]),
                     make: text(header + "\nTri\u{0}des courriels,Automatisation,Organisme 1,Finances,Dé\u{0}lais,Solution en production\n")),
        HostileInput(name: "UTF-16 LE with byte-order mark", fileName: "utf16le.csv",
                     outcome: .loads(rows: 1, validateShows: ["encoding:   UTF-16 LE"]),
                     make: bytes(utf16(header + "\r\n" + row + "\r\n", littleEndian: true, bom: true))),
        HostileInput(name: "UTF-16 BE with byte-order mark", fileName: "utf16be.csv",
                     outcome: .loads(rows: 1, validateShows: ["encoding:   UTF-16 BE"]),
                     make: bytes(utf16(header + "\r\n" + row + "\r\n", littleEndian: false, bom: true))),
        HostileInput(name: "UTF-16 LE without byte-order mark", fileName: "utf16le-nobom.csv",
                     outcome: .loads(rows: 1, validateShows: ["encoding:   UTF-16 LE"]),
                     make: bytes(utf16(header + "\r\n" + row + "\r\n", littleEndian: true, bom: false))),
        HostileInput(name: "UTF-16 BE without byte-order mark", fileName: "utf16be-nobom.csv",
                     outcome: .loads(rows: 1, validateShows: ["encoding:   UTF-16 BE"]),
                     make: bytes(utf16(header + "\r\n" + row + "\r\n", littleEndian: false, bom: false))),
        HostileInput(name: "lone CR line ends", fileName: "cr.csv",
                     outcome: .loads(rows: 2, validateShows: ["header:     line 1"]),
                     make: text(header + "\r" + row + "\r" + row + "\r")),
    ]

    static let others: [HostileInput] = [
        // What a file is comes from its content, not its name (the HTML pages are in `HostileInput.html`).
        HostileInput(name: "a CSV file named .html", fileName: "csv.html",
                     outcome: .loads(rows: 1, validateShows: ["format:     CSV"]),
                     make: text(header + "\n" + row + "\n")),
        HostileInput(name: "a folder", fileName: "folder.csv",
                     outcome: .refused(status: 66, reason: "is a folder, not a file"),
                     make: { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }),
        HostileInput(name: "a FIFO (must not block)", fileName: "pipe.csv",
                     outcome: .refused(status: 66, reason: "not a regular file (a pipe, device or socket)"),
                     make: { path in
                         guard mkfifo(path, 0o600) == 0 else { throw TmuxError(message: "mkfifo: \(String(cString: strerror(errno)))") }
                     }),
    ]

    static let workbooks: [HostileInput] = [
        HostileInput(name: "XLSX that is not a zip", fileName: "not-a-zip.xlsx",
                     outcome: .refused(status: 65, reason: "not an XLSX file (not a zip archive)"), make: workbook),
        HostileInput(name: "zip without a workbook", fileName: "no-workbook.xlsx",
                     outcome: .refused(status: 65, reason: "no workbook in this zip (xl/workbook.xml missing)"),
                     make: workbook),
        HostileInput(name: "zip bomb: compression ratio", fileName: "bomb-ratio.xlsx",
                     outcome: .refused(status: 65, reason: "workbook part xl/worksheets/sheet1.xml is compressed more than 200 to 1 "
                                                   + "(a zip bomb?); refusing to expand it"),
                     make: workbook),
        HostileInput(name: "zip bomb: declared size", fileName: "bomb-declared.xlsx",
                     outcome: .refused(status: 65, reason: "workbook part xl/worksheets/sheet1.xml expands beyond the 512 MB limit"),
                     make: workbook),
        HostileInput(name: "zip bomb: header declares 4 KB, part expands to 600 MB", fileName: "bomb-lying.xlsx",
                     outcome: .refused(status: 65, reason: "damaged zip archive (part xl/worksheets/sheet1.xml expands beyond "
                                                   + "the 4096 bytes its header declares)"),
                     make: workbook),
        HostileInput(name: "missing shared-strings part", fileName: "no-shared-strings.xlsx",
                     outcome: .refused(status: 65, reason: "a cell uses shared strings but the workbook has no shared strings part (row 1)"),
                     make: workbook),
        HostileInput(name: "a tag with 200,000 attributes", fileName: "attribute-flood.xlsx",
                     outcome: .refused(status: 65, reason: "workbook part xl/worksheets/sheet1.xml has a tag with more than 1000 attributes "
                                                   + "(refused: no workbook has that many)"),
                     make: workbook),
        HostileInput(name: "shared-string index out of range", fileName: "bad-string-index.xlsx",
                     outcome: .refused(status: 65, reason: "shared string index 999 out of range (row 3)"),
                     make: workbook),
    ]
}

/// The repository this test file lives in.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
