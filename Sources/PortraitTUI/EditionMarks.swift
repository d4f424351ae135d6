import PortraitCore
import Synchronization

/// What the results list marks on an initiative of the newer of two editions compared: new since the
/// older one, or the same initiative with another status. Initiatives are matched as `EditionComparison`
/// matches them (same body, its aliases joined, and same name, whatever the case, accents or spaces), over
/// the whole of both editions, not only what the query keeps.
public enum EditionMark: UInt8, Sendable {
    case none = 0
    case new
    case statusChanged

    /// The mark before a name in the results list (the title of the name column explains them).
    var glyph: String {
        switch self {
        case .none: return " "
        case .new: return "+"
        case .statusChanged: return "~"
        }
    }
}

/// The marks of every row for a pair of editions, computed the first time the pair is shown (one pass over
/// both editions) and then kept: moving, searching and filtering never compute them again.
public final class EditionMarks: Sendable {
    /// The marks of one pair: one byte per row of the store, and the older row of each status change.
    struct Table: Sendable {
        let marks: [UInt8]
        let previous: [Int: Int]
    }

    struct Pair: Hashable, Sendable {
        let older: Int
        let newer: Int
    }

    let store: PortraitStore
    let aliases: OrganisationAliases
    private let tables = Mutex<[Pair: Table]>([:])

    public init(store: PortraitStore, aliases: OrganisationAliases) {
        self.store = store
        self.aliases = aliases
    }

    /// The marks for `newer` compared with `older` (edition codes).
    func table(older: Int, newer: Int) -> Table {
        let pair = Pair(older: older, newer: newer)
        if let known = tables.withLock({ $0[pair] }) { return known }
        let rows = { (edition: Int) in
            EditionRows(label: self.store.values(.edition)[edition].raw,
                        rows: self.store.select(Query(selected: [.edition: [edition]])).rows)
        }
        let comparison = EditionComparison(store: store, old: rows(older), new: rows(newer), aliases: aliases)
        var marks = [UInt8](repeating: EditionMark.none.rawValue, count: store.count)
        for row in comparison.initiativesAdded { marks[row] = EditionMark.new.rawValue }
        var previous: [Int: Int] = [:]
        for pair in comparison.statusChanges {
            marks[pair.new] = EditionMark.statusChanged.rawValue
            previous[pair.new] = pair.old
        }
        let table = Table(marks: marks, previous: previous)
        tables.withLock { $0[pair] = table }
        return table
    }
}

extension BrowserState {
    /// The editions the marks compare (older, newer), when the store holds several.
    var markedEditions: (older: Int, newer: Int)? {
        editionMarks == nil ? nil : Figures.comparedEditions(self)
    }

    /// The marks of the pair compared now, if any.
    func markTable() -> EditionMarks.Table? {
        guard let marks = editionMarks, let pair = markedEditions else { return nil }
        return marks.table(older: pair.older, newer: pair.newer)
    }

    /// The mark of `row` in `table`.
    static func mark(_ row: Int, in table: EditionMarks.Table?) -> EditionMark {
        guard let table, table.marks.indices.contains(row) else { return .none }
        return EditionMark(rawValue: table.marks[row]) ?? .none
    }
}
