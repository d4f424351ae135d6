import Foundation
import PortraitCore

extension DataFolder {
    /// Puts a checked download in place as `manifest.file`, with `manifest` beside it, so that no crash
    /// can pair a data file with a manifest that does not describe it:
    ///
    /// 1. the new manifest is written atomically first, carrying the download's `FileIdentity` (its
    ///    inode and modification time, which the rename keeps);
    /// 2. then the download is renamed over the previous data file.
    ///
    /// When the rename fails, the previous manifest is put back. A crash before 1 leaves the previous pair as it was; between 1 and 2, a manifest whose identity,
    /// size and SHA-256 the previous file does not have, so readers (`storedEditions`) leave that
    /// edition out and the next `portrait update` downloads it again; after 2, the new pair. Writing the
    /// data first (the other order) would leave, between the two steps, a new file under the previous
    /// manifest, whose provenance, size, SHA-256 and ETag would then be wrong.
    func install(download temporary: String, manifest: EditionManifest) throws -> StoredEdition {
        let target = file(manifest.file)
        let manifestPath = file(EditionManifest.fileName(edition: manifest.provenance.edition))
        chmod(temporary, 0o644)
        var installed = manifest
        installed.identity = FileIdentity.of(path: temporary)
        let previousManifest = FileManager.default.contents(atPath: manifestPath)
        try AtomicFile.write(try installed.encoded(), to: manifestPath, replace: true)
        guard rename(temporary, target) == 0 else {
            let error = PortraitError.system(.cannotCreate, file: target, errno: errno)
            // The previous data file is still there: its manifest goes back beside it.
            if let previousManifest { try? AtomicFile.write(Array(previousManifest), to: manifestPath, replace: true) }
            throw error
        }
        return StoredEdition(manifest: installed, path: target, manifestPath: manifestPath)
    }

    /// Records the current identity of an unchanged edition's file in its manifest when the manifest
    /// has none or another (an older manifest, a copied folder), so that later checks need no SHA-256.
    /// Nothing is written when it already matches (`rewrite`).
    func refreshIdentity(of edition: StoredEdition) -> StoredEdition {
        guard let actual = FileIdentity.of(path: edition.path), actual != edition.manifest.identity else { return edition }
        return rewrite(edition) { _ in }
    }

    /// Rewrites an edition's manifest with `change` and the file's current identity, but only after the
    /// file has been hashed again and found to be the one the manifest describes (same size and
    /// SHA-256, and the same identity before and after the hash): an identity is never trusted alone.
    /// Returns the edition as it now is; unchanged when the file no longer matches or the write fails.
    func rewrite(_ edition: StoredEdition, _ change: (inout EditionManifest) -> Void) -> StoredEdition {
        guard let before = FileIdentity.of(path: edition.path), before.size == edition.manifest.size,
              (try? FileDigest.sha256Hex(ofFile: edition.path)) == edition.manifest.sha256,
              FileIdentity.of(path: edition.path) == before else { return edition }
        var manifest = edition.manifest
        change(&manifest)
        manifest.identity = before
        guard manifest != edition.manifest else { return edition }
        guard let bytes = try? manifest.encoded(), (try? AtomicFile.write(bytes, to: edition.manifestPath, replace: true)) != nil else {
            return edition
        }
        return StoredEdition(manifest: manifest, path: edition.path, manifestPath: edition.manifestPath)
    }
}
