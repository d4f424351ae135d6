import PortraitCore

extension BrowserState {
    /// The arguments of the `portrait query` command that gives the current list (its filters, benefits,
    /// search, order and label language, and the files of the editions it keeps), or nil when no
    /// command can: with no file named, `portrait query` reads the latest edition only, so the list must
    /// keep that edition alone.
    public var queryArguments: [String]? {
        let editions = store.values(.edition)
        let chosen = query.selected[.edition] ?? []
        var files = self.files
        if editions.count > 1 {
            if files.isEmpty {
                guard let latest = Self.editionsLatestFirst(store).first, chosen == [latest] else { return nil }
            } else if !chosen.isEmpty {
                // One edition per file, in the files' order.
                guard files.count == editions.count else { return nil }
                files = files.indices.filter { chosen.contains($0) }.map { files[$0] }
            }
        }
        return QueryCommandLine.arguments(store: store, query: query, labels: labels, files: files, sample: isSample)
    }

    /// `y`: shows the command line of the current list and asks for it to be copied (OSC 52), or says why
    /// there is none.
    mutating func showQueryCommand() {
        guard let arguments = queryArguments else {
            message = StatusMessage(UIString.commandNeedsLatestEdition.text(interface), isError: true)
            return
        }
        let line = QueryCommandLine.line(arguments)
        commandLine = line
        effect = .copy(line)
    }
}
