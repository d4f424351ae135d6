import PortraitCore
@testable import PortraitBrowser
import Testing

/// The browser's `d` view and `portrait diff` list the same facts in the same order: portfolios,
/// categories and statuses in the official order (`ValueOrder.official`), both from the core.
@Suite struct ComparisonOrderTests {
    @Test(arguments: [Language.fr, .en])
    func comparisonViewListsValuesAsDiffDoes(labels: Language) throws {
        var session = try TUI.editionsSession(interface: labels)
        session.press(.character("d"))
        let state = session.state
        let figures = try #require(state.figures)
        let store = state.store
        let comparison = EditionComparison(store: store, old: store.editionRows(0), new: store.editionRows(1),
                                           aliases: try OrganisationAliases.builtIn(), labels: labels)
        for facet in [Facet.portfolio, .category, .status] {
            let section = try #require(figures.sections.first { $0.facet == facet })
            let shown = section.rows.map { store.values(facet)[$0.code].label(labels) }
            let listed = comparison.counts(facet).map { $0.value.label(labels) }
            #expect(shown == listed, "\(facet)")
            #expect(section.rows.map(\.counts) == comparison.counts(facet).map { [$0.old, $0.new] }, "\(facet)")
        }
    }

    @Test func largestFirstBreaksTiesByFoldedLabelThenLabel() {
        let items = [("b", 2), ("É", 3), ("a", 3), ("e", 3), ("c", 2)]
        let ordered = ValueOrder.largestFirst(items, count: \.1, label: \.0).map(\.0)
        #expect(ordered == ["a", "e", "É", "b", "c"])
    }

    @Test func editionsLatestFirstCompareNumbersAsNumbers() {
        #expect(ValueOrder.latestFirst(["2024", "v9", "2025", "v10"]).count == 4)
        #expect(ValueOrder.latestFirst(["v9", "v10"]) == [1, 0])
        #expect(ValueOrder.latestFirst(["2024", "2025"]) == [1, 0])
    }
}

/// The HTML report of both editions orders its charts as the browser's views do: its "ten largest
/// bodies" are the comparison view's, in the same order, and its paired portfolios, categories and
/// statuses follow the official order as `d` does (`ValueOrder`, through the same calls).
@Suite struct ReportChartOrderTests {
    @Test func reportChartsListTheComparisonViewsValues() throws {
        var session = try TUI.editionsSession()
        session.press(.character("d"))
        let state = session.state
        let figures = try #require(state.figures)
        let store = state.store
        let rows = store.select(Query()).rows
        var request = ExportRequest(store: store, rows: rows, query: Query(), format: .html, labels: .fr, interface: .fr,
                                    provenances: state.provenance, reading: ReadingArguments())
        request.edition = true
        let page = String(decoding: request.bytes(), as: UTF8.self)
        for (number, facet) in [(1, Facet.portfolio), (2, .category), (3, .status), (4, .organisation)] {
            let section = try #require(figures.sections.first { $0.facet == facet })
            let shown = section.rows.map { HTMLEscaped.text(store.values(facet)[$0.code].label(.fr)) }
            // The chart's table: one row header per value, in order.
            let chart = try #require(page.components(separatedBy: "<figure class=\"chart\" aria-labelledby=\"chart-\(number)-caption\">").dropFirst().first)
            let table = chart.components(separatedBy: "</figure>")[0].components(separatedBy: "<tbody>")[1]
            let listed = table.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().map { $0.components(separatedBy: "</th>")[0] }
            #expect(listed == shown, "\(facet)")
        }
    }
}

/// Text as the report's template escapes it.
private enum HTMLEscaped {
    static func text(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
