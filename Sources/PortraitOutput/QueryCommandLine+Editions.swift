import PortraitText
import PortraitStore
import PortraitLoad

extension QueryCommandLine {
    /// The files a `portrait query` command names to read `query`'s rows, editions included: those of
    /// the editions the query keeps (`files` are one per edition of `store`, in its order). Nil when no
    /// command gives them: with no file named, `portrait query` reads the latest edition only (so the
    /// query must keep that edition alone), or both editions with `--change` (so it must keep them both);
    /// and a change filter always reads every file named. The browser's `y` and the HTML report's
    /// command both ask here.
    public static func files(keepingEditionsOf query: Query, store: PortraitStore, files: [UserPath]) -> [UserPath]? {
        let editions = store.values(.edition)
        let chosen = query.selected[.edition] ?? []
        guard editions.count > 1 else { return files }
        if !query.selectedClasses.isEmpty { return chosen.isEmpty ? files : nil }
        if files.isEmpty {
            guard let latest = ValueOrder.latestFirst(editions.map(\.raw)).first, chosen == [latest] else { return nil }
            return files
        }
        guard !chosen.isEmpty else { return files }
        // One edition per file, in the files' order.
        guard files.count == editions.count else { return nil }
        return files.indices.filter { chosen.contains($0) }.map { files[$0] }
    }

    /// The command line that gives `query`'s rows from the editions it keeps (`files(keepingEditionsOf:…)`),
    /// or nil when no command can.
    public static func line(keepingEditionsOf query: Query, store: PortraitStore, labels: Language, files: [UserPath],
                            sample: Bool, format: ExportFormat? = nil) -> String? {
        guard let kept = self.files(keepingEditionsOf: query, store: store, files: files) else { return nil }
        return line(arguments(store: store, query: query, labels: labels, files: kept, sample: sample, format: format), files: kept)
    }
}
