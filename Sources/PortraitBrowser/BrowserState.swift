import Foundation
import PortraitCore

/// A list the focus can be on: the facet panes (the edition only when several editions are loaded), then
/// the results. The first pane shows the portfolios, the public bodies, the benefits or, with several
/// editions, the changes between the last two (`v` cycles them). A facet's pane is `facet(_:)` of its
/// entry in `FacetDescriptor.all`, which says where it goes (`FacetDescriptor.PaneSlot`).
public enum Pane: Hashable, Sendable {
    case facet(Facet)
    case results
    /// The benefits, counted per benefit (not a `Facet`: a row has several; see `BrowserState+PaneChoice`).
    case benefit
    /// The changes between the last two editions (not a `Facet`: see `BrowserState+PaneChoice`).
    case change

    /// Every pane: one per facet, in the table's order, then the others.
    public static let allCases: [Pane] = Facet.allCases.map { .facet($0) } + [.results, .benefit, .change]

    /// The pane's position in `allCases`, which indexes `PaneCursors`.
    var slot: Int {
        switch self {
        case .facet(let facet): return facet.index
        case .results: return Facet.allCases.count
        case .benefit: return Facet.allCases.count + 1
        case .change: return Facet.allCases.count + 2
        }
    }

    /// The facet of a facet pane.
    public var facet: Facet? {
        if case .facet(let facet) = self { return facet }
        return nil
    }

    /// The pane's title: a facet's is its entry's (`FacetDescriptor.paneTitle`).
    public var title: any LocalizedTemplate {
        if let facet { return facet.descriptor.paneTitle }
        switch self {
        case .benefit: return UIString.paneBenefit
        case .change: return UIString.paneChange
        default: return UIString.paneResults
        }
    }

    /// The facets' panes that the first pane can show (`FacetDescriptor.PaneSlot.firstPane`), in the table's order.
    static let firstPaneFacets: [Pane] = FacetDescriptor.all.filter { $0.pane == .firstPane }.map { .facet($0.facet) }

    /// The facets whose panes list their values largest first: every one but the edition, in the table's order.
    static let valueFacets: [Facet] = FacetDescriptor.all.filter { $0.pane != .editionPane }.map(\.facet)

    /// The facet panes of a store with one edition, left to right.
    public static let facetPanes: [Pane] = Array(firstPaneFacets.prefix(1)) + ownPanes

    /// The facets' panes of their own (`FacetDescriptor.PaneSlot.ownPane`), left to right.
    static let ownPanes: [Pane] = FacetDescriptor.all.filter { $0.pane == .ownPane }.map { .facet($0.facet) }

    /// The panes added when several editions are loaded (`FacetDescriptor.PaneSlot.editionPane`).
    static let editionPanes: [Pane] = FacetDescriptor.all.filter { $0.pane == .editionPane }.map { .facet($0.facet) }
}

/// The main view: the panes and results, the detail of one initiative, or a picture of the selection
/// (its chart, or its comparison between two editions).
public enum BrowserView: Sendable, Equatable {
    case list
    case detail
    case chart
    case comparison
}

/// A line being typed at the top (search) or bottom (export) of the screen.
public enum InputLine: Sendable, Equatable {
    /// The search line has the focus; the text is `query.search`.
    case search
    /// The export prompt with the file name typed so far.
    case exportPath(String)
    /// The file exists: waiting for y/N.
    case confirmReplace(String)
    /// The selection is empty: waiting for y/N before the export prompt opens.
    case confirmEmptyExport
}

/// A message on the bottom line until the next key.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    /// Whether the first screen's key hints (Tab, `?`; the search line shows `/`) share the line with it:
    /// the sample notice, which would otherwise hide them until the first key.
    public var withFirstHints: Bool

    public init(_ text: String, isError: Bool = false, withFirstHints: Bool = false) {
        self.text = text
        self.isError = isError
        self.withFirstHints = withFirstHints
    }
}

/// Something `apply` asks the outside world to do (it stays free of input, output and waiting itself):
/// `apply` returns a list of them, which `BrowserSession` carries out in order; what became of them comes
/// back to `apply` as a message (`Command.exportFinished`, `Command.marksReady`, `Command.sortingReady`).
public enum Effect: Sendable, Equatable {
    /// Write the current selection to `path`; `replace` when the person agreed to replace an existing file.
    case export(path: String, replace: Bool)
    /// Put `text` on the terminal's clipboard (OSC 52, written by the terminal layer; terminals do not
    /// say whether they took it, so no message comes back).
    case copy(String)
    /// Make the edition marks of the pair (`EditionMarks.prepare`: on the spot for small editions, else in
    /// the background); they come back as `Command.marksReady`.
    case computeMarks(EditionMarks.Pair)
    /// Make the store's sort positions (`PortraitStore.prepareSorting`: on the spot for small stores, else
    /// in the background); their readiness comes back as `Command.sortingReady`.
    case prepareSorting
}

/// Everything the screen shows, as one value: the store, the query and its answer, where the focus and
/// cursors are, and which view, prompt or overlay is open. `apply(_:)` makes the next state
/// and `Renderer` draws it; nothing else changes it.
public struct BrowserState: Sendable {
    public let store: PortraitStore
    /// The file names shown in the title.
    public let sourceName: String
    /// Where each edition's rows come from (official, sample or a file): the sample says so on the first
    /// screen, in the export message and at the end of a Markdown export.
    public let provenance: [Provenance]
    /// The clock used for the default export name.
    public let now: @Sendable () -> Date
    /// Interface language.
    public internal(set) var interface: Language
    /// Language of data labels (categories, statuses, portfolios): `L` switches it.
    public internal(set) var labels: Language
    public internal(set) var size: TermSize
    public internal(set) var query: Query
    public internal(set) var selection: Selection
    /// The facet panes shown, left to right: the three main ones, then the edition when the store holds
    /// several editions.
    public internal(set) var facetPanes: [Pane]
    /// Value codes of each facet pane in a stable order (most initiatives at the start first; editions
    /// latest first).
    public let facetOrder: [Facet: [Int]]
    /// Benefit codes in a stable order, made when the benefits pane is first shown (`cycleFirstPane`).
    public internal(set) var benefitOrder: [Int] = []
    /// The codes each facet pane shows (benefits under `.benefit`'s facet-less key is `shownBenefits`):
    /// the stable order with the values at 0 under the current filters after the others
    /// (`ValueOrder.countedFirst`), made again with each answer (`refresh`).
    public internal(set) var shownOrder: [Facet: [Int]] = [:]
    /// The benefit codes the benefits pane shows, as `shownOrder` for the facets.
    public internal(set) var shownBenefits: [Int] = []
    /// The changes between the last two editions, asked for when the change pane is first shown
    /// (`cycleFirstPane`) and taken in when they arrive; the query then filters and counts them (`Query.classes`).
    public internal(set) var changes: EditionChanges?
    /// Whether the change pane waits for its changes (made in the background): it says "computing changes…".
    public internal(set) var changesPending = false
    /// Whether the results wait for the store's sort positions to be in the query's order (they are in
    /// file order meanwhile): the status line says "sorting…" (`BrowserState+Sorting`).
    public internal(set) var sortPending = false
    /// Rows of each edition (indexed by its value code), for the totals of the status line.
    let editionTotals: [Int]
    /// Which initiatives are new or changed status from one edition to the next (several editions only).
    public let editionMarks: EditionMarks?
    public internal(set) var focus: Pane = Pane.facetPanes[0]
    /// Cursor and first visible line of each pane.
    public internal(set) var paneCursors = PaneCursors()
    public internal(set) var view: BrowserView = .list
    public internal(set) var detailScroll = 0
    /// The counts the chart or comparison view shows, computed when it opened.
    public internal(set) var figures: Figures?
    /// The edition marks delivered so far (`Command.marksReady`), per pair of editions compared.
    var markTables: [EditionMarks.Pair: EditionChanges] = [:]
    /// `EditionMarks.generation` of the last delivery.
    public internal(set) var marksGeneration = 0
    /// First visible line of the chart or comparison view.
    public internal(set) var figuresScroll = 0
    public internal(set) var helpVisible = false
    public internal(set) var helpScroll = 0
    public internal(set) var input: InputLine?
    public internal(set) var message: StatusMessage?
    /// The format of the session's last export: the export prompt's name starts with its extension.
    public internal(set) var exportFormat: ExportFormat = .csv
    /// Whether a CSV export starts with a UTF-8 byte-order mark (chosen with Tab in the export prompt,
    /// kept for the session), as `portrait query --bom` writes it.
    public internal(set) var exportBOM = false
    /// The `portrait query` command line `y` shows, until the next key.
    public internal(set) var commandLine: String?
    /// How the rows were read (the files named on the command line, none for the stored or embedded
    /// editions, and the reading options), for `y`'s command and the HTML report's.
    public let reading: ReadingArguments
    /// The effects asked for by the command being applied, in order (`apply` returns them and empties it).
    var requested: [Effect] = []
    /// Set when the person quits.
    public internal(set) var finished = false
    public internal(set) var metrics: LayoutMetrics

    /// A browser on `store`. With `latestEditionOnly`, when the store holds several editions, the latest
    /// (see `editionsLatestFirst`) is selected in the edition pane at the start. `aliases` join the names
    /// of one public body across editions, to tell which initiatives are new.
    public init(store: PortraitStore, sourceName: String, size: TermSize, interface: Language = .fr,
                labels: Language? = nil, latestEditionOnly: Bool = false, aliases: OrganisationAliases = .none,
                provenance: [Provenance] = [], reading: ReadingArguments = ReadingArguments(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.reading = reading
        self.sourceName = sourceName
        self.provenance = provenance
        self.size = size
        self.interface = interface
        self.labels = labels ?? interface
        self.now = now
        let editions = store.values(.edition)
        self.facetPanes = editions.count > 1 ? Pane.facetPanes + Pane.editionPanes : Pane.facetPanes
        self.editionMarks = editions.count > 1 ? EditionMarks(store: store, aliases: aliases) : nil
        let everything = store.select(Query(), language: labels ?? interface)
        self.editionTotals = editions.indices.map { everything.count(.edition, $0) }
        var query = Query()
        if latestEditionOnly, editions.count > 1, let latest = Self.editionsLatestFirst(store).first {
            query.selected[.edition] = [latest]
        }
        let start = query.isEmpty ? everything : store.select(query, language: labels ?? interface)
        // Each facet's values, largest first at the start (by French label on ties, so that L does not
        // reorder them), those with no row last in the file's order.
        var order: [Facet: [Int]] = [:]
        for facet in Pane.valueFacets {
            let values = store.values(facet)
            let (used, unused) = (values.indices.filter { start.count(facet, $0) > 0 }, values.indices.filter { start.count(facet, $0) == 0 })
            order[facet] = ValueOrder.largestFirst(used, count: { start.count(facet, $0) }, label: { values[$0].label(.fr) }) + unused
        }
        order[.edition] = Self.editionsLatestFirst(store)
        self.facetOrder = order
        self.query = query
        self.selection = start
        self.shownOrder = order
        self.metrics = LayoutMetrics(paneValues: [1, 1, 1], facetWidths: [1, 1, 1], bodyWidth: 1, statusWidth: 1, categoryWidth: 1)
        self.metrics = measure()
        self.message = sampleNoticeMessage
    }

    /// The edition codes of `store`, latest first: by label, numbers compared as numbers ("2025" before
    /// "2024", "v10" before "v9").
    static func editionsLatestFirst(_ store: PortraitStore) -> [Int] {
        ValueOrder.latestFirst(store.values(.edition).map(\.raw))
    }

    /// The panes the focus moves through, in order.
    public var panes: [Pane] { facetPanes + [.results] }

    /// Whether the store holds more than one edition.
    public var hasEditions: Bool { facetPanes.contains(.facet(.edition)) }

    /// Where everything goes at the current size.
    public var layout: Layout { Layout(size: size, metrics: metrics) }

    /// The scope the next key is read in: while the terminal is too small, only that message's keys.
    public var scope: KeyScope {
        if layout.isTooSmall { return .tooSmall }
        if helpVisible { return .help }
        switch input {
        case .search: return .search
        case .exportPath: return .export
        case .confirmReplace, .confirmEmptyExport: return .confirm
        case nil:
            switch view {
            case .list: return .list
            case .detail: return .detail
            case .chart, .comparison: return .views
            }
        }
    }

    /// The value codes shown in a facet pane.
    public func values(in pane: Pane) -> [Int] {
        if pane == .benefit { return shownBenefits }
        if pane == .change { return changes == nil ? [] : ChangeKind.allCases.map(\.classNumber) }
        return pane.facet.flatMap { shownOrder[$0] } ?? []
    }

    /// Number of lines of a pane.
    public func lineCount(_ pane: Pane) -> Int {
        pane == .results ? selection.rows.count : values(in: pane).count
    }

    /// The cursor line of a pane.
    public func cursor(_ pane: Pane) -> Int { paneCursors[cursor: pane] }

    /// The first visible line of a pane.
    public func offset(_ pane: Pane) -> Int { paneCursors[offset: pane] }

    /// The row (initiative) under the results cursor.
    public var currentRow: Int? {
        let index = cursor(.results)
        return selection.rows.indices.contains(index) ? selection.rows[index] : nil
    }

    /// The initiatives of the editions the query keeps (all of them when it keeps no edition in
    /// particular): the total of the status line's "N / total".
    public var editionScopeTotal: Int {
        guard let chosen = query.selected[.edition], !chosen.isEmpty else { return store.count }
        return chosen.reduce(0) { $0 + (editionTotals.indices.contains($1) ? editionTotals[$1] : 0) }
    }

    /// The editions (codes) the selection has initiatives of, latest first.
    public var selectionEditions: [Int] {
        values(in: .facet(.edition)).filter { Figures.count(.edition, $0, query, selection) > 0 }
    }

    /// The folded search words, for highlighting.
    public var searchWords: [String] { query.searchWords }

    /// Widths the layout works from, in the current label language.
    func measure() -> LayoutMetrics {
        var widths: [Int] = []
        var counts: [Int] = []
        let countWidth = String(store.count).count
        for pane in facetPanes {
            let texts = paneTexts(pane)
            counts.append(texts.count)
            let label = texts.map { DisplayWidth.of(TerminalSafe.visible($0)) }.max() ?? 0
            // Room for the title too: "▸ " before it, " (n) " after it when values are selected, and the
            // blank column before the separator.
            let title = DisplayWidth.of(pane.title.text(interface)) + 8
            widths.append(max(Layout.facetPaneWidth(label: label, count: countWidth), title))
        }
        func widest(_ facet: Facet) -> Int {
            store.values(facet).map { DisplayWidth.of(TerminalSafe.visible($0.label(labels))) }.max() ?? 1
        }
        return LayoutMetrics(paneValues: counts, facetWidths: widths, bodyWidth: widest(.organisation),
                             statusWidth: widest(.status), categoryWidth: widest(.category))
    }
}
