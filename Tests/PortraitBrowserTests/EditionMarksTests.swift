import Foundation
import PortraitCore
import PortraitData
import PortraitBrowser
import Testing
import PortraitTestSupport

/// Marks of the results list when two editions are loaded: + an initiative new since the older edition,
/// ~ one whose status changed, − one of the older edition that the newer lacks, as `EditionComparison`
/// matches initiatives (body and name).
@Suite struct EditionMarksTests {
    /// The comparison of the two embedded editions, as the core computes it.
    static func comparison(_ store: PortraitStore) throws -> EditionComparison {
        let aliases = try OrganisationAliases.builtIn()
        let editions = store.editions
        return EditionComparison(store: store, old: editions[0], new: editions[1], aliases: aliases)
    }

    /// The mark shown on each visible result line, by row.
    static func shownMarks(_ session: BrowserSession) -> [Int: Character] {
        let screen = TUI.render(session)
        let state = session.state
        var marks: [Int: Character] = [:]
        for line in 0..<state.layout.results.height {
            let position = state.offset(.results) + line
            guard position < state.selection.rows.count else { break }
            let text = screen.lines[state.layout.results.row + line]
            marks[state.selection.rows[position]] = text.dropFirst(2).first
        }
        return marks
    }

    @Test func marksFollowTheCoreComparison() throws {
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        let comparison = try Self.comparison(session.state.store)
        let added = Set(comparison.initiativesAdded), changed = Set(comparison.changes(.status).map(\.new))
        #expect(!added.isEmpty && !changed.isEmpty)
        let screen = TUI.render(session)
        #expect(screen.lines[11].hasPrefix("  Nom  + nouvelle ~ statut modifié "))
        // Every line of every page of the 2025 list.
        session.press(.backTab)
        var seen: Set<Int> = []
        while true {
            for (row, mark) in Self.shownMarks(session) {
                let expected: Character = added.contains(row) ? "+" : changed.contains(row) ? "~" : " "
                #expect(mark == expected, "row \(row)")
                seen.insert(row)
            }
            if session.state.cursor(.results) == session.state.selection.rows.count - 1 { break }
            session.press(.pageDown)
        }
        #expect(try seen.count == PublishedFacts.latestInitiatives)
    }

    @Test func theDetailSaysWhatChangedSinceTheOlderEdition() throws {
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        let store = session.state.store
        let comparison = try Self.comparison(store)
        let change = try #require(comparison.changes(.status).first)
        let position = try #require(session.state.selection.rows.firstIndex(of: change.new))
        session.press(.backTab)
        for _ in 0..<position { session.press(.down) }
        session.press(.enter)
        var text = TUI.render(session).text
        let before = store.text(.status, row: change.old), after = store.text(.status, row: change.new)
        #expect(text.contains("Depuis 2024"))
        #expect(text.contains("statut modifié : \(before) → \(after)"))
        let added = try #require(comparison.initiativesAdded.first)
        let addedPosition = try #require(session.state.selection.rows.firstIndex(of: added))
        session.press(.escape, .home)
        for _ in 0..<addedPosition { session.press(.down) }
        session.press(.enter)
        text = TUI.render(session).text
        #expect(text.contains("Depuis 2024") && text.contains("nouvelle initiative"))
    }

    @Test func theOlderEditionAloneMarksWhatWasRemoved() throws {
        var session = try TUI.editionsSession(TermSize(columns: 120, rows: 40))
        session.press(.tab, .tab, .tab, .character(" "), .down, .character(" "))  // 2024 alone
        let header = TUI.render(session).lines[session.state.layout.resultsHeaderRow]
        #expect(header.hasPrefix("  Nom  − retirée "), "\(header)")
        let comparison = try Self.comparison(session.state.store)
        let removed = Set(comparison.initiativesRemoved)
        #expect(!removed.isEmpty)
        // Every line of every page of the 2024 list: − on the removed ones, nothing on the others.
        session.press(.tab)
        #expect(session.state.focus == .results)
        var seen: Set<Int> = []
        while true {
            for (row, mark) in Self.shownMarks(session) {
                #expect(mark == (removed.contains(row) ? "−" : " "), "row \(row)")
                seen.insert(row)
            }
            if session.state.cursor(.results) == session.state.selection.rows.count - 1 { break }
            session.press(.pageDown)
        }
        #expect(seen == Set(session.state.selection.rows) && seen.isSuperset(of: removed))
        // The detail of a removed one says so.
        let first = try #require(session.state.selection.rows.firstIndex { removed.contains($0) })
        session.press(.home)
        for _ in 0..<first { session.press(.down) }
        session.press(.enter)
        #expect(TUI.render(session).text.contains("retirée : absente de l'édition 2025"))
        // Both: the 2025 lines are marked + or ~ or not at all, the 2024 lines − or not at all.
        session.press(.escape, .backTab, .home, .character(" "))
        #expect((session.state.query.selected[.edition] ?? []).count == 2)
        let added = Set(comparison.initiativesAdded)
        for (row, mark) in Self.shownMarks(session) {
            let edition = session.state.store.edition(row: row)
            if edition == "2024" { #expect(mark == (removed.contains(row) ? "−" : " ")) }
            if added.contains(row) { #expect(mark == "+") }
        }
    }

    @Test func theComparisonCountsTheMarksOfTheSelection() throws {
        var session = try TUI.editionsSession(TermSize(columns: 100, rows: 30))
        let comparison = try Self.comparison(session.state.store)
        session.press(.character("d"))
        let lines = ChartViewTests.allLines(&session)
        let expected = "dont \(comparison.initiativesAdded.count) nouvelles et \(comparison.changes(.status).count) au statut modifié depuis 2024"
        #expect(lines.contains(" " + expected))
        var english = try TUI.editionsSession(TermSize(columns: 100, rows: 30), interface: .en)
        #expect(TUI.render(english).lines[11].hasPrefix("  Name  + new ~ status changed "))
        english.press(.character("d"))
        #expect(TUI.render(english).text.contains("of which \(comparison.initiativesAdded.count) new and"))
    }
}

/// Large editions are matched in the background: the list never waits for the marks, which appear once
/// they are ready.
@Suite struct EditionMarksInTheBackgroundTests {
    @Test func largeEditionsAreMarkedInTheBackground() throws {
        let store = try ApplyNeverWaitsTests.largeEditionsStore()
        let state = BrowserState(store: store, sourceName: "x", size: TermSize(columns: 100, rows: 30), latestEditionOnly: true)
        var session = BrowserSession(state: state)
        let marks = try #require(session.state.editionMarks)
        let deadline = Date().addingTimeInterval(60)
        while marks.generation == 0 && Date() < deadline { usleep(20_000) }
        #expect(marks.generation == 1)
        session.marksBecameReady()  // as the terminal loop does when the generation changes
        let screen = TUI.render(session)
        let first = screen.lines[session.state.layout.results.row]
        #expect(first.hasPrefix("› + Initiative renommée 0"))
        #expect(screen.lines[session.state.layout.results.row + 1].hasPrefix("  ~ Initiative 1 "))
    }
}
