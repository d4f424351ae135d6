import PortraitText
import PortraitStore
import PortraitCompare

/// The values the report template shows, computed once from the store and the selection: totals, the
/// charts' bars and numbers, the table of initiatives, the definitions and the sources. Every text from
/// the data goes through `HTMLSafeText`; the template escapes it.
struct HTMLReportModel {
    let values: [String: Any]

    /// The bar charts: facet, title, and whether only the largest values are kept (`FacetDescriptor.chart`).
    private static let charts: [(facet: Facet, title: FacetText, top: Int?)] = FacetDescriptor.all.compactMap { entry in
        entry.chart.map { (entry.facet, $0.title, $0.top) }
    }

    /// The facets whose distinct values are counted among the totals, in their order (`FacetDescriptor.reportTotal`).
    private static let totalled: [(facet: Facet, title: FacetText)] = FacetDescriptor.ranked { $0.reportTotal?.rank }.compactMap { entry in
        entry.reportTotal.map { (entry.facet, $0.title) }
    }

    /// The facets whose terms present are defined, and the heading of each (`FacetDescriptor.definitions`).
    private static let defined: [(facet: Facet, title: FacetText)] = FacetDescriptor.all.compactMap { entry in
        entry.definitions.map { (entry.facet, $0) }
    }

    init(store: PortraitStore, rows: [Int], columns: ExportColumns, context: ReportContext, labels: Language) {
        let ui = context.interface
        var v = Self.tableValues(titles: columns.titles, count: rows.count, language: ui)
        // Editions present in the selection, in the store's order; two make every chart a comparison.
        let editionValues = store.values(.edition)
        var rowsByEdition = [[Int]](repeating: [], count: editionValues.count)
        for row in rows { rowsByEdition[store.code(.edition, row: row)].append(row) }
        var columns = rowsByEdition.indices.filter { !rowsByEdition[$0].isEmpty }
        if columns.isEmpty { columns = Array(editionValues.indices) }
        let paired = columns.count == 2
        let columnRows: [[Int]] = paired ? columns.map { rowsByEdition[$0] } : [rows]
        let editionNames = columns.map { HTMLSafeText.clean(editionValues[$0].raw) }

        v["lang"] = ui.rawValue
        v["style"] = HTMLReportTemplate.style
        let sentence = HTMLSafeText.clean(ReportSelectionText.sentence(store: store, query: context.query, interface: ui, labels: labels))
        // The register's title only over the register's rows; any other file is named by itself.
        let provenances = context.provenances
        if ProvenanceText.allRegister(provenances) {
            v["pageTitle"] = ReportText.pageTitle.text(ui, ["selection": editionNames.joined(separator: ", ")])
            v["heading"] = ReportText.heading.text(ui)
        } else {
            let sources = HTMLSafeText.clean(provenances.map { ProvenanceText.fileLabel($0) ?? $0.sourceURL ?? $0.edition }.joined(separator: ", "))
            v["pageTitle"] = ReportText.pageTitleFiles.text(ui, ["sources": sources, "selection": editionNames.joined(separator: ", ")])
            v["heading"] = ReportText.headingFiles.text(ui, ["sources": sources])
        }
        v["editions"] = (editionNames.count > 1 ? ReportText.editionsMany : .editionsOne).text(ui, ["editions": editionNames.joined(separator: ", ")])
        let sample = provenances.contains(where: \.isSample)
        v["hasSampleNotice"] = sample
        v["sampleNotice"] = ReportText.sampleNotice.text(ui)
        v["selection"] = sentence
        v["commandLabel"] = ReportText.equivalentCommand.text(ui)
        let command = ReportSelectionText.command(store: store, query: context.query, labels: labels, reading: context.reading, sample: sample)
        v["hasCommand"] = command != nil
        v["command"] = HTMLSafeText.clean(command ?? "")

        // Totals.
        v["totalsHeading"] = ReportText.totals.text(ui)
        v["totalColumns"] = paired ? editionNames + [ReportText.change.text(ui)] : [ReportText.count.text(ui)]
        // The initiatives, then the distinct values of each facet with a `FacetDescriptor.reportTotal`.
        let measures: [(String, ([Int]) -> Int)] = [(ReportText.totalInitiatives.text(ui), { $0.count })]
            + Self.totalled.map { total in (total.title.text(ui), { Self.distinct(store, total.facet, $0) }) }
        v["totals"] = measures.map { label, measure -> [String: Any] in
            let counts = columnRows.map(measure)
            var cells = counts.map { ReportNumbers.count($0, ui) }
            if paired { cells.append(ReportNumbers.change(from: counts[0], to: counts[1], ui)) }
            return ["label": label, "cells": cells]
        }

        // Charts.
        v["chartsHeading"] = ReportText.charts.text(ui)
        if paired { v["legend"] = ["old": editionNames[0], "new": editionNames[1]] }
        let totals = columnRows.map(\.count)
        // A chart of a single value (one bar at 100 %) says nothing the selection sentence does not: left out.
        let charts = Self.charts.enumerated().compactMap { index, chart -> [String: Any]? in
            let codes = Self.chartOrder(store: store, facet: chart.facet, columnRows: columnRows, top: chart.top, labels: labels)
            guard codes.count > 1 else { return nil }
            return Self.chart(store: store, facet: chart.facet, codes: codes, title: chart.title.text(ui),
                              id: "chart-\(index + 1)", columnRows: columnRows, totals: totals, editions: editionNames, ui: ui, labels: labels)
        }
        v["hasCharts"] = !charts.isEmpty
        v["charts"] = charts

        // Definitions of the terms present of each facet with a `FacetDescriptor.definitions` (categories, statuses).
        var groups: [[String: Any]] = []
        for (facet, title) in Self.defined {
            let terms = store.tally(facet, rows: rows, language: labels).map { tally -> [String: Any] in
                let value = store.values(facet)[tally.code]
                let definition = value.term?.definition(labels) ?? ReportText.noDefinition.text(ui)
                return ["term": HTMLSafeText.clean(tally.label), "definition": HTMLSafeText.clean(definition)]
            }
            if !terms.isEmpty { groups.append(["title": title.text(ui), "terms": terms]) }
        }
        v["hasDefinitions"] = !groups.isEmpty
        v["definitionsHeading"] = ReportText.definitions.text(ui)
        v["definitionGroups"] = groups

        // Sources.
        v["sourceHeading"] = ReportText.source.text(ui)
        v["generatedBy"] = ReportText.generatedBy.text(ui)
        v["sources"] = provenances.map { p -> [String: Any] in
            if let label = ProvenanceText.fileLabel(p) {
                // Not the register: its name and title line, no publisher, no licence.
                return ["line": HTMLSafeText.clean(ReportText.fileSourceLine.text(ui, ["edition": p.edition, "file": label])), "hasLicence": false]
            }
            var entry: [String: Any] = [
                "line": HTMLSafeText.clean(ReportText.sourceLine.text(ui, ["edition": p.edition, "title": p.datasetTitle, "publisher": p.publisher])),
                "licence": HTMLSafeText.clean(ReportText.licenceLine.text(ui, ["licence": p.licence])),
                "licenceURL": HTMLSafeText.clean(p.licenceURL),
                "hasLicence": true,
            ]
            switch p.kind {
            case .sample: entry["origin"] = ReportText.sampleSource.text(ui)
            case .official:
                entry["origin"] = HTMLSafeText.clean(ReportText.retrievedOn.text(ui, ["date": p.retrievedAt ?? "?", "url": p.sourceURL ?? "?"]))
            case .file, .registerFile:
                if let file = p.sourceURL { entry["origin"] = HTMLSafeText.clean(ReportText.fileSource.text(ui, ["file": file])) }
            }
            return entry
        }
        values = v
    }

    /// The table of initiatives around its rows (`HTMLReportRows` writes them): its caption and titles.
    static func tableValues(titles: [String], count: Int, language: Language) -> [String: Any] {
        [
            "hasRows": count > 0,
            "initiativesHeading": ReportText.initiatives.text(language),
            "initiativesCaption": ReportText.initiativesCaption.text(language, ["count": ReportText.counted(count, .initiative, language)]),
            "noInitiatives": ReportText.noInitiatives.text(language),
            "titles": titles.map(HTMLSafeText.clean),
        ]
    }

    /// Distinct non-blank values of `facet` among `rows`.
    private static func distinct(_ store: PortraitStore, _ facet: Facet, _ rows: [Int]) -> Int {
        store.tally(facet, rows: rows).filter { !store.values(facet)[$0.code].isBlank }.count
    }

    /// Geometry, in tenths of a pixel: the label line, then one bar per column under it.
    private static let width = 720, barArea = 520, labelHeight = 16, barHeight = 14, pairedBarHeight = 11, gap = 10

    /// The values a chart shows, in the order of the browser's views (`ValueOrder`, through the same calls):
    /// for one column, largest first as the chart view (`c`) lists them; for two editions, portfolios,
    /// categories and statuses in the official order as the comparison view (`d`) and `portrait diff` count
    /// them (`EditionComparison.valueCounts`), bodies largest first in the newer edition then the older.
    /// Ties go by French label, as in the browser (so that `L` does not reorder); bodies cut to `top`.
    static func chartOrder(store: PortraitStore, facet: Facet, columnRows: [[Int]], top: Int?, labels: Language) -> [Int] {
        let values = store.values(facet)
        var codes: [Int]
        if columnRows.count == 2 && facet != .organisation {
            codes = EditionComparison.valueCounts(facet, store: store, old: columnRows[0], new: columnRows[1], labels: labels).map(\.code)
        } else {
            let counts = Self.counts(store: store, facet: facet, columnRows: columnRows)
            let used = values.indices.filter { code in counts.contains { $0[code] > 0 } }
            codes = ValueOrder.largestFirst(used, counts: { code in counts.map { $0[code] } }, label: { values[$0].label(.fr) })
        }
        if let top { codes = Array(codes.prefix(top)) }
        return codes
    }

    /// Rows per value of `facet`, one array per column.
    private static func counts(store: PortraitStore, facet: Facet, columnRows: [[Int]]) -> [[Int]] {
        let values = store.values(facet)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: values.count), count: columnRows.count)
        for (column, rows) in columnRows.enumerated() {
            for row in rows { counts[column][store.code(facet, row: row)] += 1 }
        }
        return counts
    }

    /// One chart: its values `codes` (see `chartOrder`), an SVG bar per value and column, and the same
    /// numbers as a table.
    private static func chart(store: PortraitStore, facet: Facet, codes: [Int], title: String, id: String,
                              columnRows: [[Int]], totals: [Int], editions: [String], ui: Language, labels: Language) -> [String: Any] {
        let values = store.values(facet)
        let counts = Self.counts(store: store, facet: facet, columnRows: columnRows)
        let paired = columnRows.count == 2
        let maximum = max(1, codes.map { code in counts.map { $0[code] }.max() ?? 0 }.max() ?? 0)
        let barsHeight = paired ? 2 * pairedBarHeight + 2 : barHeight
        let rowHeight = labelHeight + barsHeight + gap
        var items: [[String: Any]] = []
        for (n, code) in codes.enumerated() {
            let top = n * rowHeight
            let label = HTMLSafeText.clean(values[code].label(labels))
            var bars: [[String: Any]] = []
            var cells: [String] = []
            for column in counts.indices {
                let count = counts[column][code]
                let y = top + labelHeight + column * (pairedBarHeight + 2)
                let height = paired ? pairedBarHeight : barHeight
                let length = count == 0 ? 0 : max(2, count * barArea * 10 / maximum / 10)
                let share = ReportNumbers.share(count, of: totals[column], ui)
                let text = ReportNumbers.count(count, ui) + " (" + share + ")"
                bars.append(["kind": paired ? (column == 0 ? "old" : "new") : "one", "y": String(y), "width": String(length),
                             "height": String(height), "textX": String(length + 6), "textY": String(y + height - 2), "text": text])
                cells += paired ? [ReportNumbers.count(count, ui), share] : [ReportNumbers.count(count, ui), share]
            }
            if paired { cells.append(ReportNumbers.change(from: counts[0][code], to: counts[1][code], ui)) }
            items.append(["label": label, "labelY": String(top + labelHeight - 4), "bars": bars, "cells": cells])
        }
        var columns = [ReportText.value.text(ui)]
        if paired {
            for edition in editions { columns += [edition, ReportText.share.text(ui) + " " + edition] }
            columns.append(ReportText.change.text(ui))
        } else {
            columns += [ReportText.count.text(ui), ReportText.share.text(ui)]
        }
        let description = paired
            ? ReportText.chartDescriptionPair.text(ui, ["what": title, "count": ReportText.counted(codes.count, .value, ui), "old": editions[0], "new": editions[1]])
            : ReportText.chartDescription.text(ui, ["what": title, "count": ReportText.counted(codes.count, .value, ui)])
        return ["id": id, "title": title, "description": description, "width": String(width),
                "height": String(max(1, codes.count * rowHeight)), "items": items, "columns": columns]
    }
}
