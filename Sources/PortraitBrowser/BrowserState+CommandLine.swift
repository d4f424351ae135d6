import PortraitCore

extension BrowserState {
    /// The arguments of the `portrait query` command that gives the current list (its filters, benefits,
    /// changes, search, order and label language; the files of the editions it keeps follow them:
    /// `commandFiles`), or nil when no command can.
    public var queryArguments: [String]? {
        guard let files = commandFiles else { return nil }
        return QueryCommandLine.arguments(store: store, query: query, labels: labels, files: files, sample: isSample)
    }

    /// The files the command names: those of the editions the query keeps; nil when no command gives
    /// the list (`QueryCommandLine.files(keepingEditionsOf:…)`, which the HTML report's command uses too).
    public var commandFiles: [UserPath]? {
        QueryCommandLine.files(keepingEditionsOf: query, store: store, files: files)
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
        guard let arguments = queryArguments, let files = commandFiles else {
            let why: UIString = query.selectedClasses.isEmpty ? .commandNeedsLatestEdition : .commandNeedsBothEditions
            message = StatusMessage(why.text(interface), isError: true)
            return
        }
        let line = QueryCommandLine.line(arguments, files: files)
        commandLine = line
        effect = .copy(line)
    }
}
