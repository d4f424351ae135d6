import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

@Suite struct TextTests {
    @Test func foldingRemovesCaseAccentsAndUnifiesApostrophes() {
        #expect(TextFold.fold("Forêts") == "forets")
        #expect(TextFold.fold("QUÉBEC") == "quebec")
        #expect(TextFold.fold("l’IA œuvre") == "l'ia oeuvre")
        #expect(TextFold.fold("Île-de-Montréal") == "ile-de-montreal")
        #expect(TextFold.fold("e\u{301}cole") == "ecole")  // decomposed accent
    }

    @Test func tidyTrimsAndCollapsesSpaces() {
        #expect(CellText.tidy("Héma-Québec ") == "Héma-Québec")
        #expect(CellText.tidy("  Centre de services scolaire de Laval  ") == "Centre de services scolaire de Laval")
        #expect(CellText.tidy("Ministère  de la\u{A0}Santé") == "Ministère de la\u{A0}Santé")  // one no-break space is kept
        #expect(CellText.tidy("Ministère \u{A0}de la Santé") == "Ministère de la Santé")  // a run of two becomes one space
        #expect(CellText.tidy("Traitement d’image « IA » — 2") == "Traitement d’image « IA » — 2")  // typography as written
        #expect(CellText.tidy("a\nb") == "a b")
        #expect(CellText.tidy(" a \r\n b \n", multiline: true) == "a\nb")
        #expect(CellText.tidy("déjà propre") == "déjà propre")
        #expect(CellText.tidy("") == "")
    }

    @Test func vocabularyResolvesFrenchEnglishAndVariants() {
        let image = VocabularyIndex.categories.term(for: "Traitement d'image/Imagerie médicale")
        #expect(image?.en == "Image processing")
        #expect(VocabularyIndex.categories.term(for: "Traitement d’image") == image)
        #expect(VocabularyIndex.categories.term(for: "image processing") == image)
        #expect(VocabularyIndex.statuses.term(for: "Solution in production")?.fr == "Solution en production")
        #expect(VocabularyIndex.portfolios.term(for: "Health and Social Services (Network)")?.fr == "Santé et Services sociaux (Réseau)")
        #expect(VocabularyIndex.categories.term(for: "Cybersécurité") == nil)
        #expect(Vocabulary.categories.count == 10)
        #expect(Vocabulary.statuses.count == 3)
    }

    @Test func displayWidthAndTruncation() {
        #expect(DisplayWidth.of("Québec") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.truncate("Ministère des Transports", to: 10) == "Ministère…")
        #expect(DisplayWidth.pad("abc", to: 5) == "abc  ")
        // A decomposed letter is kept whole with its accent, or left out whole.
        #expect(DisplayWidth.truncate("Re\u{301}seau de sante\u{301}", to: 3) == "Re\u{301}…")
        #expect(DisplayWidth.truncate("Re\u{301}seau de sante\u{301}", to: 2) == "R…")
        #expect(Array(ComparisonWriter.middleCut("Centre de sante\u{301} Re\u{301}", to: 8).unicodeScalars)
                == Array("Cent… Re\u{301}".unicodeScalars))
    }

    @Test func terminalSafeShowsControlCharacters() {
        #expect(TerminalSafe.visible("a\u{1B}]2;x\u{07}b") == "a␛]2;x␇b")
        #expect(TerminalSafe.visible("clean") == "clean")
        #expect(TerminalSafe.visible("x\u{9B}y") == "x\u{FFFD}y")
        #expect(TerminalSafe.visible("abc\u{202E}fed") == "abc\u{FFFD}fed")  // right-to-left override
    }
}
