import PortraitCore

extension BrowserState {
    /// The arguments of the `portrait query` command that gives the current list (its filters, benefits,
    /// changes, search, order and label language, and how the editions it keeps were read), or nil when
    /// no command can (`commandReading`).
    public var queryArguments: [String]? {
        guard let reading = commandReading else { return nil }
        return QueryCommandLine.arguments(store: store, query: query, labels: labels, reading: reading)
    }

    /// How the command reads its rows: the files of the editions the query keeps, with the options that
    /// read them (`--sample` for the sample); nil when no command gives the list
    /// (`QueryCommandLine.reading(keepingEditionsOf:…)`, which the HTML report's command uses too).
    public var commandReading: ReadingArguments? {
        var reading = self.reading
        reading.sample = reading.sample || isSample
        return QueryCommandLine.reading(keepingEditionsOf: query, store: store, reading: reading)
    }

    /// Whether the command's export carries the `change` column, as `portrait query` does when it reads two
    /// editions or more (two files, or `--change`).
    var exportsChanges: Bool {
        guard store.values(.edition).count > 1 else { return false }
        return !query.selectedClasses.isEmpty || (commandReading?.files.count ?? 0) >= 2
    }

    /// `y`: shows the command line of the current list and asks for it to be copied (OSC 52), or says why
    /// there is none.
    mutating func showQueryCommand() {
        guard let arguments = queryArguments, let reading = commandReading else {
            let why: UIString = query.selectedClasses.isEmpty ? .commandNeedsLatestEdition : .commandNeedsBothEditions
            message = StatusMessage(why.text(interface), isError: true)
            return
        }
        let line = QueryCommandLine.line(arguments, files: reading.files)
        commandLine = line
        requested.append(.copy(line))
    }
}
