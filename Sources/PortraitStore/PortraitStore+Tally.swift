import PortraitText

/// One value of a facet and how many rows of a selection carry it.
public struct Tally: Sendable, Equatable {
    public let code: Int
    public let label: String
    public let count: Int
}

extension PortraitStore {
    /// Rows per value of `facet` among `rows`, largest first (`ValueOrder.largestFirst`); values with no row are left out.
    public func tally(_ facet: Facet, rows: [Int], language: Language = .fr) -> [Tally] {
        let column = facets[facet.index]
        var counts = [Int](repeating: 0, count: column.values.count)
        for row in rows { counts[Int(codes[row, facet.index])] += 1 }
        let tallies = counts.indices
            .filter { counts[$0] > 0 }
            .map { Tally(code: $0, label: column.values[$0].label(language), count: counts[$0]) }
        return ValueOrder.largestFirst(tallies, count: \.count, label: \.label)
    }
}
