import Foundation
import PortraitTestSupport
import Testing

/// The lesser findings of issue 11, through the real binary: files that are not CSV or not XLSX named for
/// what they are, a header after a long preamble found at its line, editions never merged silently, and
/// Markdown that cannot carry raw HTML or links from the data.
@Suite(.tags(.e2e, .timing), .serialized) struct LesserFindingsE2ETests {
    private func folder() throws -> URL { try Binary.temporaryFolder() }

    private func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func textThatIsNotCSVIsRefusedByName() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A web page under a .csv name goes to the HTML reader, which names what it missed.
        let page = try write(Array("<!DOCTYPE html>\n<html><body><table><tr><td>Couleur</td><td>Statut</td></tr></table></body></html>\n".utf8),
                             "page.csv", in: folder)
        let refused = try ResourceBounds.run(["validate", page], "page.csv")
        #expect(refused.status == 65)
        #expect(refused.stderr == "portrait: cannot read '\(page)': no table with the portrait's columns (1 tables seen)\n", "\(refused.stderr)")
        let cases: [(String, String, String)] = [
            ("data.csv", "[{\"name\": \"Tri\", \"status\": \"Solution en production\"}]\n", "a JSON document"),
            ("feed.csv", "<?xml version=\"1.0\"?>\n<rows><row>Tri</row></rows>\n", "an XML document"),
        ]
        for (name, text, what) in cases {
            let path = try write(Array(text.utf8), name, in: folder)
            for command in ["validate", "query"] {
                let run = try ResourceBounds.run([command, path], name)
                #expect(run.status == 65, "\(name)")
                #expect(run.stderr == "portrait: cannot read '\(path)': not a CSV file: this is \(what)\n", "\(run.stderr)")
                #expect(run.stdout.isEmpty)
            }
            let french = try ResourceBounds.run(["validate", "--lang", "fr", path], name)
            #expect(french.stderr.hasPrefix("portrait : impossible de lire « \(path) » : pas un fichier CSV : c'est "), "\(french.stderr)")
        }
    }

    @Test func officeFilesThatAreNotXLSXAreNamed() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 2000)
        let encryptedName = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let xls = try write(compound, "old.xlsx", in: folder)
        let encrypted = try write(compound + encryptedName + [UInt8](repeating: 0, count: 100), "locked.xlsx", in: folder)
        let ods = folder.appendingPathComponent("sheet.xlsx").path
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
                z.writestr("content.xml", "<office:document-content/>")
            """
        let made = try MeasuredProcess.run("/usr/bin/env", ["python3", "-c", script, ods], timeout: 60)
        try #require(made.status == 0, "\(made.stderr)")
        let expected = [
            (xls, "not an XLSX workbook: this is an old-style Excel (.xls) or Office file; save it as CSV or XLSX"),
            (encrypted, "not an XLSX workbook: this is a password-protected (encrypted) workbook; remove the password and save it as XLSX"),
            (ods, "not an XLSX workbook: this is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV"),
        ]
        for (path, reason) in expected {
            let run = try ResourceBounds.run(["validate", path], path)
            #expect(run.status == 65)
            #expect(run.stderr == "portrait: cannot read '\(path)': \(reason)\n", "\(run.stderr)")
        }
        // Renamed .csv, the encrypted workbook is still named for what it is.
        let renamed = try write(compound + encryptedName, "locked.csv", in: folder)
        let run = try ResourceBounds.run(["validate", renamed], "locked.csv")
        #expect(run.stderr.hasSuffix("not a CSV file: this is a password-protected (encrypted) workbook; remove the password and save it as XLSX\n"),
                "\(run.stderr)")
    }

    @Test func aHeaderAfterALongPreambleIsFoundAtItsLine() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let preamble = (1...34).map { "Portrait des utilisations de l'IA, note \($0)" }.joined(separator: "\n")
        let path = try write(Array((preamble + "\n" + HostileInput.header + "\n" + HostileInput.row + "\n").utf8), "late.csv", in: folder)
        let run = try ResourceBounds.run(["validate", path], "late header")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutText.contains("\n  header:     line 35\n"), "\(run.stdoutText)")
        #expect(run.stdoutText.contains("\n  rows:       1\n"))
    }

    /// Other registers load without a column map when their headers say what they are; a register without
    /// portfolio or benefits columns loads with those left empty, and `validate` says which are missing.
    @Test func otherRegistersLoadWithTheirMissingFieldsNamed() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inventory = try write(Array("use_case_name,agency_name,development_stage,topic_area\nChatbot,Department of X,In production,Customer service\n".utf8),
                                  "inventory.csv", in: folder)
        let four = try write(Array("Nom,Catégorie,Organisme public,Statut\nTri des courriels,Automatisation,Organisme 1,Solution en production\n".utf8),
                             "four.csv", in: folder)
        for path in [inventory, four] {
            let run = try ResourceBounds.run(["validate", path], path)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdoutText.contains("\n  rows:       1\n"), "\(run.stdoutText)")
            #expect(run.stdoutText.contains("1 × no column for portfolio (left blank) (line 1)"), "\(run.stdoutText)")
            #expect(run.stdoutText.contains("1 × no column for benefits (left blank) (line 1)"), "\(run.stdoutText)")
            let json = try ResourceBounds.run(["query", "--format", "json", path], path)
            let objects = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: String]])
            #expect(objects.first?["portfolio"] == "" && objects.first?["benefits"] == "", "\(objects)")
        }
    }

    @Test func editionsAreNeverMergedSilently() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Array((HostileInput.header + "\n" + HostileInput.row + "\n").utf8)
        var paths: [String] = []
        for sub in ["a", "b"] {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            paths.append(try write(text, "portrait-2025.csv", in: dir))
        }
        let clash = try ResourceBounds.run(["stats", "--by", "edition"] + paths, "clash")
        #expect(clash.status == 64)
        #expect(clash.stderr == "portrait: '\(paths[0])' and '\(paths[1])' would both be edition '2025'; name each edition with --edition\n",
                "\(clash.stderr)")
        let named = try ResourceBounds.run(["stats", "--by", "edition", "--format", "csv", "--edition", "A", "--edition", "B"] + paths, "named")
        #expect(named.status == 0 && named.stdoutText.contains("A,1") && named.stdoutText.contains("B,1"), "\(named.stdoutText)")
        let fewer = try ResourceBounds.run(["stats", "--edition", "A"] + paths, "fewer")
        #expect(fewer.status == 64)
        #expect(fewer.stderr == "portrait: --edition given for 1 of the 2 files: give one label per file\n", "\(fewer.stderr)")
    }

    @Test func markdownShowsRawHTMLAndLinksAsText() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let row = "A <script>alert(1)</script> [lien](https://example.org) & co | x \\\\,Automatisation,O,Finances,B,Solution en production"
        let path = try write(Array((HostileInput.header + "\n" + row + "\n").utf8), "md.csv", in: folder)
        let run = try ResourceBounds.run(["query", "--format", "md", path], "md")
        #expect(run.stdoutText.contains("| A &lt;script&gt;alert(1)&lt;/script&gt; \\[lien\\](https://example.org) &amp; co \\| x \\\\\\\\ |"),
                "\(run.stdoutText)")
        #expect(!run.stdoutText.contains("<script>"))
    }
}
