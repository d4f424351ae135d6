import PortraitCore
import PortraitBrowser
import Testing
import PortraitTestSupport

/// Toggling facet values: marks, disjunctive counts and the results.
@Suite struct FacetTests {
    @Test func togglingStatusValuesChangesTheOtherCounts() throws {
        var session = try TUI.session()
        let store = session.state.store
        let production = try #require(store.resolve(.status, "Solution en production").first)
        let development = try #require(store.resolve(.status, "Développement de la solution").first)
        session.press(.tab, .tab, .character(" "))
        var screen = TUI.render(session)
        #expect(screen.text.contains("[x] Solution en production"))
        #expect(TUI.shownCount(screen) == (try TUI.inProduction))
        #expect(screen.text.contains("Statut : Solution en production"))
        // Counts of other facets follow the selection; the status pane's own counts do not (disjunctive).
        var expected = store.select(Query(selected: [.status: [production]]))
        for code in store.values(.category).indices {
            let label = store.values(.category)[code].label(.fr)
            guard DisplayWidth.of(label) <= 20 else { continue }  // labels shown whole in the pane
            #expect(TUI.count(on: screen, value: label) == expected.count(.category, code), "\(label)")
        }
        #expect(TUI.count(on: screen, value: "Solution en production") == (try TUI.inProduction))
        #expect(TUI.count(on: screen, value: "Information indispon") == 11)
        // A second value of the same facet: OR.
        session.press(.down, .character(" "))
        screen = TUI.render(session)
        #expect(TUI.shownCount(screen) == (try TUI.inProduction + TUI.inDevelopment))
        expected = store.select(Query(selected: [.status: [production, development]]))
        #expect(TUI.count(on: screen, value: "Automatisation") == expected.count(.category, try #require(store.resolve(.category, "Automatisation").first)))
        // A category too: AND across facets; the status counts now follow the category.
        session.press(.backTab)
        session.press(.down, .down, .character(" "))  // Automatisation (third by count)
        screen = TUI.render(session)
        let automation = try #require(store.resolve(.category, "Automatisation").first)
        expected = store.select(Query(selected: [.status: [production, development], .category: [automation]]))
        #expect(TUI.shownCount(screen) == expected.rows.count)
        #expect(TUI.count(on: screen, value: "Solution en production") == expected.count(.status, production))
        #expect(screen.text.contains("[x] Automatisation"))
        // c clears the focused facet, C everything.
        session.press(.character("c"))
        screen = TUI.render(session)
        #expect(TUI.shownCount(screen) == (try TUI.inProduction + TUI.inDevelopment))
        session.press(.character("C"))
        screen = TUI.render(session)
        #expect(try TUI.shownCount(screen) == PublishedFacts.latestInitiatives)
        #expect(!screen.text.contains("[x]"))
    }

    @Test func selectedValuesAreMarkedAndZeroCountsDimmed() throws {
        var session = try TUI.session()
        session.press(.character("/"))
        session.type("foret")
        session.press(.enter)
        let screen = TUI.render(session)
        let zero = try #require(screen.find("Santé et Services socia"))
        #expect(TUI.count(on: screen, value: "Santé et Services socia") == 0)
        #expect(screen.style(row: zero.row, column: zero.column).contains(.dim))
        let nonzero = try #require(screen.find("Ressources naturelles"))
        #expect(!screen.style(row: nonzero.row, column: nonzero.column).contains(.dim))
        session.press(.tab, .tab, .character(" "))
        let marked = TUI.render(session)
        let mark = try #require(marked.find("[x]"))
        #expect(marked.style(row: mark.row, column: mark.column).contains(.bold))
    }

    @Test func facetPanesScroll() throws {
        var session = try TUI.session(TermSize(columns: 80, rows: 24))
        let rows = session.state.layout.facetValueRows
        for _ in 0..<rows { session.press(.down) }
        #expect(session.state.cursor(.facet(.portfolio)) == rows)
        #expect(session.state.offset(.facet(.portfolio)) == 1)
        let screen = TUI.render(session)
        #expect(screen.lines[1].contains("2–8/19"))
        session.press(.end)
        #expect(session.state.cursor(.facet(.portfolio)) == 18)
        session.press(.home)
        #expect(session.state.offset(.facet(.portfolio)) == 0)
    }

    @Test func clickTogglesAndWheelScrolls() throws {
        var session = try TUI.session()
        let screen = TUI.render(session)
        let value = try #require(screen.find("Information indispon"))
        session.handle(.mouse(MouseEvent(.press, row: value.row, column: value.column)))
        #expect(session.state.focus == .facet(.status))
        #expect(TUI.shownCount(TUI.render(session)) == 11)
        let results = session.state.layout.results
        session.handle(.mouse(MouseEvent(.press, row: results.row + 2, column: 10)))
        #expect(session.state.focus == .results)
        #expect(session.state.cursor(.results) == 2)
        session.handle(.mouse(MouseEvent(.press, row: results.row + 2, column: 10)))
        #expect(session.state.view == .detail)
        session.press(.escape)
        session.handle(.mouse(MouseEvent(.wheelDown, row: 3, column: 2)))
        #expect(session.state.cursor(.facet(.portfolio)) == 3)
    }

    @Test func panesGivenTheWidthTheyAskForShowTheirLongestLabelWhole() throws {
        let session = try TUI.session(TermSize(columns: 200, rows: 60))
        let state = session.state
        let screen = TUI.render(session)
        for (index, pane) in Pane.facetPanes.enumerated() {
            let facet = try #require(pane.facet)
            #expect(state.layout.facetPanes[index].width >= state.metrics.facetWidths[index], "\(pane)")
            for value in state.store.values(facet) {
                #expect(screen.text.contains("[ ] " + value.label(.fr) + " "), "\(value.label(.fr))")
            }
        }
        #expect(!screen.lines[2...20].contains { $0.contains("…") })
    }

    @Test func cutLabelsKeepWhatTellsThemApart() throws {
        var session = try TUI.session()
        var screen = TUI.render(session)
        // "(Réseau)" is kept, so the two health portfolios differ.
        #expect(screen.lines[2].hasPrefix("[ ] Santé et Servic…(Réseau)  70 │"))
        #expect(screen.lines[5].hasPrefix("[ ] Santé et Services socia…  25 │"))
        // The value under the cursor is cut: its whole label is on the bottom line.
        #expect(screen.lines[29].hasPrefix(" Santé et Services sociaux (Réseau)  Espace cocher"))
        session.press(.down, .down, .down, .down, .down, .down)  // Éducation, shown whole
        screen = TUI.render(session)
        #expect(screen.lines[29].hasPrefix(" Espace cocher"))
        session.press(.down)  // Éducation (Réseau), whole too
        #expect(TUI.render(session).lines[29].hasPrefix(" Espace cocher"))

        // Labels without a parenthesised end that look the same when cut keep their end as well.
        let csv = """
            Nom,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut
            A,Automatisation,Org,Ministère fictif de la région du Nord,x,Solution en production
            B,Automatisation,Org,Ministère fictif de la région du Sud,x,Solution en production
            """
        session = try TUI.session(TermSize(columns: 60, rows: 16), store: try TUI.store(csv: csv))
        screen = TUI.render(session)
        let north = try #require(screen.lines[2].split(separator: "│").first)
        let south = try #require(screen.lines[3].split(separator: "│").first)
        #expect(north != south)
        #expect(north.contains("…") && north.contains("Nord"))
        #expect(south.contains("…") && south.contains("Sud"))
        #expect(screen.lines[15].hasPrefix(" Ministère fictif de la région du Nord"))
    }

    @Test func enterTogglesInAFacetPaneAndOpensTheDetailInTheResults() throws {
        var session = try TUI.session()
        session.press(.tab, .tab, .enter)
        #expect(session.state.view == .list)
        #expect(TUI.render(session).text.contains("[x] Solution en production"))
        #expect(TUI.shownCount(TUI.render(session)) == (try TUI.inProduction))
        session.press(.enter)
        #expect(try TUI.shownCount(TUI.render(session)) == PublishedFacts.latestInitiatives)
        session.press(.tab, .enter)
        #expect(session.state.view == .detail)
    }
}
