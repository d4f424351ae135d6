import Foundation
import PortraitCore
import PortraitData
import PortraitBrowser
import Testing
import PortraitTestSupport

/// The interface language chosen from the locale in a real terminal: a session under `LANG=en_CA.UTF-8`
/// shows no French interface text (data aside), and one under `LANG=fr_CA.UTF-8` no English.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct LanguageE2ETests {
    /// Runs of letters, four or more.
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter }.filter { $0.count >= 4 }.map(String.init))
    }

    /// Words of the interface in `language` that the other language's interface never uses and that the
    /// embedded data (every text, label and definition, in both languages) never contains.
    static func foreignWords(_ language: Language) throws -> Set<String> {
        let other: Language = language == .fr ? .en : .fr
        let texts = { (lang: Language) in UIString.allCases.map { $0.text(lang) } + Field.allCases.map { $0.title(lang) } }
        let store = try Loader.load(csvFiles: EmbeddedData.decodedFiles).store
        // The register's own title and publisher (the help's source lines), which are data, not interface.
        var data = Provenance.registerTitle + " " + Provenance.registerPublisher + " "
        for row in 0..<store.count {
            for field in [Field.name, .organisation, .benefits] { data += store.text(field, row: row) + " " }
        }
        for facet in Facet.allCases {
            for value in store.values(facet) {
                data += [value.raw, value.label(.fr), value.label(.en), value.term?.definition(.fr) ?? "",
                         value.term?.definition(.en) ?? ""].joined(separator: " ") + " "
            }
        }
        return words(texts(language).joined(separator: " "))
            .subtracting(words(texts(other).joined(separator: " ")))
            .subtracting(words(data + " portrait csv"))
    }

    @Test(arguments: [("en_CA.UTF-8", Language.en), ("fr_CA.UTF-8", .fr)])
    func aSessionShowsOnlyItsLanguage(locale: String, interface: Language) throws {
        let foreign = try Self.foreignWords(interface == .en ? .fr : .en)
        #expect(foreign.count > 60, "only \(foreign.count) words to look for")
        try Tmux.withShell(columns: 100, rows: 30, locale: locale) { tmux, _ in
            try tmux.launchBrowser()
            let english = interface == .en
            let all = try PublishedFacts.allLatestShown
            var screens = [try tmux.waitFor(text: all + (english ? " │ edition 2025" : " │ édition 2025"))]
            /// Presses keys (tmux names, or text typed as it is) and keeps the screen once `text` shows.
            /// `unless`: text that must be gone too (a screen caught between two keys of `keys`).
            func step(_ keys: [String], typed: String? = nil, until text: String, unless gone: String? = nil) throws {
                if !keys.isEmpty { try tmux.run(["send-keys", "-t", tmux.target] + keys) }
                if let typed { try tmux.type(typed) }
                screens.append(try tmux.waitFor(text) { $0.contains(text) && !(gone.map($0.contains) ?? false) })
            }
            try step(["?"], until: english ? "Help: keys" : "Aide : les touches")
            try step(["PageDown"], until: english ? "Help: keys" : "Aide : les touches")
            try step(["Escape", "g"], until: english ? "Chart of the selection" : "Graphique de la sélection")
            try step(["End"], until: english ? "Public bodies: the top 10" : "Organismes : les 10 premiers")
            try step(["d"], until: english ? "Comparison of the selection" : "Comparaison de la sélection")
            try step(["End"], until: english ? "Public bodies: the top 10" : "Organismes : les 10 premiers")
            try step(["q", "/"], typed: "foret", until: english ? "Search: foret" : "Recherche : foret")
            try step(["Enter", "Enter"], until: "Initiative 1 / ")
            try step(["Escape", "s"], until: english ? "sort: name" : "tri : nom")
            // The offered file name (portrait-selection-….csv) is erased by C-u; it is a name, not interface text.
            try step(["e", "C-u"], until: english ? "Export to:" : "Exporter vers :", unless: "portrait-selection")
            try step(["Escape"], until: english ? "Export cancelled" : "Export annulé")
            try step(["/"], typed: "zzzz", until: english ? "No initiative matches" : "Aucune initiative ne correspond")
            try tmux.resize(columns: 50, rows: 12)
            screens.append(try tmux.waitFor(text: english ? "Terminal too small" : "Terminal trop petit"))
            for screen in screens {
                let shown = Self.words(screen).intersection(foreign)
                #expect(shown.isEmpty, "words of the other language \(shown.sorted()) under LANG=\(locale):\n\(screen)")
            }
            try tmux.resize(columns: 100, rows: 30)
            try tmux.press("Escape")
            try tmux.type("q")
            try tmux.expectTerminalRestored(status: 0)
        }
    }
}
