import PortraitText
import PortraitStore

extension QueryCommandLine {
    /// How a `portrait query` command reads `query`'s rows, editions included: the files of the editions
    /// the query keeps (`reading.files` are one per edition of `store`, in its order), with their labels.
    /// Nil when no command gives them: with no file named, `portrait query` reads the latest edition only
    /// (so the query must keep that edition alone), or both editions with `--change` (so it must keep them
    /// both); and a change filter always reads every file named. The browser's `y` and the HTML report's
    /// command both ask here.
    public static func reading(keepingEditionsOf query: Query, store: PortraitStore, reading: ReadingArguments) -> ReadingArguments? {
        let editions = store.values(.edition)
        let chosen = query.selected[.edition] ?? []
        guard editions.count > 1 else { return reading }
        if !query.selectedClasses.isEmpty { return chosen.isEmpty ? reading : nil }
        if reading.files.isEmpty {
            guard let latest = ValueOrder.latestFirst(editions.map(\.raw)).first, chosen == [latest] else { return nil }
            return reading
        }
        guard !chosen.isEmpty else { return reading }
        // One edition per file, in the files' order.
        guard reading.files.count == editions.count else { return nil }
        return reading.keeping(reading.files.indices.filter { chosen.contains($0) })
    }

    /// The command line that gives `query`'s rows from the editions it keeps (`reading(keepingEditionsOf:…)`),
    /// or nil when no command can.
    public static func line(keepingEditionsOf query: Query, store: PortraitStore, labels: Language, reading: ReadingArguments,
                            format: ExportFormat? = nil) -> String? {
        guard let kept = self.reading(keepingEditionsOf: query, store: store, reading: reading) else { return nil }
        return line(arguments(store: store, query: query, labels: labels, reading: kept, format: format), files: kept.files)
    }
}
