import PortraitText
import PortraitStore
import PortraitLoad

/// What changed from one edition of the portrait to another: totals, initiatives and organisations added
/// and removed, the initiatives whose value of a facet changed and the counts per value of the facets
/// `diff` compares (`FacetDescriptor.comparison`) in both. Rows and values point into `store`, so every
/// label can be shown in either language.
///
/// An initiative is the same in both editions when its body (harmonised by `OrganisationAliases`) and its
/// name have the same `IdentityKey`. When one edition repeats an initiative, the repeats pair up in file order.
public struct EditionComparison: Sendable {
    /// One edition's label and totals.
    public struct Totals: Sendable, Equatable {
        public let label: String
        public let initiatives: Int
        /// Distinct public bodies (aliases of one body count once; a blank body is not counted).
        public let organisations: Int
    }

    /// A public body and its number of initiatives in each edition; `name` is as written in the edition
    /// that has it (the new one when both do).
    public struct Organisation: Sendable, Equatable {
        public let name: String
        public let old: Int
        public let new: Int
    }

    /// The same initiative in both editions: its row in the old one and in the new one.
    public struct Pair: Sendable, Equatable {
        public let old: Int
        public let new: Int
    }

    /// A value of a facet and its number of initiatives in each edition.
    public struct ValueCount: Sendable, Equatable {
        /// The value's code in the store.
        public let code: Int
        public let value: FacetValue
        public let old: Int
        public let new: Int
    }

    public let store: PortraitStore
    public let old: Totals
    public let new: Totals
    /// Bodies only in the new edition, most initiatives first.
    public let organisationsAdded: [Organisation]
    /// Bodies only in the old edition, most initiatives first.
    public let organisationsRemoved: [Organisation]
    /// Bodies in both editions, most initiatives in the new edition first.
    public let organisationsInBoth: [Organisation]
    /// Rows of the new edition that have no match in the old one, in file order.
    public let initiativesAdded: [Int]
    /// Rows of the old edition that have no match in the new one, in file order.
    public let initiativesRemoved: [Int]
    /// Initiatives in both editions, in the new edition's file order.
    public let initiativesInBoth: [Pair]
    /// Per facet whose changes `diff` lists (`FacetDescriptor.Comparison.changes`): the initiatives in
    /// both editions whose value of it changed.
    public let changed: [Facet: [Pair]]
    /// The counts of each facet with an official vocabulary (`FacetDescriptor.terms`) in both editions.
    public let byFacet: [Facet: [ValueCount]]

    /// Compares the `old` rows with the `new` rows of `store`; counts per category and portfolio are in the
    /// alphabetical order of their `labels` (the official order is the French one).
    public init(store: PortraitStore, old: EditionRows, new: EditionRows, aliases: OrganisationAliases = .none,
                labels: Language = .fr) {
        self.store = store
        let bodies = BodyKeys(store: store, aliases: aliases)
        let oldBodies = bodies.tally(old.rows), newBodies = bodies.tally(new.rows)
        self.old = Totals(label: old.label, initiatives: old.rows.count, organisations: oldBodies.count)
        self.new = Totals(label: new.label, initiatives: new.rows.count, organisations: newBodies.count)

        var added: [Organisation] = [], removed: [Organisation] = [], both: [Organisation] = []
        for (key, body) in newBodies {
            if let before = oldBodies[key] {
                both.append(Organisation(name: body.name, old: before.count, new: body.count))
            } else {
                added.append(Organisation(name: body.name, old: 0, new: body.count))
            }
        }
        for (key, body) in oldBodies where newBodies[key] == nil {
            removed.append(Organisation(name: body.name, old: body.count, new: 0))
        }
        organisationsAdded = Self.largestFirst(added, by: \.new)
        organisationsRemoved = Self.largestFirst(removed, by: \.old)
        organisationsInBoth = Self.largestFirst(both, by: \.new)

        // Pair initiatives by key: the k-th old row with a key goes with the k-th new row with that key.
        var waiting: [ByteKey: ArraySlice<Int>] = [:]
        waiting.reserveCapacity(old.rows.count)
        for row in old.rows { waiting[bodies.initiativeKey(row), default: []].append(row) }
        var pairs: [Pair] = [], unmatched: [Int] = []
        for row in new.rows {
            let key = bodies.initiativeKey(row)
            if let match = waiting[key]?.popFirst() {
                pairs.append(Pair(old: match, new: row))
            } else {
                unmatched.append(row)
            }
        }
        let stillWaiting = Set(waiting.values.flatMap { $0 })
        initiativesAdded = unmatched
        initiativesRemoved = old.rows.filter { stillWaiting.contains($0) }
        initiativesInBoth = pairs
        changed = Dictionary(uniqueKeysWithValues: FacetDescriptor.all.filter { $0.comparison?.changes != nil }.map { entry in
            (entry.facet, pairs.filter { store.code(entry.facet, row: $0.old) != store.code(entry.facet, row: $0.new) })
        })
        byFacet = Dictionary(uniqueKeysWithValues: FacetDescriptor.all.filter { !$0.terms.isEmpty }.map { entry in
            (entry.facet, Self.valueCounts(entry.facet, store: store, old: old.rows, new: new.rows, labels: labels))
        })
    }

    /// The counts of `facet` in both editions; none for a facet without an official vocabulary.
    public func counts(_ facet: Facet) -> [ValueCount] { byFacet[facet] ?? [] }

    /// The initiatives in both editions whose value of `facet` changed; none for a facet whose changes are
    /// not listed.
    public func changes(_ facet: Facet) -> [Pair] { changed[facet] ?? [] }

    private static func largestFirst(_ bodies: [Organisation], by count: KeyPath<Organisation, Int>) -> [Organisation] {
        ValueOrder.largestFirst(bodies, count: { $0[keyPath: count] }, label: \.name)
    }

    /// Every value of `facet` that either edition uses, in the official order (unknown values after, by
    /// label; a blank value last), with its count in each. The official order of categories and portfolios
    /// is alphabetical in French: in English they follow the English labels. `portrait diff` and the
    /// browser's `d` view both count through here.
    public static func valueCounts(_ facet: Facet, store: PortraitStore, old: [Int], new: [Int], labels: Language = .fr) -> [ValueCount] {
        let values = store.values(facet)
        var oldCounts = [Int](repeating: 0, count: values.count), newCounts = oldCounts
        for row in old { oldCounts[store.code(facet, row: row)] += 1 }
        for row in new { newCounts[store.code(facet, row: row)] += 1 }
        let used = values.indices.filter { oldCounts[$0] > 0 || newCounts[$0] > 0 }
        return ValueOrder.official(facet, codes: used, values: values, language: labels)
            .map { ValueCount(code: $0, value: values[$0], old: oldCounts[$0], new: newCounts[$0]) }
    }
}

/// The identity keys of the bodies of a store (computed once per distinct body) and of its initiatives.
private struct BodyKeys {
    let store: PortraitStore
    /// Per organisation code: its body's key ("" for a blank body).
    let keys: [String]
    let keyBytes: [[UInt8]]

    init(store: PortraitStore, aliases: OrganisationAliases) {
        self.store = store
        keys = store.values(.organisation).map { $0.isBlank ? "" : aliases.key(for: $0.raw) }
        keyBytes = keys.map { Array($0.utf8) }
    }

    /// The body's key, a separator, and the name's key.
    func initiativeKey(_ row: Int) -> ByteKey {
        var key = keyBytes[store.code(.organisation, row: row)]
        key.append(0x01)
        key += IdentityKey.bytes(of: store.text(.name, row: row))
        return ByteKey(bytes: key)
    }

    /// Per body key among `rows`: the first spelling seen and the number of rows (blank bodies left out).
    func tally(_ rows: [Int]) -> [String: (name: String, count: Int)] {
        var counts = [Int](repeating: 0, count: keys.count)
        for row in rows { counts[store.code(.organisation, row: row)] += 1 }
        let values = store.values(.organisation)
        var firstRow = [Int](repeating: Int.max, count: keys.count)
        for row in rows where firstRow[store.code(.organisation, row: row)] == Int.max {
            firstRow[store.code(.organisation, row: row)] = row
        }
        // Codes of one body (aliases) add up under its key, named by the spelling whose first row comes first.
        var result: [String: (name: String, count: Int, first: Int)] = [:]
        for code in keys.indices where counts[code] > 0 && !keys[code].isEmpty {
            let key = keys[code]
            if let seen = result[key] {
                let earlier = firstRow[code] < seen.first
                result[key] = (earlier ? values[code].raw : seen.name, seen.count + counts[code], min(seen.first, firstRow[code]))
            } else {
                result[key] = (values[code].raw, counts[code], firstRow[code])
            }
        }
        return result.mapValues { ($0.name, $0.count) }
    }
}

/// Bytes as a dictionary key, hashed in one go rather than byte by byte.
private struct ByteKey: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
