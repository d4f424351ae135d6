import Foundation
import PortraitCore

/// A list the focus can be on: the three facet panes, then the results.
public enum Pane: Int, CaseIterable, Sendable {
    case portfolio, category, status, results

    /// The facet of a facet pane.
    public var facet: Facet? {
        switch self {
        case .portfolio: return .portfolio
        case .category: return .category
        case .status: return .status
        case .results: return nil
        }
    }

    /// The pane's title.
    public var title: UIString {
        switch self {
        case .portfolio: return .panePortfolio
        case .category: return .paneCategory
        case .status: return .paneStatus
        case .results: return .paneResults
        }
    }

    /// The facet panes, left to right.
    public static let facetPanes: [Pane] = [.portfolio, .category, .status]
}

/// The main view: the panes and results, or the detail of one initiative.
public enum BrowserView: Sendable, Equatable {
    case list
    case detail
}

/// A line being typed at the top (search) or bottom (export) of the screen.
public enum InputLine: Sendable, Equatable {
    /// The search line has the focus; the text is `query.search`.
    case search
    /// The export prompt with the file name typed so far.
    case exportPath(String)
    /// The file exists: waiting for y/N.
    case confirmReplace(String)
}

/// A message on the bottom line until the next key.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Something `update` asks the outside world to do (it stays free of input and output itself).
public enum Effect: Sendable, Equatable {
    /// Write the current selection to `path`; `replace` when the person agreed to replace an existing file.
    case export(path: String, replace: Bool)
}

/// Everything the screen shows, as one value: the store, the query and its answer, where the focus and
/// cursors are, and which view, prompt or overlay is open. `update(state, command)` gives the next state
/// and `Renderer` draws it; nothing else changes it.
public struct BrowserState: Sendable {
    public let store: PortraitStore
    /// The file names shown in the title.
    public let sourceName: String
    /// The clock used for the default export name.
    public let now: @Sendable () -> Date
    /// Interface language.
    public internal(set) var interface: Language
    /// Language of data labels (categories, statuses, portfolios): `L` switches it.
    public internal(set) var labels: Language
    public internal(set) var size: TermSize
    public internal(set) var query: Query
    public internal(set) var selection: Selection
    /// Value codes of each facet pane in display order (most initiatives first, a stable order).
    public let facetOrder: [Facet: [Int]]
    public internal(set) var focus: Pane = .portfolio
    /// Cursor and first visible line of each pane, indexed by `Pane.rawValue`.
    public internal(set) var cursors = [Int](repeating: 0, count: Pane.allCases.count)
    public internal(set) var offsets = [Int](repeating: 0, count: Pane.allCases.count)
    public internal(set) var view: BrowserView = .list
    public internal(set) var detailScroll = 0
    public internal(set) var helpVisible = false
    public internal(set) var helpScroll = 0
    public internal(set) var input: InputLine?
    public internal(set) var message: StatusMessage?
    /// Set by `update` for the session to carry out, then cleared.
    public internal(set) var effect: Effect?
    /// Set when the person quits.
    public internal(set) var finished = false
    public internal(set) var metrics: LayoutMetrics

    public init(store: PortraitStore, sourceName: String, size: TermSize, interface: Language = .fr,
                labels: Language? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.sourceName = sourceName
        self.size = size
        self.interface = interface
        self.labels = labels ?? interface
        self.now = now
        self.query = Query()
        let everything = store.select(Query(), language: labels ?? interface)
        // Each facet's values, largest first (ties by French label), those with no row last.
        var order: [Facet: [Int]] = [:]
        for pane in Pane.facetPanes {
            guard let facet = pane.facet else { continue }
            let values = store.values(facet)
            let folded = values.map { TextFold.fold($0.label(.fr)) }
            let count = { everything.count(facet, $0) }
            order[facet] = values.indices.sorted { a, b in
                let (ca, cb) = (count(a), count(b))
                if (ca > 0) != (cb > 0) { return ca > 0 }
                if ca == 0 { return a < b }
                return ca != cb ? ca > cb : folded[a] < folded[b]
            }
        }
        self.facetOrder = order
        self.selection = everything
        self.metrics = LayoutMetrics(facetValues: 1, facetWidths: [1, 1, 1], bodyWidth: 1, statusWidth: 1, categoryWidth: 1)
        self.metrics = measure()
    }

    /// Where everything goes at the current size.
    public var layout: Layout { Layout(size: size, metrics: metrics) }

    /// The scope the next key is read in: while the terminal is too small, only that message's keys.
    public var scope: KeyScope {
        if layout.isTooSmall { return .tooSmall }
        if helpVisible { return .help }
        switch input {
        case .search: return .search
        case .exportPath: return .export
        case .confirmReplace: return .confirm
        case nil: return view == .detail ? .detail : .list
        }
    }

    /// The value codes shown in a facet pane.
    public func values(in pane: Pane) -> [Int] {
        pane.facet.flatMap { facetOrder[$0] } ?? []
    }

    /// Number of lines of a pane.
    public func lineCount(_ pane: Pane) -> Int {
        pane == .results ? selection.rows.count : values(in: pane).count
    }

    /// The cursor line of a pane.
    public func cursor(_ pane: Pane) -> Int { cursors[pane.rawValue] }

    /// The first visible line of a pane.
    public func offset(_ pane: Pane) -> Int { offsets[pane.rawValue] }

    /// The row (initiative) under the results cursor.
    public var currentRow: Int? {
        let index = cursor(.results)
        return selection.rows.indices.contains(index) ? selection.rows[index] : nil
    }

    /// The folded search words, for highlighting.
    public var searchWords: [String] { query.searchWords }

    /// Widths the layout works from, in the current label language.
    func measure() -> LayoutMetrics {
        var widths: [Int] = []
        var most = 1
        for pane in Pane.facetPanes {
            guard let facet = pane.facet else { continue }
            let values = store.values(facet)
            most = max(most, values.count)
            let label = values.map { DisplayWidth.of(TerminalSafe.visible($0.label(labels))) }.max() ?? 0
            let count = String(store.count).count
            widths.append(Layout.facetPaneWidth(label: label, count: count))
        }
        func widest(_ facet: Facet) -> Int {
            store.values(facet).map { DisplayWidth.of(TerminalSafe.visible($0.label(labels))) }.max() ?? 1
        }
        return LayoutMetrics(facetValues: most, facetWidths: widths, bodyWidth: widest(.organisation),
                             statusWidth: widest(.status), categoryWidth: widest(.category))
    }
}
