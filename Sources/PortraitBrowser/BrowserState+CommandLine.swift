import PortraitCore

extension BrowserState {
    /// The arguments of the `portrait query` command that gives the current list (its filters, benefits,
    /// changes, search, order and label language, and the files of the editions it keeps), or nil when no
    /// command can (`commandFiles`).
    public var queryArguments: [String]? {
        guard let files = commandFiles else { return nil }
        return QueryCommandLine.arguments(store: store, query: query, labels: labels, files: files, sample: isSample)
    }

    /// The files the command names: those of the editions the query keeps. Nil when no command gives the
    /// list: with no file named, `portrait query` reads the latest edition only (so the list must keep
    /// that edition alone), or both editions with `--change` (so the list must keep them both); and a
    /// change filter always reads every file named.
    var commandFiles: [String]? {
        let editions = store.values(.edition)
        let chosen = query.selected[.edition] ?? []
        guard editions.count > 1 else { return files }
        if !query.selectedClasses.isEmpty { return chosen.isEmpty ? files : nil }
        if files.isEmpty {
            guard let latest = Self.editionsLatestFirst(store).first, chosen == [latest] else { return nil }
            return files
        }
        guard !chosen.isEmpty else { return files }
        // One edition per file, in the files' order.
        guard files.count == editions.count else { return nil }
        return files.indices.filter { chosen.contains($0) }.map { files[$0] }
    }

    /// Whether the command's export carries the `change` column, as `portrait query` does when it reads two
    /// editions or more (two files, or `--change`).
    var exportsChanges: Bool {
        guard store.values(.edition).count > 1 else { return false }
        return !query.selectedClasses.isEmpty || (commandFiles?.count ?? 0) >= 2
    }

    /// `y`: shows the command line of the current list and asks for it to be copied (OSC 52), or says why
    /// there is none.
    mutating func showQueryCommand() {
        guard let arguments = queryArguments else {
            let why: UIString = query.selectedClasses.isEmpty ? .commandNeedsLatestEdition : .commandNeedsBothEditions
            message = StatusMessage(why.text(interface), isError: true)
            return
        }
        let line = QueryCommandLine.line(arguments)
        commandLine = line
        effect = .copy(line)
    }
}
