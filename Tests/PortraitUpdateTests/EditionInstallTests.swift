import Foundation
import PortraitCore
@testable import PortraitUpdate
import Testing

/// An edition's data file and its manifest are never paired wrongly: the manifest is written before the
/// data file is renamed into place, and readers take an edition only when its manifest describes the file
/// there (identity, else size and SHA-256), so an update interrupted between the two steps, whichever they
/// are, leaves that edition out instead of giving it a stale manifest.
@Suite struct EditionInstallTests {
    static let provenance = Provenance(kind: .official, edition: "2025", datasetTitle: "Portrait", publisher: "MCN",
                                       licence: "CC-BY 4.0", licenceURL: "https://creativecommons.org/licenses/by/4.0/",
                                       sourceURL: "https://example.org/portrait-2025.csv", retrievedAt: "2026-01-01T00:00:00Z")

    /// A data folder in a new temporary directory.
    static func folder() throws -> DataFolder {
        let url = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                              appropriateFor: FileManager.default.temporaryDirectory, create: true)
        return DataFolder(path: url.path)
    }

    /// A download of `text` in the folder, and the manifest that describes it (without identity).
    static func download(_ text: String, in folder: DataFolder, name: String = ".download") throws -> (path: String, manifest: EditionManifest) {
        let path = folder.file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let manifest = EditionManifest(provenance: provenance, file: "portrait-2025.csv", format: "CSV", size: text.utf8.count,
                                       sha256: try FileDigest.sha256Hex(ofFile: path), etag: nil, lastModified: nil, rows: 1)
        return (path, manifest)
    }

    @Test func anInstalledEditionReadsBackWithItsIdentity() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let (path, manifest) = try Self.download("old,rows\n", in: folder)
        let installed = try folder.install(download: path, manifest: manifest)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(installed.manifest.identity == FileIdentity.of(path: folder.file("portrait-2025.csv")))
        let stored = folder.storedEditions()
        #expect(stored.count == 1 && stored.first?.manifest == installed.manifest)
        #expect(try EditionManifest.read(path: installed.manifestPath).identity != nil)
    }

    /// Interrupted after the new manifest, before the rename: the previous file is not what it describes.
    @Test func aNewManifestBesideThePreviousFileIsLeftOut() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let (oldPath, oldManifest) = try Self.download("old,rows\n", in: folder)
        _ = try folder.install(download: oldPath, manifest: oldManifest)
        // Same size, other bytes: only the identity or the SHA-256 tells them apart.
        var (newPath, newManifest) = try Self.download("new,rows\n", in: folder)
        newManifest.identity = FileIdentity.of(path: newPath)
        try Data(try newManifest.encoded()).write(to: URL(fileURLWithPath: folder.file(EditionManifest.fileName(edition: "2025"))))
        #expect(folder.storedEditions().isEmpty)
        // The rename then puts the pair right.
        #expect(rename(newPath, folder.file("portrait-2025.csv")) == 0)
        #expect(folder.storedEditions().first?.manifest == newManifest)
    }

    /// The other order interrupted: a new file under the previous manifest is not taken either.
    @Test func aNewFileUnderThePreviousManifestIsLeftOut() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let (oldPath, oldManifest) = try Self.download("old,rows\n", in: folder)
        _ = try folder.install(download: oldPath, manifest: oldManifest)
        let (newPath, _) = try Self.download("new,rows\n", in: folder)
        #expect(rename(newPath, folder.file("portrait-2025.csv")) == 0)
        #expect(folder.storedEditions().isEmpty)
    }

    /// A copied or restored folder (other inode and times): the same bytes are still the edition.
    @Test func aCopiedFileWithTheSameBytesIsStillTheEdition() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let (path, manifest) = try Self.download("old,rows\n", in: folder)
        let installed = try folder.install(download: path, manifest: manifest)
        let copy = folder.file("copy")
        try FileManager.default.copyItem(atPath: installed.path, toPath: copy)
        #expect(rename(copy, installed.path) == 0)
        #expect(FileIdentity.of(path: installed.path) != installed.manifest.identity)
        let stored = try #require(folder.storedEditions().first)
        // The next update that finds it unchanged records the new identity.
        let refreshed = folder.refreshIdentity(of: stored)
        #expect(refreshed.manifest.identity == FileIdentity.of(path: installed.path))
        #expect(try EditionManifest.read(path: installed.manifestPath) == refreshed.manifest)
    }

    /// When the rename fails, the previous manifest goes back beside the previous file.
    @Test func aFailedRenamePutsThePreviousManifestBack() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let manifestPath = folder.file(EditionManifest.fileName(edition: "2025"))
        try Data("previous".utf8).write(to: URL(fileURLWithPath: manifestPath))
        // A folder where the data file should go, with something in it: rename cannot replace it.
        try FileManager.default.createDirectory(atPath: folder.file("portrait-2025.csv/x"), withIntermediateDirectories: true)
        let (path, manifest) = try Self.download("new,rows\n", in: folder)
        #expect(throws: PortraitError.self) { try folder.install(download: path, manifest: manifest) }
        #expect(try String(contentsOfFile: manifestPath, encoding: .utf8) == "previous")
    }

    /// A manifest is rewritten only after its file is hashed again: other bytes of the same size, even
    /// with the recorded inode, leave it as it was (the race of a slow 304 against another update).
    @Test func aManifestIsNotRewrittenForAFileThatNoLongerMatches() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let (path, manifest) = try Self.download("old,rows\n", in: folder)
        let installed = try folder.install(download: path, manifest: manifest)
        let before = try Data(contentsOf: URL(fileURLWithPath: installed.manifestPath))
        // Same inode, same size, other bytes (written in place).
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: installed.path))
        try handle.write(contentsOf: Data("new,rows\n".utf8))
        try handle.close()
        #expect(FileIdentity.of(path: installed.path)?.inode == installed.manifest.identity?.inode)
        let refreshed = folder.refreshIdentity(of: installed)
        #expect(refreshed.manifest == installed.manifest)
        let withdrawn = folder.rewrite(installed) { $0.withdrawnAt = "2026-01-01T00:00:00Z" }
        #expect(withdrawn.manifest.withdrawnAt == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: installed.manifestPath)) == before)
        #expect(folder.contents().problems.map(\.edition) == ["2025"])
    }
}
