import PortraitCore

extension BrowserState {
    /// What the first facet pane can show, in the order `v` goes through them.
    public static let firstPaneChoices: [Pane] = [.portfolio, .organisation, .benefit]

    /// `v`: the first pane shows the next of portfolios, public bodies and benefits. Selections stay (the
    /// status line names them); the focus follows the pane when it was on it. The benefits' order (most
    /// initiatives first, by the counts of the moment) is made the first time they are shown, and from
    /// then on each answer carries their counts.
    mutating func cycleFirstPane() {
        guard let current = facetPanes.first, let position = Self.firstPaneChoices.firstIndex(of: current) else { return }
        let next = Self.firstPaneChoices[(position + 1) % Self.firstPaneChoices.count]
        if next == .benefit && !query.countsBenefits {
            query.countsBenefits = true
            refresh(keepCursor: true)
            let texts = store.benefitFacet.values
            let counts = selection.benefitCounts
            func count(_ code: Int) -> Int { counts.indices.contains(code) ? counts[code] : 0 }
            let codes = Array(texts.indices)
            let (used, unused) = (codes.filter { count($0) > 0 }, codes.filter { count($0) == 0 })
            benefitOrder = ValueOrder.largestFirst(used, count: count, label: { texts[$0] }) + unused
        }
        facetPanes[0] = next
        if focus == current { focus = next }
        metrics = measure()
    }

    /// The texts of a facet pane's values, indexed by code (labels in the current label language).
    func paneTexts(_ pane: Pane) -> [String] {
        if pane == .benefit { return store.benefitFacet.values }
        guard let facet = pane.facet else { return [] }
        return store.values(facet).map { $0.label(labels) }
    }

    /// The values selected in a facet pane.
    public func paneSelection(_ pane: Pane) -> Set<Int> {
        if pane == .benefit { return query.benefits }
        return pane.facet.flatMap { query.selected[$0] } ?? []
    }

    /// The disjunctive count of a value of a facet pane.
    public func paneCount(_ pane: Pane, _ code: Int) -> Int {
        if pane == .benefit {
            return selection.benefitCounts.indices.contains(code) ? selection.benefitCounts[code] : 0
        }
        return pane.facet.map { selection.count($0, code) } ?? 0
    }
}
