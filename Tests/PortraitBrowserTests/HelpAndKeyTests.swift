import PortraitCore
import PortraitBrowser
import Testing

/// The key table: one source for the handling, the help overlay and the README list.
@Suite struct HelpAndKeyTests {
    @Test func helpOverlayListsTheTable() throws {
        // Every command fits on one screen of 100×33 (the help scrolls on smaller ones; the sources follow the keys).
        var session = try TUI.session(TermSize(columns: 100, rows: 40))
        session.press(.character("?"))
        let screen = TUI.render(session)
        try TUI.expectSnapshot(screen, "help-100x40")
        #expect(screen.text.contains("molette         faire défiler  "), "the last entry of the right column")
        #expect(screen.text.contains("Échap q          revenir à la liste"), "the last entry of the left column")
        for entry in KeyHelp.sections(.fr).flatMap(\.entries) {
            #expect(screen.text.contains(entry.text), "\(entry.text)")
        }
        session.press(.character("x"))
        #expect(!session.state.helpVisible)
        #expect(!session.isFinished)
    }

    @Test func rJumpsFromAnyPaneToTheResultsAndTheFirstScreenSaysHowToMove() throws {
        var session = try TUI.session(TermSize(columns: 100, rows: 30))
        #expect(TUI.render(session).lines[29].contains("Tab volets"))
        session.press(.tab, .tab)
        #expect(session.state.focus == .facet(.status))
        session.press(.character("r"))
        #expect(session.state.focus == .results)
        // In the results, Enter opens the detail.
        session.press(.enter)
        #expect(session.state.view == .detail)
    }

    @Test func helpScrollsWhenItDoesNotFit() throws {
        var session = try TUI.session(TermSize(columns: 60, rows: 16))
        session.press(.character("?"))
        let first = TUI.render(session).text
        session.press(.pageDown)
        #expect(session.state.helpScroll > 0)
        #expect(TUI.render(session).text != first)
        session.press(.escape)
        #expect(!session.state.helpVisible)
    }

    @Test func everyListedKeyIsBound() {
        let list: [(Key, Command)] = [
            (.up, .moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
            (.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .home), (.end, .end),
            (.tab, .nextPane), (.backTab, .previousPane), (.character(" "), .toggle), (.character("c"), .clearFacet),
            (.character("C"), .clearAll), (.character("s"), .cycleSort), (.character("/"), .startSearch),
            (.enter, .openDetail), (.character("e"), .export), (.character("L"), .switchLabels),
            (.character("?"), .help), (.character("q"), .quit), (.character("g"), .openChart), (.character("d"), .openComparison),
        ]
        for (key, command) in list { #expect(KeyTable.command(for: key, in: .list) == command, "\(key)") }
        // In the chart and comparison views, Esc and q go back to the list; the keys of everywhere work.
        #expect(KeyTable.command(for: .escape, in: .views) == .back && KeyTable.command(for: .character("q"), in: .views) == .back)
        #expect(KeyTable.command(for: .character("d"), in: .views) == .openComparison)
        #expect(KeyTable.command(for: .character("L"), in: .views) == .switchLabels)
        #expect(KeyTable.command(for: .end, in: .views) == .end)
        #expect(KeyTable.command(for: .escape, in: .detail) == .back)
        #expect(KeyTable.command(for: .character("q"), in: .search) == .insert("q"))
        #expect(KeyTable.command(for: .enter, in: .search) == .accept)
        #expect(KeyTable.command(for: .escape, in: .search) == .cancel)
        #expect(KeyTable.command(for: .character("y"), in: .confirm) == .answerYes)
        #expect(KeyTable.command(for: .character("x"), in: .confirm) == .answerNo)
    }

    @Test func noKeyIsBoundTwiceInAScope() {
        var seen: [KeyScope: Set<Key>] = [:]
        for binding in KeyTable.bindings {
            for key in binding.keys {
                #expect(seen[binding.scope, default: []].insert(key).inserted, "\(key) twice in \(binding.scope)")
            }
        }
        for key in seen[.everywhere] ?? [] {
            #expect(seen[.list]?.contains(key) != true && seen[.detail]?.contains(key) != true, "\(key) shadows everywhere")
        }
    }

    @Test func readmeKeyListComesFromTheTable() {
        let markdown = KeyHelp.markdown(.fr)
        #expect(markdown.hasPrefix("| Touches | Action |"))
        for fragment in ["`Espace`", "`/`", "`?`", "`q`", "`Maj-Tab`", "quitter", "**Fiche**"] {
            #expect(markdown.contains(fragment), "\(fragment)")
        }
        #expect(KeyHelp.markdown(.en).contains("| `Space` | select, unselect the value |"))
    }

    @Test func everyInterfaceStringHasBothLanguages() {
        for string in UIString.allCases {
            #expect(!string.forms.fr.isEmpty && !string.forms.en.isEmpty, "\(string)")
        }
        #expect(InterfaceLanguage.fromEnvironment(["LANG": "en_CA.UTF-8"]) == .en)
        #expect(InterfaceLanguage.fromEnvironment(["LANG": "en_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8"]) == .fr)
        #expect(InterfaceLanguage.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "fr_CA.UTF-8"]) == .en)
        #expect(InterfaceLanguage.fromEnvironment([:]) == .fr)
        #expect(InterfaceLanguage.fromEnvironment(["LANG": "C.UTF-8"]) == .fr)
    }

    @Test func sortCyclesAndKeepsTheCurrentInitiative() throws {
        var session = try TUI.session()
        session.press(.backTab, .down, .down)
        let row = session.state.currentRow
        session.press(.character("s"))
        #expect(session.state.query.sort == .name)
        #expect(session.state.currentRow == row)
        #expect(TUI.render(session).text.contains("tri : nom"))
        for _ in 0..<5 { session.press(.character("s")) }
        #expect(session.state.query.sort == .fileOrder)
    }

    @Test func bottomLineHintsFollowTheScope() throws {
        var session = try TUI.session()
        session.press(.character("/"))
        var screen = TUI.render(session)
        #expect(screen.lines[29] == " Entrée garder  Échap effacer  Retour arrière corriger  Ctrl-U vider")
        #expect(KeyHelp.hints(for: .search, .en).map(\.keys) == ["Enter", "Esc", "Backspace", "Ctrl-U"])
        session.press(.escape, .character("e"))
        screen = TUI.render(session)
        #expect(screen.lines[29].hasSuffix(".csv  Entrée exporter  Tab format  Échap annuler"))
        #expect(!screen.lines[29].contains("cocher"))
        // In the lists: no toggle hint in the results, no detail hint in a facet pane.
        session.press(.escape, .backTab)
        // One edition: comparing editions is not offered; with two it is.
        #expect(TUI.render(session).lines[29] == " / chercher  Entrée fiche  e exporter  ? aide  q quitter  g graphique")
        var editions = try TUI.editionsSession()
        editions.press(.tab, .tab, .tab, .tab)
        #expect(editions.state.focus == .results)
        #expect(TUI.render(editions).lines[29] == " / chercher  Entrée fiche  e exporter  ? aide  q quitter  g graphique  d comparer")
        var english = try TUI.session(interface: .en)
        english.press(.character("/"))
        #expect(TUI.render(english).lines[29] == " Enter keep  Esc clear  Backspace delete  Ctrl-U clear line")
    }

    @Test func homeAndEndInTheDetailAndTheHelp() throws {
        let benefit = String(repeating: "Des bénéfices très longs pour tester le défilement de la fiche. ", count: 12)
        let csv = """
            Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
            Longue,Automatisation,Organisme A,Finances,\(benefit),Solution en production
            """
        var session = try TUI.session(TermSize(columns: 80, rows: 24), store: try TUI.store(csv: csv))
        session.press(.backTab, .enter)
        #expect(session.state.view == .detail)
        session.press(.end)
        #expect(session.state.detailScroll > 0)
        #expect(!TUI.render(session).text.contains("↓"))
        session.press(.home)
        #expect(session.state.detailScroll == 0)
        #expect(session.state.view == .detail)

        var help = try TUI.session(TermSize(columns: 60, rows: 16))
        help.press(.character("?"), .end)
        #expect(help.state.helpVisible)
        #expect(help.state.helpScroll > 0)
        help.press(.home)
        #expect(help.state.helpVisible)
        #expect(help.state.helpScroll == 0)
        #expect(KeyTable.command(for: .home, in: .detail) == .home && KeyTable.command(for: .end, in: .help) == .end)
    }
}
