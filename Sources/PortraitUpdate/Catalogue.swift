import Foundation
import PortraitCore

/// An open-data catalogue's CKAN action API, and how the register is found in it: by dataset id, or by
/// searching its title when the id is not known.
public struct Catalogue: Sendable, Equatable {
    /// The base of the action API, e.g. `https://www.donneesquebec.ca/recherche/api/3/action`.
    public var actionAPI: URL
    /// The dataset's id or name in this catalogue, if known.
    public var datasetID: String?

    public init(actionAPI: URL, datasetID: String?) {
        self.actionAPI = actionAPI
        self.datasetID = datasetID
    }

    /// The dataset's id on the Government of Canada open-data portal (the federated copy).
    public static let federalDatasetID = "1c9131d2-ab2a-4513-9a46-945b2bc96e1b"

    /// The catalogues tried in order when none is given: Données Québec (the dataset found by its title),
    /// then the Government of Canada portal (by the id above).
    public static let builtIn: [Catalogue] = [
        Catalogue(actionAPI: URL(string: "https://www.donneesquebec.ca/recherche/api/3/action")!, datasetID: nil),
        Catalogue(actionAPI: URL(string: "https://open.canada.ca/data/api/action")!, datasetID: federalDatasetID),
    ]

    /// Finds the register: `package_show` of the dataset id when known; otherwise the federal id, then a
    /// `package_search` on the register's title. Throws (exit 69) when the catalogue cannot be reached,
    /// answers an error or does not have the dataset.
    public func findDataset(limits: FetchLimits) throws -> CatalogueDataset {
        if let datasetID {
            guard let found = try packageShow(datasetID, limits: limits) else { throw notFound(datasetID) }
            return found
        }
        if let found = try packageShow(Self.federalDatasetID, limits: limits) { return found }
        if let found = try searchByTitle(limits: limits) { return found }
        throw notFound(Provenance.registerTitle)
    }

    private func notFound(_ dataset: String) -> PortraitError {
        PortraitError(.unavailable, .datasetNotFound, ["url": actionAPI.absoluteString, "dataset": dataset])
    }

    /// `package_show?id=ID`; nil when the catalogue says it has no such dataset.
    func packageShow(_ id: String, limits: FetchLimits) throws -> CatalogueDataset? {
        let answer: CKANAnswer<CatalogueDataset>? = try call("package_show", ["id": id], limits: limits)
        return answer?.success == true ? answer?.result : nil
    }

    /// `package_search?q=TITLE`: the first dataset whose title contains the register's French or English title.
    func searchByTitle(limits: FetchLimits) throws -> CatalogueDataset? {
        let answer: CKANAnswer<CKANSearch>? = try call("package_search", ["q": Provenance.registerTitle, "rows": "20"], limits: limits)
        let wanted = [Provenance.registerTitle, Self.englishTitle].map(TextFold.fold)
        return answer?.result?.results.first { dataset in wanted.contains { TextFold.fold(dataset.title).contains($0) } }
    }

    /// The largest catalogue answer read (4 MB: the register's `package_show` is a few kilobytes), so
    /// that decoding it stays within the update's memory bound whatever the catalogue sends.
    static let maxAnswerBytes = 4_000_000

    static let englishTitle = "Public portrait of the uses of AI in the Quebec public administration"

    /// Calls one action; nil for a 404 (CKAN's "not found").
    private func call<T: Decodable>(_ action: String, _ parameters: [String: String], limits: FetchLimits) throws -> T? {
        var components = URLComponents(url: actionAPI.appendingPathComponent(action), resolvingAgainstBaseURL: false)
        components?.queryItems = parameters.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        guard let url = components?.url else {
            throw PortraitError(.usage, .insecureAddress, ["url": actionAPI.absoluteString])
        }
        var jsonLimits = limits
        jsonLimits.maxBytes = min(limits.maxBytes, Self.maxAnswerBytes)
        let answer: FetchResult
        do {
            answer = try HTTPFetcher.fetch(url, headers: ["Accept": "application/json"], limits: jsonLimits)
        } catch let error as PortraitError where error.kind == .badData {
            throw error.inFile(url.absoluteString)
        }
        if answer.status == 404 { return nil }
        guard answer.status == 200 else {
            throw PortraitError(.unavailable, .httpStatus, ["url": url.absoluteString, "status": String(answer.status)])
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(answer.body))
        } catch {
            throw PortraitError(.unavailable, .notCKAN, ["url": url.absoluteString, "cause": Self.cause(of: error)])
        }
    }

    private static func cause(of error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted: return "not JSON"
        case DecodingError.keyNotFound(let key, _): return "no \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return context.codingPath.map(\.stringValue).joined(separator: ".")
        default: return String(describing: error)
        }
    }
}
