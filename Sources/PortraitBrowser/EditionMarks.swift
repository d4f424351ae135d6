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
/// one pass over both editions (some microseconds a row), so for large editions it runs in the background.
/// `BrowserState.apply` never waits for it: it asks for a pair with `Effect.computeMarks`, `BrowserSession`
/// starts the work (`prepare`), and the tables reach the state as a `Command.marksReady` message when
/// `generation` grows (the terminal loop polls it); the list, the comparison and the change pane show them then.
public final class EditionMarks: Sendable {
    /// Two editions compared (value codes of the edition facet).
    public struct Pair: Hashable, Sendable {
        public let older: Int
        public let newer: Int

        public init(older: Int, newer: Int) {
            self.older = older
            self.newer = newer
        }
    }

    /// Editions of at most this many rows together are matched at once, on the spot.
    public static let matchedOnTheSpot = 20_000

    let store: PortraitStore
    let aliases: OrganisationAliases
    private let tables = Mutex<[Pair: EditionChanges]>([:])
    private let started = Mutex<Set<Pair>>([])
    private let ready = Atomic<Int>(0)
    /// Entered by each computation in the background, left when its table is ready.
    private let working = DispatchGroup()

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

    /// Makes the marks of the pair ready: on the spot for small editions, else in the background. Never
    /// waits: does nothing when they are ready or being made.
    func prepare(_ pair: Pair) {
        let first = started.withLock { $0.insert(pair).inserted }
        guard first else { return }
        let counts = store.select(Query()).counts[.edition] ?? []
        let rows = (counts.indices.contains(pair.older) ? counts[pair.older] : 0) + (counts.indices.contains(pair.newer) ? counts[pair.newer] : 0)
        if rows <= Self.matchedOnTheSpot {
            compute(pair)
        } else {
            working.enter()
            DispatchQueue.global(qos: .utility).async {
                self.compute(pair)
                self.working.leave()
            }
        }
    }

    /// The marks of the pair: made here, on this thread, when nobody asked for them yet, else waited for
    /// while they are made in the background. For what carries out an effect or prints one frame
    /// (`Exporter`, `BrowserSession.printing`), never for `BrowserState.apply`.
    func waitForTable(_ pair: Pair) -> EditionChanges {
        if started.withLock({ $0.insert(pair).inserted }) { return compute(pair) }
        if table(older: pair.older, newer: pair.newer) == nil { working.wait() }
        return table(older: pair.older, newer: pair.newer) ?? compute(pair)
    }

    @discardableResult
    private func compute(_ pair: Pair) -> EditionChanges {
        let table = EditionChanges(store: store, older: store.editionRows(pair.older), newer: store.editionRows(pair.newer),
                                   aliases: aliases)
        tables.withLock { $0[pair] = table }
        ready.add(1, ordering: .releasing)
        return table
    }
}
