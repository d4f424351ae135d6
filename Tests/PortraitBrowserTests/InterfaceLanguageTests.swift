import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// French and English throughout: the string table is complete, and a screen in one language shows no
/// interface word of the other (data aside), in every view.
@Suite struct InterfaceLanguageTests {
    /// Strings that are rightly the same in both languages. Any other pair that is the same is a
    /// translation someone forgot.
    static let sameInBoth: Set<UIString> = [
        .countLine, .moreValues, .detailPosition, .scopeExport, .keyTab, .sectionInitiatives,
    ]

    @Test func everyStringHasItsFrenchAndItsEnglishForm() {
        let placeholder = try! Regex("\\{[a-z]+\\}")
        for string in UIString.allCases {
            let (fr, en) = string.forms
            #expect(!fr.trimmingCharacters(in: .whitespaces).isEmpty, "\(string) has no French form")
            #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(string) has no English form")
            #expect(fr != en || Self.sameInBoth.contains(string), "\(string) is the same in both languages: \(fr)")
            let names = { (text: String) in Set(text.matches(of: placeholder).map { String(text[$0.range]) }) }
            #expect(names(fr) == names(en), "\(string): the two forms fill different placeholders")
            // English text carries no French typography or accents (Québec aside).
            let english = en.replacingOccurrences(of: "Québec", with: "")
            #expect(!english.contains { "éèêàâçôîûùœ«»".contains($0) }, "\(string): French in the English form: \(en)")
            #expect(!fr.contains("“") && !fr.contains("”"), "\(string): English quotes in the French form")
        }
    }

    /// Words (four letters or more) of the interface in `language` that the other language's interface
    /// never uses and that no data of the embedded editions contains: seeing one means a string of the
    /// wrong language.
    static func foreignWords(_ language: Language, data: Set<String>) -> Set<String> {
        let other: Language = language == .fr ? .en : .fr
        let texts = { (lang: Language) in UIString.allCases.map { $0.text(lang) } + Field.allCases.map { $0.title(lang) } }
        return words(texts(language).joined(separator: " ")).subtracting(words(texts(other).joined(separator: " "))).subtracting(data)
    }

    /// The words of `text`: runs of letters, four or more.
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter }.filter { $0.count >= 4 }.map(String.init))
    }

    /// Every word of the embedded data: names, bodies, benefits, labels and definitions in both languages,
    /// edition and file names.
    static func dataWords(_ store: PortraitStore) -> Set<String> {
        var text = ""
        for row in 0..<store.count {
            for field in [Field.name, .organisation, .benefits] { text += store.text(field, row: row) + " " }
        }
        for facet in Facet.allCases {
            for value in store.values(facet) {
                text += value.raw + " " + value.label(.fr) + " " + value.label(.en) + " "
                text += (value.term?.definition(.fr) ?? "") + " " + (value.term?.definition(.en) ?? "") + " "
            }
        }
        return words(text + " portrait csv")
    }

    /// The screens of a session through every view: lists, search, detail, chart, comparison, help, the
    /// export prompt and its messages, the sort message, and the too-small screen.
    static func tour(_ interface: Language) throws -> [String] {
        var screens: [String] = []
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30), interface: interface)
        func look() { screens.append(TUI.render(session).text) }
        look()
        session.press(.character("?")); look()
        session.press(.pageDown); look()
        session.press(.escape, .character("g")); look()
        session.press(.end); look()
        session.press(.character("d")); look()
        session.press(.end); look()
        session.press(.character("q"), .character("/")); look()
        session.type("foret"); look()
        session.press(.enter, .enter); look()
        session.press(.escape, .character("s")); look()
        session.press(.character("e"), .control("u")); look()
        session.press(.escape); look()
        session.press(.character("e"), .control("u"), .enter); look()
        session.press(.tab, .tab, .character(" ")); look()
        session.type("/zzzz"); look()
        session.press(.enter); look()
        session.handle(.resize(TermSize(columns: 50, rows: 12))); look()
        var single = try TUI.session(TermSize(columns: 100, rows: 30), interface: interface)
        single.press(.character("d"))
        screens.append(TUI.render(single).text)
        return screens
    }

    @Test(arguments: [Language.en, .fr])
    func aScreenShowsNoInterfaceWordOfTheOtherLanguage(_ interface: Language) throws {
        let data = Self.dataWords(try TUI.editionsStore())
        let other: Language = interface == .fr ? .en : .fr
        let foreign = Self.foreignWords(other, data: data)
        // Enough words are checked for the test to mean something.
        #expect(foreign.count > 60, "only \(foreign.count) words to look for")
        for screen in try Self.tour(interface) {
            let shown = Self.words(screen).intersection(foreign)
            #expect(shown.isEmpty, "\(other) interface words \(shown.sorted()) on a \(interface) screen:\n\(screen)")
        }
    }
}
