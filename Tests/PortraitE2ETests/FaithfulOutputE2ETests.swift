import Foundation
import PortraitTestSupport
import Testing

/// What the register says comes out unchanged, through the real binary: text as written (typographic
/// apostrophes, quotes, dashes, no-break spaces), empty cells exported empty, only initiatives counted, and
/// `validate` saying what it skipped and relabelled, in both languages.
@Suite(.tags(.e2e, .timing), .serialized) struct FaithfulOutputE2ETests {
    static let header = "Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut"
    /// A name with a typographic apostrophe, guillemets with no-break spaces and an em dash.
    static let name = "Suivi d’évolution «\u{A0}pilote\u{A0}» — phase 2"
    static let organisation = "Ministère de l’Éducation"

    /// A file whose second row leaves the portfolio and benefits empty, with a blank row, a repeated header
    /// and a source line among its lines.
    static let file = [
        header,
        "\(name),Automatisation,\(organisation),Éducation,Gain de temps ; moins d’erreurs,Solution en production",
        ",,,,,",
        "Tri des courriels,automatisation ,Organisme  B,,,en production",
        header,
        "Résumé des plaintes,Automatisation,Organisme C,Finances,Délais,Solution en production",
        "\"Source : Portrait 2025, MCN\",,,,,",
    ].joined(separator: "\n") + "\n"

    private func make(_ text: String, named fileName: String = "portrait-2025.csv") throws -> (folder: URL, path: String) {
        let folder = try Binary.temporaryFolder()
        let path = folder.appendingPathComponent(fileName).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test func typographicTextComesOutAsWrittenInEveryFormat() throws {
        let (folder, path) = try make(Self.file)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["csv", "tsv", "json", "md"] {
            let run = try ResourceBounds.run(["query", "--format", format, path], format)
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(run.stdoutText.contains(Self.name), "\(format): \(run.stdoutText)")
            #expect(run.stdoutText.contains(Self.organisation), "\(format)")
            #expect(run.stdoutText.contains("moins d’erreurs"), "\(format)")
        }
        let screen = try ResourceBounds.run(["browse", "--print-screen", "160x30", path], "browse")
        #expect(screen.stdoutText.contains("Suivi d’évolution «\u{A0}pilote\u{A0}» — phase 2"), "\(screen.stdoutText)")
        // Matching still folds: a plain apostrophe finds the typographic one.
        let search = try ResourceBounds.run(["query", "--format", "json", "--search", "d'evolution", path], "search")
        #expect(search.stdoutText.contains(Self.name))
        let org = try ResourceBounds.run(["query", "--format", "json", "--org", "Ministere de l'Education", path], "org")
        #expect(org.status == 0 && org.stdoutText.contains(Self.name), "\(org.stderr)")
    }

    @Test func emptyCellsAreExportedEmptyInBothLanguages() throws {
        let (folder, path) = try make(Self.file)
        defer { try? FileManager.default.removeItem(at: folder) }
        for lang in ["fr", "en"] {
            let json = try ResourceBounds.run(["query", "--format", "json", "--lang", lang, path], "json \(lang)")
            let objects = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: String]])
            let tri = try #require(objects.first { $0["name"] == "Tri des courriels" })
            #expect(tri["portfolio"] == "" && tri["benefits"] == "", "\(lang): \(tri)")
            let csv = try ResourceBounds.run(["query", "--format", "csv", "--lang", lang, path], "csv \(lang)")
            #expect(csv.stdoutText.contains("Tri des courriels,\(lang == "fr" ? "Automatisation" : "Automation"),Organisme B,,,"),
                    "\(lang): \(csv.stdoutText)")
            let tsv = try ResourceBounds.run(["query", "--format", "tsv", "--lang", lang, path], "tsv \(lang)")
            #expect(tsv.stdoutText.contains("\tOrganisme B\t\t\t"), "\(lang)")
            let md = try ResourceBounds.run(["query", "--format", "md", "--lang", lang, path], "md \(lang)")
            #expect(md.stdoutText.contains("| Organisme B |  |  |"), "\(lang): \(md.stdoutText)")
            let stats = try ResourceBounds.run(["stats", "--by", "portfolio", "--format", "csv", "--lang", lang, path], "stats \(lang)")
            #expect(stats.stdoutText.contains("\r\n,1\r\n"), "\(lang): \(stats.stdoutText)")
            let statsJSON = try ResourceBounds.run(["stats", "--by", "portfolio", "--format", "json", "--lang", lang, path], "stats json")
            #expect(statsJSON.stdoutText.contains(#"{"value": "", "count": 1}"#), "\(lang): \(statsJSON.stdoutText)")
            for run in [json, csv, tsv, md, stats, statsJSON] {
                #expect(!run.stdoutText.contains("(vide)") && !run.stdoutText.contains("(blank)"), "\(lang)")
            }
            // On screen, the placeholder says the value is empty.
            let table = try ResourceBounds.run(["stats", "--by", "portfolio", "--lang", lang, path], "table \(lang)")
            #expect(table.stdoutText.contains(lang == "fr" ? "(vide)" : "(blank)"), "\(lang): \(table.stdoutText)")
        }
    }

    @Test func onlyInitiativesAreCountedAndValidateListsWhatWasSkipped() throws {
        let (folder, path) = try make(Self.file)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try ResourceBounds.run(["query", "--format", "json", path], "json")
        let objects = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: String]])
        #expect(objects.map { $0["name"] } == [Self.name, "Tri des courriels", "Résumé des plaintes"])
        let summary = try ResourceBounds.run(["stats", "--by", "status", path], "stats")
        #expect(summary.stdoutText.contains("3 initiatives in all"), "\(summary.stdoutText)")

        let english = try ResourceBounds.run(["validate", path], "validate")
        #expect(english.stdoutText.contains("\n  rows:       3\n"), "\(english.stdoutText)")
        for line in ["1 × blank row skipped (every cell empty; not counted) (line 3)",
                     "1 × repeated header skipped (not counted) (line 5)",
                     "1 × footer line skipped (only one cell filled, after the last initiative, e.g. 'Source: …'; not counted) (line 7)",
                     "1 × category 'automatisation' read as 'Automatisation' (line 4)",
                     "1 × status 'en production' read as 'Solution en production' (line 4)",
                     "1 × stray spaces in category (trimmed) (line 4)",
                     "1 × stray spaces in organisation (trimmed) (line 4)"] {
            #expect(english.stdoutText.contains(line), "\(line)\n\(english.stdoutText)")
        }
        let french = try ResourceBounds.run(["validate", "--lang", "fr", path], "validate fr")
        for line in ["1 × ligne vide ignorée (toutes les cellules vides ; non comptée) (ligne 3)",
                     "1 × en-tête répété ignoré (non compté) (ligne 5)",
                     "1 × ligne de pied ignorée (une seule cellule remplie, après la dernière initiative, p. ex. « Source : … » ; non comptée) (ligne 7)",
                     "1 × « Catégorie » : « automatisation » lu comme « Automatisation » (ligne 4)",
                     "1 × espaces superflus dans « Organisme public » (retirés) (ligne 4)"] {
            #expect(french.stdoutText.contains(line), "\(line)\n\(french.stdoutText)")
        }
        // The embedded 2025 edition: nothing skipped; one category spelling read as its official label.
        let embedded = try ResourceBounds.run(["validate", Repository.root.appendingPathComponent("Data/portrait-2025.csv").path], "data")
        #expect(!embedded.stdoutText.contains("skipped"), "\(embedded.stdoutText)")
        #expect(embedded.stdoutText.contains("27 × category 'Traitement d'image/Imagerie médicale' read as 'Traitement d'image' (lines 12, "),
                "\(embedded.stdoutText)")
    }

    /// Written to a file or a pipe (the runner's standard output is a file), `stats`, `summary` and `diff`
    /// keep every label whole; only a terminal gets them cut to 80 columns.
    @Test func labelsAreWholeOffTheTerminal() throws {
        let category = "Catégorie expérimentale de vision par ordinateur pour l’inspection des ponts, viaducs et autres ouvrages d’art du réseau routier"
        let body = "Centre intégré universitaire de santé et de services sociaux de l’Est-de-l’Île-de-Montréal — Direction des services techniques"
        let older = Self.header + "\nTri,Automatisation,Organisme A,Finances,Délais,Solution en production\n"
        let newer = Self.header + "\nTri,Automatisation,Organisme A,Finances,Délais,Solution en production\nInspection,\"\(category)\",\(body),Transports,Sécurité,\"\(category)\"\n"
        let (folder, path) = try make(newer)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("portrait-2024.csv").path
        try Data(older.utf8).write(to: URL(fileURLWithPath: old))
        let stats = try ResourceBounds.run(["stats", "--by", "category", path], "stats")
        #expect(stats.stdoutText.contains(category), "\(stats.stdoutText)")
        let byBody = try ResourceBounds.run(["stats", "--by", "organisation", path], "stats org")
        #expect(byBody.stdoutText.contains(body), "\(byBody.stdoutText)")
        let summary = try ResourceBounds.run(["summary", path], "summary")
        #expect(summary.stdoutText.contains(category), "\(summary.stdoutText)")
        let diff = try ResourceBounds.run(["diff", old, path], "diff")
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdoutText.contains(body) && diff.stdoutText.contains(category), "\(diff.stdoutText)")
    }

    @Test func dashOIsStandardOutputAndNoOutputPathCrashes() throws {
        let (folder, path) = try make(Self.file)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dash = try ResourceBounds.run(["query", "--format", "json", "-o", "-", path], "-o -")
        #expect(dash.status == 0, "\(dash.stderr)")
        #expect(dash.stdoutText.hasPrefix("[\n"), "\(dash.stdoutText)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["portrait-2025.csv"])
        // One-character names, in the current folder and at the end of a path: written, never a crash.
        let shell = "cd '\(folder.path)' && \(Binary.shellQuoted) query portrait-2025.csv -o a && \(Binary.shellQuoted) query portrait-2025.csv -o ./b"
        let short = try MeasuredProcess.run("/bin/sh", ["-c", shell], timeout: 60)
        #expect(short.status == 0, "\(short.stderr)")
        for name in ["a", "b"] {
            let text = try String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)
            #expect(text.contains(Self.name))
        }
        // A name one byte short of the limit (255): the temporary name does not depend on it.
        let long = String(repeating: "x", count: 250) + ".csv"
        let longRun = try ResourceBounds.run(["query", path, "-o", folder.appendingPathComponent(long).path], "long name")
        #expect(longRun.status == 0, "\(longRun.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(long).path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func replacedFileKeepsItsModeAndNewFileTakesTheUmasks() throws {
        let (folder, path) = try make(Self.file)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("private.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        let run = try ResourceBounds.run(["query", path, "-o", target, "--force"], "--force")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try mode(target) == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains(Self.name))
        // A new file: 0666 less the umask (027 here).
        let fresh = folder.appendingPathComponent("fresh.csv").path
        let shell = "umask 027 && \(Binary.shellQuoted) query '\(path)' -o '\(fresh)'"
        let made = try MeasuredProcess.run("/bin/sh", ["-c", shell], timeout: 60)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try mode(fresh) == 0o640)
    }

    private func mode(_ path: String) throws -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { throw TmuxError(message: "stat \(path)") }
        return info.st_mode & 0o7777
    }
}
