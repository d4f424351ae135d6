import Foundation
import PortraitTestSupport
import Testing

/// Text from a file never reaches an output raw where people read it (the Markdown footer's source line),
/// `validate` reports control characters in cells, and the empty value is named on the command line by
/// `(vide)`, `(blank)` or `''` in both languages, while an English message never says "(vide)".
@Suite(.tags(.e2e)) struct SafeTextAndBlanksE2ETests {
    static let header = "\"Nom de l'actif informationnel, du projet ou de l'initiative en IA\",Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\n"

    static func file(_ text: String, named name: String = "portrait.csv") throws -> (folder: URL, path: String) {
        let folder = try Binary.temporaryFolder()
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    /// A file of another government whose title line holds ESC c (reset), an 8-bit CSI and a CR that would
    /// forge a line: the Markdown footer names it with visible placeholders, on one line.
    @Test func theMarkdownFooterNamesAHostileTitleSafely() throws {
        let title = "Inventaire\u{1B}c\u{9B}31m\rportrait: forged line"
        let (folder, path) = try Self.file("\"\(title)\"\nProjet,Organisation,Statut\nTri des courriels,Ville,En production\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Binary.run(["query", "--format", "md", "--lang", "en", path])
        #expect(run.status == 0, "\(run.stderr)")
        let output = String(decoding: run.stdout, as: UTF8.self)
        let footer = try #require(output.components(separatedBy: "\n\n").last)
        // The CR is made a space when the title line is read; ESC and the 8-bit CSI are shown, not obeyed.
        #expect(footer.contains("Inventaire␛c\u{FFFD}31m"), "\(footer)")
        #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }, "\(output)")
    }

    /// `validate` lists control characters in cells, with their lines, in both languages.
    @Test func validateReportsControlCharactersInCells() throws {
        let csv = Self.header + "Agent\u{1B}[2J,Automatisation,Ville,Finances,Qualité,Solution en production\n"
            + "Tri,Automatisation,Ville\u{202E}x,Finances,Qualité,Solution en production\n"
            + "Plain,Automatisation,Ville,Finances,\"Qualité\nmultiligne\",Solution en production\n"
        let (folder, path) = try Self.file(csv)
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = String(decoding: try Binary.run(["validate", "--lang", "en", path]).stdout, as: UTF8.self)
        #expect(english.contains("1 × control characters in name (kept; shown as ␛ on screen) (line 2)") || english.contains("1 × control characters in name (kept; shown as ␛ on screen)"), "\(english)")
        #expect(english.contains("control characters in organisation"), "\(english)")
        #expect(!english.contains("control characters in benefits"), "a line break is layout, not a control: \(english)")
        let french = String(decoding: try Binary.run(["validate", "--lang", "fr", path]).stdout, as: UTF8.self)
        #expect(french.contains("caractères de contrôle dans « Nom"), "\(french)")
    }

    /// `(vide)`, `(blank)` and `''` each select the rows whose status is empty, whatever the languages;
    /// a value that names nothing lists the closest values in the message's language.
    @Test func blanksAreNamedBothWays() throws {
        let csv = Self.header + "A,Automatisation,Ville,Finances,Qualité,\nB,Automatisation,Ville,Finances,Qualité,Solution en production\n"
        let (folder, path) = try Self.file(csv)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["(vide)", "(blank)", "", "(VIDE)"] {
            for language in ["fr", "en"] {
                let run = try Binary.run(["query", "--status", name, "--lang", language, "--format", "json", path])
                #expect(run.status == 0, "\(name) \(language): \(run.stderr)")
                let rows = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
                #expect(rows.map { $0["name"] as? String } == ["A"], "\(name) \(language)")
            }
        }
        let english = try Binary.run(["query", "--status", "nothing like it", "--lang", "en", path])
        #expect(english.status == 64)
        #expect(english.stderr.contains("(blank)") && !english.stderr.contains("(vide)"), "\(english.stderr)")
        let french = try Binary.run(["query", "--status", "rien de tel", "--lang", "fr", path])
        #expect(french.stderr.contains("(vide)") && !french.stderr.contains("(blank)"), "\(french.stderr)")
    }

    /// A search and a value that start with `-`, as `y` writes them (`--search=-gestion`), and a file whose
    /// name starts with `-` after `--`.
    @Test func valuesAndFilesThatLookLikeOptions() throws {
        let csv = Self.header + "Tri -gestion,Automatisation,-Ville,Finances,Qualité,Solution en production\n"
            + "Autre,Automatisation,Ville,Finances,Qualité,Solution en production\n"
        let (folder, path) = try Self.file(csv, named: "-portrait.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try MeasuredProcess.run("/bin/sh", ["-c", "cd " + Tmux.shellQuoted(folder.path) + " && " + Binary.shellQuoted
            + " query --search=-gestion --org=-Ville --format json -- -portrait.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Tri -gestion"], "\(path)")
    }

    /// The HTML report's "same selection" command says how `query` read its rows: `--columns`, an
    /// `--edition` label that starts with `-` and a file named `-…` after `--`; run, it gives the same rows.
    @Test func theReportsCommandSaysHowTheRowsWereRead() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ViewFiles.write(in: folder)
        let shell = "cd " + Tmux.shellQuoted(folder.path) + " && " + Binary.shellQuoted
        let report = try MeasuredProcess.run("/bin/sh", ["-c", shell + " query --lang fr --status '(vide)' --columns "
            + Tmux.shellQuoted(ViewFiles.swappedColumns) + " --edition=-v1 --format html -- " + Tmux.shellQuoted(ViewFiles.swapped)])
        #expect(report.status == 0, "\(report.stderr)")
        let page = report.stdoutText
        let expected = "portrait query --status &#39;(vide)&#39; --labels fr --format html --columns &#39;category=Statut,status=Catégorie&#39; "
            + "--edition=-v1 -- &#39;-registre à part.csv&#39;"
        #expect(page.contains(expected), "\(page.components(separatedBy: "\n").filter { $0.contains("portrait query") })")
    }
}

