import PortraitCore

/// The state's side of sorting: an order by name or by a facet needs the store's sort positions, which a
/// large store builds in the background after loading (a second or two for a million rows). Nothing here
/// waits for them: until they are ready the results stay in file order, the status line says "sorting…",
/// and `apply` asks for them (`Effect.prepareSorting`); `Command.sortingReady` then sorts the results.
extension BrowserState {
    /// The query `store.select` can answer now: the query itself, or while the sort positions are not
    /// ready, the query in file order (in the direction it has, so that rows in file order stay where
    /// they are). Sets `sortPending` accordingly.
    mutating func answerableQuery() -> Query {
        sortPending = query.sort != .fileOrder && !store.hasSortRanks
        guard sortPending else { return query }
        var unsorted = query
        unsorted.sort = .fileOrder
        return unsorted
    }

    /// Asks for the sort positions while the results wait for them (`apply` calls it last). Asked again
    /// with each command until they are ready (the store starts building them once), so what `apply`
    /// returns depends on the state and the command alone.
    mutating func askForSorting() {
        if sortPending && !requested.contains(.prepareSorting) { requested.append(.prepareSorting) }
    }

    /// The order on the status line and after `s` or `S`: "tri : nom ↑", or "tri en cours… (nom ↑)" while
    /// the results wait for the sort positions.
    var sortText: String {
        let key = SortIndicator.name(query, interface)
        return (sortPending ? UIString.sortPending : UIString.sortLine).text(interface, ["key": key])
    }

    /// The sort positions are ready: the results waiting for them are sorted, the results cursor kept on
    /// its initiative, and the "sorting…" message of `s` or `S`, if still shown, says the order.
    mutating func takeSorting() {
        guard sortPending, store.hasSortRanks else { return }
        let waiting = sortText
        keepingCurrentRow { $0.refresh(keepCursor: true) }
        if message?.text == waiting { message = StatusMessage(sortText) }
    }

    /// Runs `change` (which answers the query again), then puts the results cursor back on the initiative
    /// it was on, if the answer still holds it.
    mutating func keepingCurrentRow(_ change: (inout BrowserState) -> Void) {
        let row = currentRow
        change(&self)
        if let row, let index = selection.rows.firstIndex(of: row) { paneCursors[cursor: Pane.results] = index }
    }
}
