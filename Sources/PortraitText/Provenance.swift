/// Where one edition's rows come from: the official register as retrieved from an open-data catalogue,
/// the illustrative sample embedded in the binary, a file the user named whose header is the register's
/// own, or any other file. Only the first three carry the register's title, ministry and licence
/// (`isRegister`); any other file is named by its file name and its own title line.
///
/// Every place a person reads data (the browser's first screen, `summary`, the footers of `stats` and
/// `diff`, the source line of Markdown and HTML exports) describes the data through this one value, so
/// that a sample can never be mistaken for the register.
public struct Provenance: Sendable, Equatable, Codable {
    /// What kind of source the rows have.
    public enum Kind: String, Sendable, Codable {
        /// Downloaded from the open-data catalogue by `portrait update`.
        case official
        /// The illustrative editions embedded in the binary.
        case sample
        /// A file named on the command line whose header is not the register's own: another government's
        /// inventory, an export, a file of unknown provenance. Its title is its own title line, if any.
        case file
        /// A file named on the command line whose header is the register's own (French or English).
        case registerFile = "register_file"
    }

    public var kind: Kind
    /// The edition label (a year, or the label given with `--edition`).
    public var edition: String
    /// The dataset's title as the catalogue gives it.
    public var datasetTitle: String
    /// The publishing body.
    public var publisher: String
    /// The licence's short name, e.g. `CC-BY 4.0`.
    public var licence: String
    /// The licence's text on the web.
    public var licenceURL: String
    /// Where the file was downloaded from, for official editions; the file's path for a file named by the user.
    public var sourceURL: String?
    /// When the file was retrieved (ISO 8601), for official editions.
    public var retrievedAt: String?

    public init(kind: Kind, edition: String, datasetTitle: String = Provenance.registerTitle,
                publisher: String = Provenance.registerPublisher, licence: String = Provenance.registerLicence,
                licenceURL: String = Provenance.registerLicenceURL, sourceURL: String? = nil, retrievedAt: String? = nil) {
        self.kind = kind
        self.edition = edition
        self.datasetTitle = datasetTitle
        self.publisher = publisher
        self.licence = licence
        self.licenceURL = licenceURL
        self.sourceURL = sourceURL
        self.retrievedAt = retrievedAt
    }

    /// JSON keys in snake case, as in the manifests `portrait update` keeps beside each edition.
    enum CodingKeys: String, CodingKey {
        case kind, edition, publisher, licence
        case datasetTitle = "dataset_title", licenceURL = "licence_url", sourceURL = "source_url", retrievedAt = "retrieved_at"
    }

    /// The embedded illustrative sample of `edition`.
    public static func sample(edition: String) -> Provenance { Provenance(kind: .sample, edition: edition) }

    /// A file named by the user, at `path`: the register's when `registerHeader` (its header is the
    /// register's own), else a file of its own, titled by `title` (its title line) when it has one, with
    /// no publisher and no licence.
    public static func file(_ path: String, edition: String, title: String?, registerHeader: Bool) -> Provenance {
        if registerHeader { return Provenance(kind: .registerFile, edition: edition, sourceURL: path) }
        return Provenance(kind: .file, edition: edition, datasetTitle: title ?? "", publisher: "", licence: "", licenceURL: "",
                          sourceURL: path)
    }

    /// Whether these rows are the illustrative sample (and must say so wherever a person reads them).
    public var isSample: Bool { kind == .sample }

    /// Whether the register's title, ministry, licence and "official register" may be said of these rows:
    /// the sample, an edition stored by `portrait update`, or a file whose header is the register's own.
    public var isRegister: Bool { kind != .file }

    public static let registerTitle = "Portrait des utilisations de l'IA dans l'administration publique"
    public static let registerPublisher = "Ministère de la Cybersécurité et du Numérique"
    public static let registerLicence = "CC-BY 4.0"
    public static let registerLicenceURL = "https://creativecommons.org/licenses/by/4.0/"
}
