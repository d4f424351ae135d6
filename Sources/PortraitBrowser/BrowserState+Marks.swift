import PortraitCore

/// The state's side of the edition marks: which pairs it asks for (`Effect.computeMarks`), what it does
/// when they arrive (`Command.marksReady`), and the change pane that waits for them. Nothing here waits:
/// the state shows what it holds, and "computing changes…" where it waits for a table.
extension BrowserState {
    /// The editions the marks compare (older, newer), when the store holds several.
    var markedEditions: EditionMarks.Pair? {
        guard editionMarks != nil, let compared = Figures.comparedEditions(self) else { return nil }
        return EditionMarks.Pair(older: compared.older, newer: compared.newer)
    }

    /// The marks of the pair compared now, when they have been delivered to the state.
    func markTable() -> EditionChanges? {
        markedEditions.flatMap { markTables[$0] }
    }

    /// The pair `portrait query --change` compares: the last two editions in the order loaded (nil with
    /// fewer than two).
    var latestTwoEditions: EditionMarks.Pair? {
        let editions = store.editions
        guard editionMarks != nil, editions.count >= 2, let older = editions[editions.count - 2].rows.first,
              let newer = editions[editions.count - 1].rows.first else { return nil }
        return EditionMarks.Pair(older: store.code(.edition, row: older), newer: store.code(.edition, row: newer))
    }

    /// The changes between the last two editions in the order loaded, once delivered to the state.
    var latestTwoChanges: EditionChanges? {
        latestTwoEditions.flatMap { markTables[$0] }
    }

    /// The pairs the state shows or waits for and does not hold yet: the editions compared (the list's
    /// marks, the comparison's counts) and, while the change pane waits, the last two loaded.
    var missingMarks: [EditionMarks.Pair] {
        var pairs: [EditionMarks.Pair] = []
        if let compared = markedEditions { pairs.append(compared) }
        if changesPending, let latest = latestTwoEditions { pairs.append(latest) }
        return pairs.filter { markTables[$0] == nil }
    }

    /// Asks for the missing marks after the effects asked for so far (`apply` calls it last). They are
    /// asked again with each command until they arrive (`EditionMarks` starts each pair once), so what
    /// `apply` returns depends on the state and the command alone.
    mutating func askForMissingMarks() {
        for pair in missingMarks where !requested.contains(.computeMarks(pair)) {
            requested.append(.computeMarks(pair))
        }
    }

    /// The change pane shown for the first time: its changes if the state holds them, else "computing
    /// changes…" until `marksReady` brings them (`askForMissingMarks` asks for them).
    mutating func askForChanges() {
        guard changes == nil else { return }
        changesPending = true
        fillChanges()
    }

    /// The changes the change pane waits for, once delivered: the query then filters and counts them.
    private mutating func fillChanges() {
        guard changesPending, let table = latestTwoChanges else { return }
        changesPending = false
        changes = table
        query.classes = table.classes
        refresh(keepCursor: true)
    }

    /// Takes in delivered marks: the results list shows them, a change pane waiting for its changes
    /// gets them, and a comparison view opened before they were ready gets its count of new and changed
    /// initiatives now.
    mutating func takeMarks(_ ready: EditionMarks.Ready) {
        markTables = ready.tables
        marksGeneration = ready.generation
        fillChanges()
        guard view == .comparison, figures?.marks == nil, let recomputed = Figures.comparison(self),
              recomputed.marks != nil else { return }
        figures = recomputed
    }

    /// The mark of `row` in `table` (a change of category alone has none).
    static func mark(_ row: Int, in table: EditionChanges?) -> EditionMark {
        guard let table else { return .none }
        if table.has(.new, row: row) { return .new }
        if table.has(.status, row: row) { return .statusChanged }
        if table.has(.removed, row: row) { return .removed }
        return .none
    }
}
