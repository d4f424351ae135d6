import Foundation
import Testing
import PortraitTestSupport

/// The chart (g) and comparison (d) views in the real browser at 80×24: opened on the embedded editions,
/// scrolled, and left with q, which goes back to the list instead of quitting.
@Suite(.tags(.e2e), .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end browser tests need it"))
struct ViewsE2ETests {
    /// Lines of a captured screen.
    static func lines(_ screen: String) -> [Substring] { screen.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test func chartOfTheSelection() throws {
        try Tmux.withShell(columns: 80, rows: 24) { tmux, _ in
            try tmux.launchBrowser()
            let latest = try PublishedFacts.latestInitiatives
            try tmux.waitFor(text: "\(latest) / \(latest) initiatives │ édition 2025")
            // Production only, then the chart: 132 initiatives, all of them in one status line at 100 %.
            try tmux.press("Tab", "Tab", "Space")
            try tmux.waitFor(text: "132 / \(latest) initiatives")
            try tmux.type("g")
            let chart = try tmux.waitFor(text: "Graphique de la sélection : 132 initiatives")
            #expect(chart.contains(" Portefeuille"))
            #expect(Self.lines(chart).allSatisfy { $0.count <= 80 })
            try tmux.press("End")
            let end = try tmux.waitFor(text: "Organismes : les 10 premiers")
            #expect(end.contains("Solution en production        132  100 %  ████"))
            #expect(!end.contains("Développement de la solution"))
            // q: back to the list, still running; q again quits.
            try tmux.type("q")
            try tmux.waitFor("the list") { $0.contains("▸ Statut") && $0.contains("132 / \(latest) initiatives") }
            try tmux.type("q")
            try tmux.expectTerminalRestored(status: 0)
        }
    }

    @Test func comparisonOfTheEditions() throws {
        try Tmux.withShell(columns: 80, rows: 24) { tmux, _ in
            try tmux.launchBrowser()
            let (previous, latest) = (try PublishedFacts.previousInitiatives, try PublishedFacts.latestInitiatives)
            try tmux.waitFor(text: "\(latest) / \(latest) initiatives │ édition 2025")
            try tmux.type("d")
            // Both the title and the first bars: a capture may catch the frame half drawn.
            let top = try tmux.waitFor("the comparison's totals") {
                $0.contains("Comparaison de la sélection : 2024 → 2025") && $0.contains("2025 \(latest) +\(latest - previous)")
            }
            // The first pair of lines: the totals of each edition, unlabelled.
            let totals = Self.lines(top).filter { $0.hasPrefix("        ") && ($0.contains(" 2024 ") || $0.contains(" 2025 ")) }.prefix(2)
            #expect(totals.first?.contains("2024 \(previous)") == true)
            #expect(totals.last?.contains("2025 \(latest) +\(latest - previous)") == true)
            #expect(Self.lines(top).allSatisfy { $0.count <= 80 })
            try tmux.press("PageDown")
            try tmux.waitFor("the comparison scrolled") { !$0.contains(" Initiatives\n") && $0.contains("Comparaison de la sélection") }
            // Resized below the minimum and back: the view is where it was.
            try tmux.resize(columns: 50, rows: 12)
            try tmux.waitFor(text: "Terminal trop petit")
            try tmux.resize(columns: 80, rows: 24)
            try tmux.waitFor(text: "Comparaison de la sélection : 2024 → 2025")
            try tmux.press("Escape")
            try tmux.waitFor("the list") { $0.contains("▸ Portefeuille") && $0.contains("\(latest) / \(latest) initiatives") }
            try tmux.type("q")
            try tmux.expectTerminalRestored(status: 0)
        }
    }
}
