import PortraitText

/// One value of a facet and how many rows of a selection carry it.
public struct Tally: Sendable, Equatable {
    public let code: Int
    /// The value for people: `FacetValue.label`, with `(vide)`/`(blank)` for an empty value.
    public let label: String
    public let count: Int
    /// The value as data, for CSV and JSON: `FacetValue.text`, empty when the file left it empty.
    public let text: String

    public init(code: Int, label: String, count: Int, text: String? = nil) {
        self.code = code
        self.label = label
        self.count = count
        self.text = text ?? label
    }
}

extension PortraitStore {
    /// Rows per value of `facet` among `rows`, largest first (`ValueOrder.largestFirst`); values with no row are left out.
    public func tally(_ facet: Facet, rows: [Int], language: Language = .fr) -> [Tally] {
        let column = facets[facet.index]
        var counts = [Int](repeating: 0, count: column.values.count)
        for row in rows { counts[Int(codes[row, facet.index])] += 1 }
        let tallies = counts.indices
            .filter { counts[$0] > 0 }
            .map { Tally(code: $0, label: column.values[$0].label(language), count: counts[$0], text: column.values[$0].text(language)) }
        return ValueOrder.largestFirst(tallies, count: \.count, label: \.label)
    }
}
