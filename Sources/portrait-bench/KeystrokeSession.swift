import PortraitCore

/// A scripted typing session as a person would have it in the browser: a facet value selected, a search
/// typed one character at a time and deleted again (words, word beginnings, a quoted phrase), facet values toggled. Each step is one keystroke:
/// the query update, every facet count and the first screen of rows.
struct KeystrokeSession {
    let store: PortraitStore
    let screenRows = 30

    /// The queries after each keystroke.
    func steps() -> [Query] {
        var query = Query()
        var steps: [Query] = []
        let production = (try? store.resolve(.status, "Solution en production")) ?? []
        for code in production { query.toggle(.status, code) }
        steps.append(query)
        // Plain words, then word beginnings over every field (a status label, a quoted phrase).
        for word in ["foret", "analyse des", "ia prod", "\"agent conv\""] {
            for character in word {
                query.search.append(character)
                steps.append(query)
            }
            while !query.search.isEmpty {
                query.search.removeLast()
                steps.append(query)
            }
        }
        for facet in [Facet.category, .portfolio] {
            for code in store.values(facet).indices.prefix(4) {
                query.toggle(facet, code)
                steps.append(query)
            }
        }
        query.search = "agent"
        steps.append(query)
        for facet in [Facet.category, .portfolio] {
            for code in store.values(facet).indices.prefix(4) {
                query.toggle(facet, code)
                steps.append(query)
            }
        }
        return steps
    }

    /// One keystroke's work; returns something derived from it so the optimiser cannot drop it.
    func perform(_ query: Query) -> Int {
        let selection = store.select(query)
        var checksum = selection.rows.count
        for row in selection.rows.prefix(screenRows) {
            checksum &+= store.text(.name, row: row).utf8.count
            checksum &+= store.text(.organisation, row: row).utf8.count
        }
        return checksum
    }
}
