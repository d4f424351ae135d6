import PortraitText
import PortraitStore
import PortraitLoad

/// What an HTML report says about its selection besides the rows: the query that made it, where each
/// edition's rows come from, and the interface language of its headings.
public struct ReportContext: Sendable {
    /// The filters and search that made the selection.
    public var query: Query
    /// One per edition of the store, in the store's edition order (the first is the older).
    public var provenances: [Provenance]
    /// The language of the report's headings and sentences (data labels follow `ExportOptions.language`).
    public var interface: Language
    /// How the rows were read (files and reading options), for the equivalent `portrait query` command.
    public var reading: ReadingArguments

    public init(query: Query, provenances: [Provenance], interface: Language, reading: ReadingArguments = ReadingArguments()) {
        self.query = query
        self.provenances = provenances
        self.interface = interface
        self.reading = reading
    }

    /// A context for `store`'s editions: the embedded sample when `embedded`, else files given by name
    /// (not called the register: a front that knows their headers passes their `Provenance` itself).
    public static func describing(_ store: PortraitStore, query: Query, interface: Language, files: [UserPath],
                                  embedded: Bool) -> ReportContext {
        let editions = store.values(.edition).map(\.raw)
        let provenances = editions.enumerated().map { index, edition in
            embedded ? Provenance.sample(edition: edition)
                : Provenance.file(index < files.count ? files[index].display : edition, edition: edition, title: nil, registerHeader: false)
        }
        return ReportContext(query: query, provenances: provenances, interface: interface,
                             reading: ReadingArguments(files: embedded ? [] : files, sample: embedded))
    }
}
