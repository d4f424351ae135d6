import Dispatch
import Foundation
import PortraitCore
import Synchronization

/// What the results list marks on an initiative of two editions compared: in the newer, new since the
/// older one, or the same initiative with another status; in the older, removed (the newer lacks it).
/// Initiatives are matched as `EditionComparison` matches them (same body, its aliases joined, and same
/// name, whatever the case, accents or spaces), over the whole of both editions, not only what the query
/// keeps.
public enum EditionMark: Sendable {
    case none
    case new
    case statusChanged
    case removed

    /// The mark before a name in the results list (the title of the name column explains them).
    var glyph: String {
        switch self {
        case .none: return " "
        case .new: return "+"
        case .statusChanged: return "~"
        case .removed: return "−"
        }
    }
}

/// The marks of every row for a pair of editions — the core's `EditionChanges` of that pair — computed
/// once per pair and then kept: moving, searching and filtering never compute them again. Matching takes
/// one pass over both editions (some microseconds a row), so for large editions it runs in the background:
/// the list shows the marks once they are ready (`generation` tells the terminal loop to draw again), and
/// never waits for them (the change pane, which needs them, waits when it is first shown).
public final class EditionMarks: Sendable {
    struct Pair: Hashable, Sendable {
        let older: Int
        let newer: Int
    }

    /// Editions of at most this many rows together are matched at once, on the spot.
    public static let matchedOnTheSpot = 20_000

    let store: PortraitStore
    let aliases: OrganisationAliases
    private let tables = Mutex<[Pair: EditionChanges]>([:])
    private let started = Mutex<Set<Pair>>([])
    private let ready = Atomic<Int>(0)

    public init(store: PortraitStore, aliases: OrganisationAliases) {
        self.store = store
        self.aliases = aliases
    }

    /// How many tables are ready: it grows when one becomes ready, so a caller that drew the screen with
    /// an older value can draw it again.
    public var generation: Int { ready.load(ordering: .acquiring) }

    /// The changes from `older` to `newer`, if they are ready.
    func table(older: Int, newer: Int) -> EditionChanges? {
        tables.withLock { $0[Pair(older: older, newer: newer)] }
    }

    /// Every table made so far, as a message for `BrowserState.apply` (the state keeps its own copy, so a
    /// frame depends on the state alone).
    public struct Ready: Sendable, Hashable {
        /// How many tables were ready (`EditionMarks.generation`) when this was taken.
        public let generation: Int
        let tables: [Pair: EditionChanges]

        public static func == (a: Ready, b: Ready) -> Bool { a.generation == b.generation }
        public func hash(into hasher: inout Hasher) { hasher.combine(generation) }
    }

    /// The tables ready now.
    public func readyTables() -> Ready {
        let generation = self.generation
        return Ready(generation: generation, tables: tables.withLock { $0 })
    }

    /// Makes the marks of the pair ready: on the spot for small editions (or when `waiting`), else in the
    /// background. Does nothing when they are ready or being made.
    func prepare(older: Int, newer: Int, waiting: Bool = false) {
        let pair = Pair(older: older, newer: newer)
        let first = started.withLock { $0.insert(pair).inserted }
        guard first else {
            if waiting { while table(older: older, newer: newer) == nil { usleep(5_000) } }
            return
        }
        let counts = store.select(Query()).counts[.edition] ?? []
        let rows = (counts.indices.contains(older) ? counts[older] : 0) + (counts.indices.contains(newer) ? counts[newer] : 0)
        if waiting || rows <= Self.matchedOnTheSpot {
            compute(pair)
        } else {
            DispatchQueue.global(qos: .utility).async { self.compute(pair) }
        }
    }

    private func compute(_ pair: Pair) {
        let table = EditionChanges(store: store, older: store.editionRows(pair.older), newer: store.editionRows(pair.newer),
                                   aliases: aliases)
        tables.withLock { $0[pair] = table }
        ready.add(1, ordering: .releasing)
    }
}

extension BrowserState {
    /// The editions the marks compare (older, newer), when the store holds several.
    var markedEditions: (older: Int, newer: Int)? {
        editionMarks == nil ? nil : Figures.comparedEditions(self)
    }

    /// The marks of the pair compared now, when they have been delivered to the state.
    func markTable() -> EditionChanges? {
        guard let pair = markedEditions else { return nil }
        return markTables[EditionMarks.Pair(older: pair.older, newer: pair.newer)]
    }

    /// Asks for the marks of the pair compared now (see `EditionMarks.prepare`).
    public func prepareMarks(waiting: Bool = false) {
        guard let marks = editionMarks, let pair = markedEditions else { return }
        marks.prepare(older: pair.older, newer: pair.newer, waiting: waiting)
    }

    /// Delivers the marks made since the last delivery, if any, as a `marksReady` message.
    public mutating func marksBecameReady() {
        guard let marks = editionMarks else { return }
        let ready = marks.readyTables()
        if ready.generation != marksGeneration { apply(.marksReady(ready)) }
    }

    /// Takes in delivered marks: the results list shows them, and a comparison view opened before they
    /// were ready gets its count of new and changed initiatives now.
    mutating func takeMarks(_ ready: EditionMarks.Ready) {
        markTables = ready.tables
        marksGeneration = ready.generation
        guard view == .comparison, figures?.marks == nil, let recomputed = Figures.comparison(self),
              recomputed.marks != nil else { return }
        figures = recomputed
    }

    /// The mark of `row` in `table` (a change of category alone has none).
    static func mark(_ row: Int, in table: EditionChanges?) -> EditionMark {
        guard let table else { return .none }
        if table.has(.new, row: row) { return .new }
        if table.has(.status, row: row) { return .statusChanged }
        if table.has(.removed, row: row) { return .removed }
        return .none
    }

    /// The changes between the last two editions in the order loaded, as `portrait query --change` pairs
    /// them: the marks of that pair, made now if they are not ready (nil with fewer than two editions).
    func latestTwoChanges() -> EditionChanges? {
        let editions = store.editions
        guard let marks = editionMarks, editions.count >= 2, let older = editions[editions.count - 2].rows.first,
              let newer = editions[editions.count - 1].rows.first else { return nil }
        let pair = (older: store.code(.edition, row: older), newer: store.code(.edition, row: newer))
        marks.prepare(older: pair.older, newer: pair.newer, waiting: true)
        return marks.table(older: pair.older, newer: pair.newer)
    }
}
