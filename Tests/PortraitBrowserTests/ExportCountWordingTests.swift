import Foundation
import PortraitCore
import PortraitBrowser
import Testing

/// The browser's message after an export takes the plural only where the language does: "1 initiative
/// exportée", "2 initiatives exportées", "1 initiative exported", "2 initiatives exported", the sample's
/// message alike.
@Suite struct ExportCountWordingTests {
    static let csv = """
        Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
        Alpha tri des courriels,Automatisation,Organisme A,Finances,Délais,Solution en production
        Beta agent,Assistant/agent conversationnel,Organisme B,Finances,Délais,Solution en production

        """

    /// The status line after exporting the list narrowed by `search` (none: both rows) to `name`.
    static func message(interface: Language, search: String?, sample: Bool, name: String) throws -> String {
        let folder = try TUI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = BrowserState(store: try TUI.store(csv: csv), sourceName: "inline.csv", size: TermSize(columns: 120, rows: 30),
                                 interface: interface, provenance: sample ? [.sample(edition: "2025")] : [])
        var session = BrowserSession(state: state, exporter: Exporter(workingDirectory: folder.path))
        if let search {
            session.press(.character("/"))
            session.type(search)
            session.press(.enter)
        }
        session.press(.character("e"))
        for _ in 0..<80 { session.press(.backspace) }
        session.type(name)
        session.press(.enter)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
        return TUI.render(session).text
    }

    @Test(arguments: [Language.fr, .en]) func oneRowSingularTwoRowsPlural(interface: Language) throws {
        let expected: [(search: String?, sample: Bool, text: String)] = interface == .fr ? [
            ("alpha", false, "1 initiative exportée vers x.csv"),
            (nil, false, "2 initiatives exportées vers x.csv"),
            ("alpha", true, "1 initiative de l'échantillon illustratif exportée vers x.csv"),
            (nil, true, "2 initiatives de l'échantillon illustratif exportées vers x.csv"),
        ] : [
            ("alpha", false, "1 initiative exported to x.csv"),
            (nil, false, "2 initiatives exported to x.csv"),
            ("alpha", true, "1 initiative of the illustrative sample exported to x.csv"),
            (nil, true, "2 initiatives of the illustrative sample exported to x.csv"),
        ]
        for (search, sample, text) in expected {
            let screen = try Self.message(interface: interface, search: search, sample: sample, name: "x.csv")
            #expect(screen.contains(text), "\(screen)")
        }
    }
}
