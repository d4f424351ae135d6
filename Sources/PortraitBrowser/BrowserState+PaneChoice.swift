import PortraitCore

extension BrowserState {
    /// What the first facet pane can show, in the order `v` goes through them: the changes between the last
    /// two editions only when several are loaded.
    public var firstPaneChoices: [Pane] {
        Pane.firstPaneFacets + (hasEditions ? [.benefit, .change] : [.benefit])
    }

    /// `v`: the first pane shows the next of portfolios, public bodies, benefits and changes. Selections
    /// stay (the status line names them); the focus follows the pane when it was on it. The benefits'
    /// order (most initiatives first, by the counts of the moment) is made the first time they are shown,
    /// and the changes are asked for the first time they are; from then on each answer carries their counts.
    mutating func cycleFirstPane() {
        let choices = firstPaneChoices
        guard let current = facetPanes.first, let position = choices.firstIndex(of: current) else { return }
        let next = choices[(position + 1) % choices.count]
        if next == .benefit && !query.countsBenefits {
            query.countsBenefits = true
            refresh(keepCursor: true)
            let texts = store.benefitFacet.values
            let counts = selection.benefitCounts
            func count(_ code: Int) -> Int { counts.indices.contains(code) ? counts[code] : 0 }
            let codes = Array(texts.indices)
            let (used, unused) = (codes.filter { count($0) > 0 }, codes.filter { count($0) == 0 })
            benefitOrder = ValueOrder.largestFirst(used, count: count, label: { texts[$0] }) + unused
            orderPanes()
        }
        if next == .change && changes == nil {
            // The same pairing as `portrait query --change`: the last two editions in the order loaded (the
            // marks of that pair, computed once, in the background for large editions).
            askForChanges()
        }
        facetPanes[0] = next
        if focus == current { focus = next }
        metrics = measure()
    }

    /// Space or Enter on a change: toggles it. Changes span both editions compared (new ones are in the
    /// newer, removed ones in the older), so choosing one clears the edition pane's choice, and says so.
    mutating func toggleChange(_ number: Int) {
        let adding = !query.selectedClasses.contains(number)
        let clearsEditions = adding && !(query.selected[.edition] ?? []).isEmpty
        changeQuery {
            if adding { $0.selectedClasses.insert(number) } else { $0.selectedClasses.remove(number) }
            if clearsEditions { $0.selected[.edition] = nil }
        }
        if clearsEditions { message = StatusMessage(UIString.changeShowsBothEditions.text(interface)) }
    }

    /// The texts of a facet pane's values, indexed by code (labels in the current label language).
    func paneTexts(_ pane: Pane) -> [String] {
        if pane == .benefit { return store.benefitFacet.values }
        if pane == .change { return ChangeKind.allCases.map { $0.label(labels) } }
        guard let facet = pane.facet else { return [] }
        return store.values(facet).map { $0.label(labels) }
    }

    /// The text of one value of a facet pane (what `paneTexts` holds at `code`, without making the others),
    /// nil for a code the pane does not have: the renderer asks only for the values on the screen, whatever
    /// the number of values.
    func paneText(_ pane: Pane, _ code: Int) -> String? {
        if pane == .benefit {
            let values = store.benefitFacet.values
            return values.indices.contains(code) ? values[code] : nil
        }
        if pane == .change { return ChangeKind.allCases.indices.contains(code) ? ChangeKind.allCases[code].label(labels) : nil }
        guard let facet = pane.facet else { return nil }
        let values = store.values(facet)
        return values.indices.contains(code) ? values[code].label(labels) : nil
    }

    /// The values selected in a facet pane.
    public func paneSelection(_ pane: Pane) -> Set<Int> {
        if pane == .benefit { return query.benefits }
        if pane == .change { return query.selectedClasses }
        return pane.facet.flatMap { query.selected[$0] } ?? []
    }

    /// The disjunctive count of a value of a facet pane.
    public func paneCount(_ pane: Pane, _ code: Int) -> Int {
        if pane == .benefit {
            return selection.benefitCounts.indices.contains(code) ? selection.benefitCounts[code] : 0
        }
        if pane == .change {
            return selection.classCounts.indices.contains(code) ? selection.classCounts[code] : 0
        }
        return pane.facet.map { selection.count($0, code) } ?? 0
    }
}
