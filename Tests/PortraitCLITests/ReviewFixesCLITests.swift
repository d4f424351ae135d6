import Foundation
import PortraitTestSupport
import Testing

/// Loose ends of the second wave, through the real binary: `validate` offers no option that does
/// nothing for it, and the HTML report's sentence names the benefits and changes chosen and its command says
/// `--sample` for the sample.
@Suite(.tags(.e2e)) struct ReviewFixesCLITests {
    @Test func validateHelpHasNoSampleOption() throws {
        for language in ["fr", "en"] {
            let help = try CLI.run(["validate", "--help", "--lang", language])
            #expect(help.status == 0)
            #expect(!help.stdout.contains("--sample"), "\(help.stdout)")
            #expect(help.stdout.contains("--columns") && help.stdout.contains("--sheet") && help.stdout.contains("--edition"))
        }
        // The commands that read the sample with no FILES still offer it.
        for command in ["query", "stats", "summary", "browse"] {
            #expect(try CLI.run([command, "--help"]).stdout.contains("--sample"), "\(command)")
        }
        let refused = try CLI.run(["validate", "--sample", "x.csv"])
        #expect(refused.status == 64)
        #expect(refused.stdout.isEmpty)
    }

    @Test func validateStillReadsWhatItIsGiven() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("p.csv").path
        let csv = "Nom;Catégorie;Organisme public;Portefeuille ministériel;Bénéfices;Statut\nA;Automatisation;O1;Finances;x;Solution en production\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let run = try CLI.run(["validate", "--edition", "essai", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("essai") && run.stdout.contains("rows:"), "\(run.stdout)")
    }

    @Test func htmlReportSentenceNamesTheBenefits() throws {
        let french = try CLI.run(["query", "--sample", "--benefit", "Réduction des temps d'attente pour les usagers", "--format", "html", "--lang", "fr"])
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.contains("Les initiatives qui déclarent le bénéfice «\u{00A0}Réduction des temps d&#39;attente pour les usagers\u{00A0}»"), "\(french.stdout.prefix(3000))")
        let english = try CLI.run(["query", "--sample", "--benefit", "Réduction des temps d'attente pour les usagers", "--status", "production",
                                   "--format", "html", "--lang", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("whose status is “Solution in production” and that state the benefit “Réduction des temps d&#39;attente pour les usagers”"))
    }

    @Test func htmlReportOfTheSampleGivesACommandThatReadsTheSample() throws {
        let run = try CLI.run(["query", "--sample", "--status", "production", "--format", "html", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<code>portrait query --status &#39;Solution in production&#39; --labels en --format html --sample</code>"))
    }

    @Test func htmlReportSentenceNamesTheChanges() throws {
        let english = try CLI.run(["query", "--sample", "--change", "removed", "--change", "new", "--format", "html", "--lang", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("The initiatives whose change between the last two editions is “new” or “removed”."),
                "\(english.stdout.prefix(3000))")
        let french = try CLI.run(["query", "--sample", "--change", "removed", "--format", "html", "--lang", "fr"])
        #expect(french.stdout.contains("Les initiatives dont le changement entre les deux dernières éditions est «\u{00A0}retirée\u{00A0}»."))
    }
}
