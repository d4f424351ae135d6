import PortraitCore

/// A column of the results list: the field it shows and its title. `all` is the list left to right, which
/// the header, the lines, the sort arrows and `Layout.resultColumns`'s widths (one per column, the last
/// only on wide screens) follow.
struct ResultsColumn {
    let field: Field
    let title: UIString

    /// Name, body, status, category, then the benefits on wide screens (`Layout.benefitsColumns`).
    static let all: [ResultsColumn] = [
        ResultsColumn(field: .name, title: .columnName),
        ResultsColumn(field: .organisation, title: .columnBody),
        ResultsColumn(field: .status, title: .columnStatus),
        ResultsColumn(field: .category, title: .columnCategory),
        ResultsColumn(field: .benefits, title: .columnBenefits),
    ]

    /// The order the column's arrow stands for: names, or the facet reading its field when the facet's
    /// entry sorts (`FacetDescriptor.sorting`); nil for a column no order follows.
    var sortKey: SortKey? {
        if field == .name { return .name }
        guard let facet = FacetDescriptor.facet(reading: field), facet.descriptor.sorting != nil else { return nil }
        return .facet(facet)
    }
}
