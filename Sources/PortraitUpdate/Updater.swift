import Foundation
import PortraitCore

/// What `portrait update` did with one edition.
public enum EditionOutcome: Sendable {
    /// Stored for the first time; what changed since the edition it follows, if any.
    case new(StoredEdition, EditionDelta?)
    /// Replaced a different earlier copy; what changed since that copy.
    case updated(StoredEdition, EditionDelta?)
    /// The server said it had not changed (or sent the same bytes again): nothing replaced.
    case unchanged(StoredEdition)
    /// Not stored; the earlier copy (`kept`), if any, stays.
    case refused(edition: String, error: PortraitError, kept: StoredEdition?)
    /// Stored, but the catalogue no longer lists it: kept, and never the latest by itself; `newly` when
    /// this update found it so.
    case withdrawn(StoredEdition, newly: Bool)

    /// The edition's label.
    public var edition: String {
        switch self {
        case .new(let stored, _), .updated(let stored, _), .unchanged(let stored), .withdrawn(let stored, _):
            return stored.manifest.provenance.edition
        case .refused(let edition, _, _): return edition
        }
    }
}

/// What one `portrait update` found and did.
public struct UpdateReport: Sendable {
    /// The action API the dataset was found at.
    public var catalogue: URL
    public var dataset: CatalogueDataset
    /// One per edition, oldest first.
    public var outcomes: [EditionOutcome]
    /// The damaged manifests set aside (a copy kept as `….damaged`) and replaced, their editions
    /// downloaded again.
    public var setAside: [String]
}

/// No catalogue gave the dataset: each one tried, with what it answered.
public struct CataloguesUnavailable: Error, Sendable {
    public var failures: [PortraitError]
}

/// Fetches the official editions into the data folder, safely: one update at a time per folder
/// (`lockForUpdate`), each file to a temporary file in the folder (removed if the update is interrupted,
/// or else by the next update), checked by the same loader as any file, and only then put in place;
/// an unchanged file is not transferred again (`If-None-Match`, `If-Modified-Since`).
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

    /// Finds the dataset in the first catalogue that has it, then, holding the folder's lock, fetches
    /// each edition. Throws `CataloguesUnavailable` (and touches nothing) when no catalogue can give the
    /// dataset; a `PortraitError` when it lists no readable file or the lock stays taken.
    public func run(showing display: ProgressDisplay) throws -> UpdateReport {
        var failures: [PortraitError] = []
        for catalogue in catalogues {
            let dataset: CatalogueDataset
            do {
                try limits.checkDeadline(catalogue.actionAPI)
                dataset = try catalogue.findDataset(limits: limits)
            } catch let error as PortraitError where error.kind == .unavailable || error.kind == .badData {
                failures.append(error)
                continue
            }
            let chosen = EditionChoice.candidates(dataset.resources, language: language)
            guard !chosen.isEmpty else {
                throw PortraitError(.unavailable, .noReadableResources,
                                    ["dataset": dataset.title, "formats": SourceFormat.allCases.map(\.rawValue).joined(separator: ", ")])
            }
            try folder.create()
            let lock = try folder.lockForUpdate(waiting: limits.timeout)
            defer { withExtendedLifetime(lock) {} }
            folder.removeLeftoverDownloads()
            return try update(chosen, of: dataset, from: catalogue, display: display)
        }
        throw CataloguesUnavailable(failures: failures)
    }

    /// Fetches each edition (the lock held), then marks the stored editions the catalogue no longer lists.
    private func update(_ chosen: [EditionCandidates], of dataset: CatalogueDataset, from catalogue: Catalogue,
                        display: ProgressDisplay) throws -> UpdateReport {
        let contents = folder.contents()
        var stored = contents.editions
        var setAside: [String] = []
        var outcomes: [EditionOutcome] = []
        for edition in chosen {
            let damaged = contents.problems.filter { problem in
                if case .manifestDamaged = problem.cause { return problem.edition == edition.edition }
                return false
            }
            for problem in damaged { folder.setAside(manifest: problem.manifestPath) }
            let previous = stored.first { $0.manifest.provenance.edition == edition.edition }
            let follows = stored.last { DataFolder.isOlder($0.manifest.provenance.edition, edition.edition) }
            var outcome: EditionOutcome?
            var lastError: PortraitError?
            for file in edition.files where outcome == nil {
                do {
                    outcome = try fetch(file, of: dataset, previous: previous, follows: follows, display: display)
                } catch let error as PortraitError {
                    lastError = error
                }
            }
            if outcome != nil { setAside += damaged.map(\.manifestPath) }
            var result = outcome ?? .refused(edition: edition.edition, error: lastError ?? PortraitError(.unavailable, .cannotReach,
                                             ["url": catalogue.actionAPI.absoluteString, "cause": "?"]), kept: previous)
            // Listed again: no longer withdrawn.
            if case .unchanged(let kept) = result, kept.manifest.withdrawnAt != nil {
                result = .unchanged(folder.rewrite(kept) { $0.withdrawnAt = nil })
            }
            outcomes.append(result)
            switch result {
            case .new(let edition, _), .updated(let edition, _), .unchanged(let edition):
                stored.removeAll { $0.manifest.provenance.edition == edition.manifest.provenance.edition }
                stored.append(edition)
                stored.sort { DataFolder.isOlder($0.manifest.provenance.edition, $1.manifest.provenance.edition) }
            case .refused, .withdrawn: break
            }
        }
        let listed = Set(chosen.map(\.edition))
        for edition in stored where !listed.contains(edition.manifest.provenance.edition) {
            let newly = edition.manifest.withdrawnAt == nil
            outcomes.append(.withdrawn(newly ? folder.rewrite(edition) { $0.withdrawnAt = now() } : edition, newly: newly))
        }
        outcomes.sort { DataFolder.isOlder($0.edition, $1.edition) }
        return UpdateReport(catalogue: catalogue.actionAPI, dataset: dataset, outcomes: outcomes, setAside: setAside)
    }

    /// Downloads one edition's file into a temporary file, checks it, and puts it in place with its
    /// manifest (`DataFolder.install`). The temporary file is removed if a signal ends the update.
    private func fetch(_ file: ChosenFile, of dataset: CatalogueDataset, previous: StoredEdition?, follows: StoredEdition?,
                       display: ProgressDisplay) throws -> EditionOutcome {
        guard let url = URL(string: file.resource.url) else {
            throw PortraitError(.badData, .insecureAddress, ["url": file.resource.url])
        }
        try AddressPolicy.check(url, kind: .badData)
        try limits.checkDeadline(url)
        var headers: [String: String] = [:]
        if let previous, previous.manifest.provenance.sourceURL == file.resource.url {
            if let etag = previous.manifest.etag { headers["If-None-Match"] = etag }
            if let lastModified = previous.manifest.lastModified { headers["If-Modified-Since"] = lastModified }
        }
        return try TemporaryFileCleanup.guarding { register in
            let temporary = try TemporaryFileCleanup.blockingSignals {
                let path = try makeTemporary(for: file)
                register(path)
                return path
            }
            var keep = false
            defer { if !keep { unlink(temporary) } }
            let outcome = try check(file, at: temporary, from: url, headers: headers, of: dataset, previous: previous,
                                    follows: follows, display: display)
            if case .new = outcome { keep = true }
            if case .updated = outcome { keep = true }
            return outcome
        }
    }

    /// Fetches `url` into `temporary`, reads it with the loader, and installs it unless it is the
    /// stored copy's bytes again.
    private func check(_ file: ChosenFile, at temporary: String, from url: URL, headers: [String: String], of dataset: CatalogueDataset,
                       previous: StoredEdition?, follows: StoredEdition?, display: ProgressDisplay) throws -> EditionOutcome {
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
            // A file that reads as a table of no initiative (a data dictionary whose headers map) is no
            // edition: the next candidate is tried.
            guard rows > 0 else { throw PortraitError(.badData, .noInitiativeInDownload) }
        } catch var error as PortraitError {
            error.file = url.absoluteString
            throw error
        }
        let sha256 = try FileDigest.sha256Hex(ofFile: temporary)
        if let previous, previous.manifest.sha256 == sha256 { return .unchanged(folder.refreshIdentity(of: previous)) }
        let provenance = Provenance(kind: .official, edition: file.edition, datasetTitle: dataset.title,
                                    publisher: dataset.organization?.title ?? Provenance.registerPublisher,
                                    licence: dataset.licenseTitle ?? dataset.licenseID ?? Provenance.registerLicence,
                                    licenceURL: dataset.licenseURL ?? (dataset.licenseTitle ?? dataset.licenseID == nil ? Provenance.registerLicenceURL : ""),
                                    sourceURL: file.resource.url, retrievedAt: now())
        let manifest = EditionManifest(provenance: provenance, file: file.storedName, format: file.format.rawValue,
                                       size: answer.bodyBytes, sha256: sha256, etag: answer.headers["etag"],
                                       lastModified: answer.headers["last-modified"], rows: rows)
        let delta = (previous ?? follows).flatMap { EditionDelta.between($0, and: temporary, edition: file.edition) }
        // The manifest first, then the data file (see `DataFolder.install` for why this order).
        let stored = try folder.install(download: temporary, manifest: manifest)
        if let previous, previous.path != stored.path { unlink(previous.path) }
        return previous == nil ? .new(stored, delta) : .updated(stored, delta)
    }

    /// An empty temporary file in the data folder, flushed to disk by the fetch before it is renamed.
    private func makeTemporary(for file: ChosenFile) throws -> String {
        var template = Array(folder.file("\(DataFolder.downloadPrefix)\(file.edition).\(file.format.fileExtension)\(DataFolder.downloadMarker)XXXXXX").utf8CString)
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
