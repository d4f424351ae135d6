import PortraitText
import PortraitStore

/// What happened to an initiative between two editions.
public enum ChangeKind: String, CaseIterable, Sendable, Codable {
    /// In the newer edition only.
    case new
    /// In both, with another status in the newer.
    case status
    /// In both, with another category in the newer.
    case category
    /// In both, with the same status and category.
    case unchanged
    /// In the older edition only: dropped from the newer.
    case removed

    /// The label to show in `language`.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.new, .fr): return "nouvelle"
        case (.new, .en): return "new"
        case (.status, .fr): return "statut modifié"
        case (.status, .en): return "status changed"
        case (.category, .fr): return "catégorie modifiée"
        case (.category, .en): return "category changed"
        case (.unchanged, .fr): return "inchangée"
        case (.unchanged, .en): return "unchanged"
        case (.removed, .fr): return "retirée"
        case (.removed, .en): return "removed"
        }
    }

    /// The change's class number in `EditionChanges.classes` (its place in `allCases`).
    public var classNumber: Int { Self.allCases.firstIndex(of: self)! }

    var bit: UInt8 { 1 << UInt8(classNumber) }
}

/// The changes between two editions of a store, computed once for every row with the pairing of
/// `EditionComparison` (same body, aliases joined, and same name whatever the case, accents or spaces).
/// A row of the newer edition is new, or has its status and/or category changed, or is unchanged; a row of
/// the older edition that the newer lacks is removed, and is a row of its own for lists and exports. The
/// older record of an initiative still present, and rows of other editions, have no change.
public struct EditionChanges: Sendable {
    /// The labels of the editions compared.
    public let older: String
    public let newer: String
    /// One bit per `ChangeKind` for each row of the store (0: not a change).
    private let marks: [UInt8]
    /// The older record of each initiative whose status or category changed, by its newer row.
    private let olderRecords: [Int: Int]

    /// The changes as row classes (class k: `ChangeKind.allCases[k]`), for `Query.classes`: the store then
    /// filters and counts them like a facet.
    public var classes: RowClasses { RowClasses(bits: marks, count: ChangeKind.allCases.count) }

    /// Compares `older` with `newer`, two editions of `store`.
    public init(store: PortraitStore, older: EditionRows, newer: EditionRows, aliases: OrganisationAliases = .none) {
        self.older = older.label
        self.newer = newer.label
        let comparison = EditionComparison(store: store, old: older, new: newer, aliases: aliases)
        var marks = [UInt8](repeating: 0, count: store.count)
        var olderRecords: [Int: Int] = [:]
        for row in comparison.initiativesAdded { marks[row] = ChangeKind.new.bit }
        for row in comparison.initiativesRemoved { marks[row] = ChangeKind.removed.bit }
        for pair in comparison.initiativesInBoth {
            var bits: UInt8 = 0
            if store.code(.status, row: pair.old) != store.code(.status, row: pair.new) { bits |= ChangeKind.status.bit }
            if store.code(.category, row: pair.old) != store.code(.category, row: pair.new) { bits |= ChangeKind.category.bit }
            marks[pair.new] = bits == 0 ? ChangeKind.unchanged.bit : bits
            if bits != 0 { olderRecords[pair.new] = pair.old }
        }
        self.marks = marks
        self.olderRecords = olderRecords
    }

    /// The changes between the last two editions of `store`, in the order they were loaded (the earlier
    /// is the older); nil when the store holds fewer than two editions.
    public static func latestTwo(of store: PortraitStore, aliases: OrganisationAliases = .none) -> EditionChanges? {
        let editions = store.editions
        guard editions.count >= 2 else { return nil }
        return EditionChanges(store: store, older: editions[editions.count - 2], newer: editions[editions.count - 1], aliases: aliases)
    }

    /// The changes of `row` (status and category may both have changed); empty when it is not compared.
    public func kinds(row: Int) -> [ChangeKind] {
        ChangeKind.allCases.filter { marks[row] & $0.bit != 0 }
    }

    /// Whether `row` has the change `kind` (out of range: no).
    public func has(_ kind: ChangeKind, row: Int) -> Bool {
        marks.indices.contains(row) && marks[row] & kind.bit != 0
    }

    /// The older record of `row` when its status or category changed (nil otherwise).
    public func olderRecord(of row: Int) -> Int? { olderRecords[row] }

    /// Whether `row` has one of the `wanted` changes.
    public func has(row: Int, anyOf wanted: Set<ChangeKind>) -> Bool {
        let mask = wanted.reduce(UInt8(0)) { $0 | $1.bit }
        return marks[row] & mask != 0
    }

    /// The change of `row` as text in `language` ("status changed; category changed"; "" when none).
    public func label(row: Int, language: Language) -> String {
        kinds(row: row).map { $0.label(language) }.joined(separator: "; ")
    }

    /// How many of `rows` have each change.
    public func counts(rows: [Int]) -> [ChangeKind: Int] {
        var counts: [ChangeKind: Int] = [:]
        for row in rows {
            for kind in ChangeKind.allCases where marks[row] & kind.bit != 0 { counts[kind, default: 0] += 1 }
        }
        return counts
    }
}
