import Foundation
import PortraitCore

/// The counts behind the chart and comparison views: for the current selection, the initiatives per value
/// of each facet, in one column (the chart) or two (the comparison: the older edition, then the newer).
/// Computed when a view opens, from the counts a query already gives (the chart needs no new query, the
/// comparison one per edition), never on a keystroke. Values are kept as codes, so `L` relabels them
/// without counting again.
public struct Figures: Sendable, Equatable {
    /// One facet's values with their counts, in `ValueOrder`'s order for the view (see `section`).
    public struct Section: Sendable, Equatable {
        public let facet: Facet
        public let rows: [Row]
        /// Values with at least one initiative in some column (more than `rows` when only the top is kept).
        public let distinct: Int
    }

    /// One value and its count in each column.
    public struct Row: Sendable, Equatable {
        public let code: Int
        public let counts: [Int]
        /// For a comparison: the column (0 the older edition, 1 the newer) whose whole edition has no
        /// initiative with this value — a portfolio that did not exist yet, not initiatives added.
        public var absentIn: Int? = nil
    }

    /// How many initiatives of the newer edition's selection are new, and how many changed status.
    public struct MarkCounts: Sendable, Equatable {
        public let new: Int
        public let statusChanged: Int
    }

    /// The edition codes compared, older then newer; empty for a chart.
    public let editions: [Int]
    /// Initiatives in each column.
    public let totals: [Int]
    public let sections: [Section]
    /// For a comparison: the marks among the newer edition's initiatives selected.
    public var marks: MarkCounts? = nil

    /// The chart of `state`'s selection: its counts are those of the selection (a value that the query's
    /// own filter on a facet leaves out has none).
    static func chart(_ state: BrowserState) -> Figures {
        let selections = [(state.query, state.selection)]
        var facets = Pane.valueFacets
        if state.selectionEditions.count > 1 { facets.append(.edition) }
        return Figures(editions: [], totals: [state.selection.rows.count],
                       sections: facets.map { section($0, state, selections) })
    }

    /// The comparison of two editions for `state`'s filters and search (its own choice of editions aside),
    /// or nil when the store holds a single edition.
    static func comparison(_ state: BrowserState) -> Figures? {
        guard let pair = comparedEditions(state) else { return nil }
        let selections = [pair.older, pair.newer].map { edition -> (Query, Selection) in
            var query = state.query
            query.selected[.edition] = [edition]
            query.sort = .fileOrder
            return (query, state.store.select(query, language: state.labels))
        }
        // Portfolios, categories and statuses are counted and ordered as `portrait diff` counts them.
        let official = FacetDescriptor.all.filter { !$0.terms.isEmpty }.map(\.facet).map { facet in
            let counts = EditionComparison.valueCounts(facet, store: state.store, old: selections[0].1.rows, new: selections[1].1.rows,
                                                      labels: state.labels)
            return Section(facet: facet, rows: counts.map { Row(code: $0.code, counts: [$0.old, $0.new]) }, distinct: counts.count)
        }
        // A value that a whole edition lacks is noted: "0 → 70" is then a new value, not 70 new initiatives.
        let wholeEditions = [pair.older, pair.newer].map { state.store.select(Query(selected: [.edition: [$0]])) }
        let others = FacetDescriptor.all.filter { $0.terms.isEmpty && $0.pane != .editionPane }.map { section($0.facet, state, selections) }
        let sections = (official + others).map { section in
            Section(facet: section.facet, rows: section.rows.map { row in
                var row = row
                row.absentIn = (0..<2).first { wholeEditions[$0].count(section.facet, row.code) == 0 }
                return row
            }, distinct: section.distinct)
        }
        var figures = Figures(editions: [pair.older, pair.newer], totals: selections.map { $0.1.rows.count }, sections: sections)
        if let table = state.markTables[EditionMarks.Pair(older: pair.older, newer: pair.newer)] {
            let counts = table.counts(rows: selections[1].1.rows)
            figures.marks = MarkCounts(new: counts[.new, default: 0], statusChanged: counts[.status, default: 0])
        }
        return figures
    }

    /// The two editions a comparison is about: the two latest of those selected when two or more are, else
    /// the one selected (or the latest) and the one before it (after it, for the oldest).
    static func comparedEditions(_ state: BrowserState) -> (older: Int, newer: Int)? {
        let order = state.values(in: .facet(.edition))  // latest first
        guard order.count >= 2 else { return nil }
        let chosen = order.filter { state.query.selected[.edition]?.contains($0) == true }
        if chosen.count >= 2 { return (chosen[1], chosen[0]) }
        let newer = chosen.first ?? order[0]
        guard let position = order.firstIndex(of: newer) else { return nil }
        return position + 1 < order.count ? (order[position + 1], newer) : (newer, order[position - 1])
    }

    /// The initiatives with value `code` of `facet` among those `query` selects: the selection's
    /// disjunctive count, or none when the query's filter on that facet leaves the value out.
    static func count(_ facet: Facet, _ code: Int, _ query: Query, _ selection: Selection) -> Int {
        if let chosen = query.selected[facet], !chosen.isEmpty, !chosen.contains(code) { return 0 }
        return selection.count(facet, code)
    }

    /// One section of a chart, or the bodies of a comparison: the values with a count in some column,
    /// largest first (last column first, then the French label, so that `L` does not reorder), editions
    /// latest first. Organisations are cut to the largest ones.
    private static func section(_ facet: Facet, _ state: BrowserState, _ selections: [(Query, Selection)]) -> Section {
        let values = state.store.values(facet)
        var rows: [Row] = []
        for code in values.indices {
            let counts = selections.map { count(facet, code, $0.0, $0.1) }
            if counts.contains(where: { $0 > 0 }) { rows.append(Row(code: code, counts: counts)) }
        }
        let byCode = Dictionary(uniqueKeysWithValues: rows.map { ($0.code, $0) })
        if facet == .edition {
            rows = ValueOrder.latestFirst(values.map(\.raw)).compactMap { byCode[$0] }
        } else {
            rows = ValueOrder.largestFirst(rows, counts: \.counts, label: { values[$0.code].label(.fr) })
        }
        let distinct = rows.count
        if let top = facet.descriptor.chart?.top, rows.count > top { rows = Array(rows.prefix(top)) }
        return Section(facet: facet, rows: rows, distinct: distinct)
    }
}
