import Foundation
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore
import Testing

/// Error messages and command-line text in French and English: both tables are complete, the two forms of
/// an entry fill the same placeholders, and an error reads the same in both languages but for the words.
@Suite struct MessageTableTests {
    /// Entries rightly the same in both languages (a bare system cause, words shared by both).
    static let errorsSameInBoth: Set<ErrorText> = [.systemError]
    static let commandSameInBoth: Set<CommandText> = [.validateFormat, .validateAnomalies, .diffInitiatives, .officialFrom]

    static func check<T: LocalizedTemplate & Hashable>(_ entry: T, sameInBoth: Set<T>) {
        let (fr, en) = entry.forms
        #expect(!fr.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry) has no French form")
        #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry) has no English form")
        #expect(fr != en || sameInBoth.contains(entry), "\(entry) is the same in both languages: \(fr)")
        #expect(entry.placeholders(.fr) == entry.placeholders(.en), "\(entry): the two forms fill different placeholders")
        #expect(!fr.contains("{}") && !en.contains("{}"), "\(entry): an unnamed placeholder")
        // English text carries no French typography or accents (Québec aside); French no English quotes
        // and no colon without its space.
        let english = en.replacingOccurrences(of: "Québec", with: "")
        #expect(!english.contains { "éèêàâçôîûùœ«»".contains($0) }, "\(entry): French in the English form: \(en)")
        #expect(!fr.contains(" '{") && !fr.contains("“"), "\(entry): English quotes in the French form: \(fr)")
        #expect(!fr.contains(try! Regex("[^ ]:( |$)")), "\(entry): a French colon without a space before it: \(fr)")
    }

    @Test func everyErrorMessageHasItsFrenchAndItsEnglishForm() {
        #expect(ErrorText.allCases.count > 60)
        for entry in ErrorText.allCases { Self.check(entry, sameInBoth: Self.errorsSameInBoth) }
    }

    @Test func everyFacetTextHasItsFrenchAndItsEnglishForm() {
        // The status option's help quotes French data values in both languages; only its French form is checked.
        for entry in FacetText.allCases where entry != .optionStatus { Self.check(entry, sameInBoth: []) }
        #expect(FacetText.optionStatus.placeholders(.fr) == FacetText.optionStatus.placeholders(.en))
    }

    @Test func everyCommandTextHasItsFrenchAndItsEnglishForm() {
        for entry in CommandText.allCases { Self.check(entry, sameInBoth: Self.commandSameInBoth) }
    }

    @Test func everyAnomalyHasItsFrenchAndItsEnglishSummary() {
        let kinds: [AnomalyKind] = [.duplicateRow, .tooFewCells, .tooManyCells, .unknownValue(.category, "Robotique"), .unknownValue(.status, "Peut-être")]
            + Field.allCases.flatMap { [AnomalyKind.missingColumn($0), .blankField($0), .straySpaces($0)] }
        for kind in kinds {
            let (fr, en) = (kind.summary(.fr), kind.summary(.en))
            #expect(!fr.isEmpty && !en.isEmpty && fr != en, "\(kind)")
            #expect(en == kind.summary)
            if case .unknownValue(_, let value) = kind { #expect(fr.contains("« \(value) »") && en.contains("'\(value)'")) }
        }
    }

    @Test func errorsDifferInWordsOnlyAndKeepFileLineAndCause() {
        let quote = PortraitError(.badData, file: "données/x.csv", line: 42, .unterminatedQuote)
        #expect(quote.description == "cannot read 'données/x.csv': line 42: quoted field opened here is never closed")
        #expect(quote.description(in: .fr)
            == "impossible de lire « données/x.csv » : ligne 42 : le champ entre guillemets ouvert ici n'est jamais fermé")
        let written = PortraitError(.cannotCreate, file: "out.csv", .cannotCreateIn, ["folder": "out", "cause": "Permission denied"])
        #expect(written.description == "cannot write 'out.csv': cannot create a file in 'out': Permission denied")
        #expect(written.description(in: .fr) == "impossible d'écrire « out.csv » : impossible de créer un fichier dans « out » : Permission denied")
        let image = PortraitError(.badData, .notCSV, phrases: ["what": .pngImage])
        #expect(image.reason == "not a CSV file: this is a PNG image")
        #expect(image.reason(in: .fr) == "pas un fichier CSV : c'est une image PNG")
    }

    /// Every value given to a message, in every language, ends up in the text: no placeholder is left
    /// unfilled by the errors the loader raises.
    @Test func raisedErrorsLeaveNoPlaceholderUnfilled() throws {
        let inputs: [[UInt8]] = [Array("\u{89}PNG\r\n".utf8), [], Array("a,b\n\"x\n".utf8), Array("x;y;z\n1;2;3\n".utf8),
                                 [0xEF, 0xBB, 0xBF, 0xFF, 0xFE], Array(repeating: 0, count: 40) + Array("abc".utf8)]
        for bytes in inputs {
            let error = try #require(throws: PortraitError.self) { try Loader.load(csvFiles: [("t.csv", bytes)]) }
            for language in Language.allCases {
                let text = error.description(in: language)
                #expect(!text.contains("{") && !text.contains("}"), "\(text)")
            }
        }
    }
}
