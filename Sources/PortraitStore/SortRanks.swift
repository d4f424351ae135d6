import PortraitText

/// Precomputed sort positions: for each facet and language, the rank of every value by its folded label,
/// and the rank of every row by its folded name.
struct SortRanks: Sendable {
    /// [facet index][language] → rank per value code.
    let valueRanks: [[[Int32]]]
    /// Rank of each row by folded name (ties keep file order).
    let nameRanks: [Int32]

    init<Names: Collection>(facets: [FacetColumn], names: Names) where Names.Element == String {
        valueRanks = facets.map { column in
            Language.allCases.map { language in
                let keys = column.values.map { TextFold.fold($0.label(language)) }
                var ranks = [Int32](repeating: 0, count: keys.count)
                for (rank, code) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() {
                    ranks[code] = Int32(rank)
                }
                return ranks
            }
        }
        let folded = names.map { TextFold.fold($0) }
        var ranks = [Int32](repeating: 0, count: folded.count)
        let order = folded.indices.sorted { folded[$0] < folded[$1] || (folded[$0] == folded[$1] && $0 < $1) }
        for (rank, row) in order.enumerated() { ranks[row] = Int32(rank) }
        nameRanks = ranks
    }
}
