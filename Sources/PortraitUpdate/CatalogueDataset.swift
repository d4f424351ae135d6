import Foundation

/// A dataset as a CKAN catalogue describes it (`package_show`, or one result of `package_search`): what
/// `portrait update` needs of it, its text cleaned and cut (`CatalogueText`) as it is decoded, and its
/// licence link kept only when it is HTTPS.
public struct CatalogueDataset: Sendable, Decodable {
    /// The catalogue's name (slug) of the dataset.
    public var name: String
    public var title: String
    public var licenseID: String?
    public var licenseTitle: String?
    public var licenseURL: String?
    public var organization: Organization?
    public var resources: [CatalogueResource]

    /// The publishing body.
    public struct Organization: Sendable, Decodable {
        public var title: String?

        enum CodingKeys: String, CodingKey { case title }

        public init(from decoder: Decoder) throws {
            title = CatalogueText.clean(try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .title))
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, title, organization, resources
        case licenseID = "license_id", licenseTitle = "license_title", licenseURL = "license_url"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = CatalogueText.clean(try container.decodeIfPresent(String.self, forKey: .name) ?? "")
        title = CatalogueText.clean(try container.decodeIfPresent(String.self, forKey: .title) ?? "")
        licenseID = CatalogueText.clean(try? container.decodeIfPresent(String.self, forKey: .licenseID))
        licenseTitle = CatalogueText.clean(try? container.decodeIfPresent(String.self, forKey: .licenseTitle))
        licenseURL = CatalogueText.licenceLink(try? container.decodeIfPresent(String.self, forKey: .licenseURL))
        organization = try? container.decodeIfPresent(Organization.self, forKey: .organization)
        resources = try container.decodeIfPresent([CatalogueResource].self, forKey: .resources) ?? []
    }
}

/// One file of a dataset: its name (cleaned and cut, `CatalogueText`), format, address (none when longer
/// than 4 KiB), date and languages as the catalogue gives them.
public struct CatalogueResource: Sendable, Decodable, Equatable {
    public var name: String
    public var format: String
    public var url: String
    public var lastModified: String?
    /// The languages of the file (`fr`, `en`), when the catalogue says.
    public var languages: [String]

    enum CodingKeys: String, CodingKey {
        case name, format, url, language
        case lastModified = "last_modified", created
    }

    public init(name: String, format: String, url: String, lastModified: String? = nil, languages: [String] = []) {
        (self.name, self.format, self.url, self.lastModified, self.languages) = (name, format, url, lastModified, languages)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = CatalogueText.clean((try? container.decodeIfPresent(String.self, forKey: .name)) ?? "")
        format = (try? container.decodeIfPresent(String.self, forKey: .format)) ?? ""
        // An address longer than catalogue text may be is no address: the resource is then passed over.
        let address = (try? container.decodeIfPresent(String.self, forKey: .url)) ?? ""
        url = address.utf8.count <= CatalogueText.maxBytes * 4 ? address : ""
        lastModified = (try? container.decodeIfPresent(String.self, forKey: .lastModified))
            ?? (try? container.decodeIfPresent(String.self, forKey: .created))
        if let one = try? container.decodeIfPresent(String.self, forKey: .language) {
            languages = [one]
        } else {
            languages = (try? container.decodeIfPresent([String].self, forKey: .language)) ?? []
        }
    }
}

/// A CKAN action API answer: `{"success": true, "result": …}`.
struct CKANAnswer<Result: Decodable>: Decodable {
    var success: Bool
    var result: Result?
}

/// The result of `package_search`.
struct CKANSearch: Decodable {
    var results: [CatalogueDataset]
}
