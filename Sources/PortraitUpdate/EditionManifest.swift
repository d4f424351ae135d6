import Foundation
import PortraitCore

/// The small JSON file kept beside each downloaded edition: its `Provenance` (source address, dataset
/// title, publisher, licence, `retrieved_at`) and the file's own facts (name, format, size, SHA-256, and
/// the server's ETag and Last-Modified for conditional requests).
///
/// The JSON is flat, with `Provenance`'s own keys, so that it also decodes as a `Provenance` on its own.
public struct EditionManifest: Sendable, Equatable {
    /// Manifests are named `portrait-EDITION` followed by this.
    public static let suffix = ".manifest.json"

    public var provenance: Provenance
    /// The data file's name in the data folder.
    public var file: String
    /// The format the file was read as.
    public var format: String
    /// Its size in bytes.
    public var size: Int
    /// Its SHA-256, in lower-case hexadecimal.
    public var sha256: String
    /// The server's `ETag` for it, if any.
    public var etag: String?
    /// The server's `Last-Modified` for it, if any.
    public var lastModified: String?
    /// Initiatives in it, as the loader counted them.
    public var rows: Int
    /// The data file's inode and modification time when it was put in place (`FileIdentity`): what
    /// tells, with one `stat`, that the file there is still the one described (nil in older manifests).
    public var identity: FileIdentity?
    /// When an update found that the catalogue no longer lists this edition (ISO 8601); nil while it does.
    public var withdrawnAt: String?

    public init(provenance: Provenance, file: String, format: String, size: Int, sha256: String,
                etag: String?, lastModified: String?, rows: Int) {
        self.provenance = provenance
        self.file = file
        self.format = format
        self.size = size
        self.sha256 = sha256
        self.etag = etag
        self.lastModified = lastModified
        self.rows = rows
        self.identity = nil
        self.withdrawnAt = nil
    }

    /// The manifest's file name for `edition`.
    public static func fileName(edition: String) -> String { "portrait-\(edition)\(suffix)" }

    /// The JSON bytes (keys sorted, so the file is stable).
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(Flat(self))) + [0x0A]
    }

    /// Reads the manifest at `path`.
    public static func read(path: String) throws -> EditionManifest {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONDecoder().decode(Flat.self, from: data).manifest
        } catch {
            throw PortraitError(.badData, file: path, .manifestDamaged, ["cause": Self.cause(of: error)])
        }
    }

    private static func cause(of error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "no \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            return context.codingPath.map(\.stringValue).joined(separator: ".").isEmpty
                ? "not JSON" : context.codingPath.map(\.stringValue).joined(separator: ".")
        default: return (error as NSError).localizedDescription
        }
    }

    /// The manifest as one flat object: `Provenance`'s keys and the file's.
    private struct Flat: Codable {
        var kind: Provenance.Kind
        var edition: String
        var datasetTitle: String
        var publisher: String
        var licence: String
        var licenceURL: String
        var sourceURL: String?
        var retrievedAt: String?
        var file: String
        var format: String
        var size: Int
        var sha256: String
        var etag: String?
        var lastModified: String?
        var rows: Int
        var inode: UInt64?
        var modifiedNS: Int64?
        var withdrawnAt: String?

        enum CodingKeys: String, CodingKey {
            case kind, edition, publisher, licence, file, format, size, sha256, etag, rows, inode
            case modifiedNS = "modified_ns"
            case datasetTitle = "dataset_title", licenceURL = "licence_url", sourceURL = "source_url", retrievedAt = "retrieved_at"
            case lastModified = "last_modified", withdrawnAt = "withdrawn_at"
        }

        init(_ manifest: EditionManifest) {
            let source = manifest.provenance
            (kind, edition, datasetTitle, publisher) = (source.kind, source.edition, source.datasetTitle, source.publisher)
            (licence, licenceURL, sourceURL, retrievedAt) = (source.licence, source.licenceURL, source.sourceURL, source.retrievedAt)
            (file, format, size, sha256) = (manifest.file, manifest.format, manifest.size, manifest.sha256)
            (etag, lastModified, rows) = (manifest.etag, manifest.lastModified, manifest.rows)
            (inode, modifiedNS) = (manifest.identity?.inode, manifest.identity?.modifiedNS)
            withdrawnAt = manifest.withdrawnAt
        }

        var manifest: EditionManifest {
            var manifest = EditionManifest(
                provenance: Provenance(kind: kind, edition: edition, datasetTitle: datasetTitle, publisher: publisher,
                                       licence: licence, licenceURL: licenceURL, sourceURL: sourceURL, retrievedAt: retrievedAt),
                file: file, format: format, size: size, sha256: sha256, etag: etag, lastModified: lastModified, rows: rows)
            if let inode, let modifiedNS { manifest.identity = FileIdentity(inode: inode, size: size, modifiedNS: modifiedNS) }
            manifest.withdrawnAt = withdrawnAt
            return manifest
        }
    }
}
