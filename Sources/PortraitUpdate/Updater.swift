import Foundation
import PortraitCore

/// What `portrait update` did with one edition.
public enum EditionOutcome: Sendable {
    /// Stored for the first time.
    case new(StoredEdition)
    /// Replaced a different earlier copy.
    case updated(StoredEdition)
    /// The server said it had not changed (or sent the same bytes again): nothing replaced.
    case unchanged(StoredEdition)
    /// Not stored; the earlier copy, if any, stays.
    case refused(edition: String, error: PortraitError)
}

/// What one `portrait update` found and did.
public struct UpdateReport: Sendable {
    /// The action API the dataset was found at.
    public var catalogue: URL
    public var dataset: CatalogueDataset
    public var outcomes: [EditionOutcome]
}

/// Fetches the official editions into the data folder, safely: each file goes to a temporary file in the
/// folder, is checked by the same loader as any file, and only then replaces the previous copy; an
/// unchanged file is not transferred again (`If-None-Match`, `If-Modified-Since`).
public struct Updater: Sendable {
    public var catalogues: [Catalogue]
    public var folder: DataFolder
    public var language: Language
    public var limits: FetchLimits
    /// The current time as ISO 8601, for `retrieved_at`.
    public var now: @Sendable () -> String = { ISO8601DateFormatter().string(from: Date()) }

    public init(catalogues: [Catalogue], folder: DataFolder, language: Language, limits: FetchLimits) {
        self.catalogues = catalogues
        self.folder = folder
        self.language = language
        self.limits = limits
    }

    /// Shows a download's progress around its body (or not): given the file's name, runs the body with a
    /// progress value to follow.
    public typealias ProgressDisplay = (_ name: String, _ body: (LoadProgress?) throws -> Void) throws -> Void

    /// Finds the dataset in the first catalogue that has it, then fetches each edition. Throws (and
    /// touches nothing) when no catalogue can give the dataset or it lists no readable file.
    public func run(showing display: ProgressDisplay) throws -> UpdateReport {
        var lastError: PortraitError?
        for catalogue in catalogues {
            let dataset: CatalogueDataset
            do {
                dataset = try catalogue.findDataset(limits: limits)
            } catch let error as PortraitError where error.kind == .unavailable {
                lastError = error
                continue
            }
            let chosen = EditionChoice.choose(dataset.resources, language: language)
            guard !chosen.isEmpty else {
                throw PortraitError(.unavailable, .noReadableResources,
                                    ["dataset": dataset.title, "formats": SourceFormat.allCases.map(\.rawValue).joined(separator: ", ")])
            }
            try folder.create()
            let stored = try folder.storedEditions()
            var outcomes: [EditionOutcome] = []
            for file in chosen {
                let previous = stored.first { $0.manifest.provenance.edition == file.edition }
                do {
                    outcomes.append(try fetch(file, of: dataset, previous: previous, display: display))
                } catch let error as PortraitError {
                    outcomes.append(.refused(edition: file.edition, error: error))
                }
            }
            return UpdateReport(catalogue: catalogue.actionAPI, dataset: dataset, outcomes: outcomes)
        }
        throw lastError ?? PortraitError(.unavailable, .datasetNotFound, ["url": "", "dataset": Provenance.registerTitle])
    }

    /// Downloads one edition into a temporary file, checks it, and puts it in place with its manifest
    /// (`DataFolder.install`).
    private func fetch(_ file: ChosenFile, of dataset: CatalogueDataset, previous: StoredEdition?,
                       display: ProgressDisplay) throws -> EditionOutcome {
        guard let url = URL(string: file.resource.url) else {
            throw PortraitError(.badData, .insecureAddress, ["url": file.resource.url])
        }
        try AddressPolicy.check(url, kind: .badData)
        var headers: [String: String] = [:]
        if let previous, previous.manifest.provenance.sourceURL == file.resource.url {
            if let etag = previous.manifest.etag { headers["If-None-Match"] = etag }
            if let lastModified = previous.manifest.lastModified { headers["If-Modified-Since"] = lastModified }
        }
        let temporary = try makeTemporary(for: file)
        var keep = false
        defer { if !keep { unlink(temporary) } }
        var answer: FetchResult?
        do {
            try display(file.storedName) { progress in
                answer = try HTTPFetcher.fetch(url, headers: headers, to: temporary, limits: limits, progress: progress)
            }
        } catch let error as PortraitError where error.kind == .badData {
            throw error.inFile(url.absoluteString)
        }
        guard let answer else { throw PortraitError(.unavailable, .cannotReach, ["url": url.absoluteString, "cause": "?"]) }
        if answer.status == 304, let previous { return .unchanged(folder.refreshIdentity(of: previous)) }
        guard answer.status == 200 else {
            throw PortraitError(.unavailable, .httpStatus, ["url": url.absoluteString, "status": String(answer.status)])
        }
        try refuseWebPage(temporary, format: file.format, url: url)
        let rows: Int
        do {
            // Read as any file is, but only counted: names and benefits are not kept.
            var options = LoadOptions(editions: [file.edition])
            options.keepsText = false
            rows = try Loader.load(paths: [temporary], options: options).reports.first?.rowCount ?? 0
        } catch var error as PortraitError {
            error.file = url.absoluteString
            throw error
        }
        let sha256 = try FileDigest.sha256Hex(ofFile: temporary)
        if let previous, previous.manifest.sha256 == sha256 { return .unchanged(folder.refreshIdentity(of: previous)) }
        let provenance = Provenance(kind: .official, edition: file.edition, datasetTitle: dataset.title,
                                    publisher: dataset.organization?.title ?? Provenance.registerPublisher,
                                    licence: dataset.licenseTitle ?? dataset.licenseID ?? Provenance.registerLicence,
                                    licenceURL: dataset.licenseURL ?? Provenance.registerLicenceURL,
                                    sourceURL: file.resource.url, retrievedAt: now())
        let manifest = EditionManifest(provenance: provenance, file: file.storedName, format: file.format.rawValue,
                                       size: answer.bodyBytes, sha256: sha256, etag: answer.headers["etag"],
                                       lastModified: answer.headers["last-modified"], rows: rows)
        // The manifest first, then the data file (see `DataFolder.install` for why this order).
        let stored = try folder.install(download: temporary, manifest: manifest)
        keep = true
        if let previous, previous.path != stored.path { unlink(previous.path) }
        return previous == nil ? .new(stored) : .updated(stored)
    }

    /// An empty temporary file in the data folder, flushed to disk by the fetch before it is renamed.
    private func makeTemporary(for file: ChosenFile) throws -> String {
        var template = Array(folder.file(".\(file.storedName).download-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw PortraitError(.cannotCreate, .dataFolderUnusable, ["folder": folder.path, "cause": String(cString: strerror(errno))])
        }
        close(fd)
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Refuses an HTML page (a portal's error or login page) served in place of a data file: a page as
    /// the loader tells one (`FileSniffer.kind`).
    private func refuseWebPage(_ path: String, format: SourceFormat, url: URL) throws {
        guard format != .html, let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: FileSniffer.headLength)).map { Array($0) } ?? []
        if (try? FileSniffer.kind(of: head)) == .html {
            throw PortraitError(.badData, file: url.absoluteString, .webPageInsteadOfFile, ["format": format.rawValue])
        }
    }
}
