import Foundation

extension EditionManifest {
    /// Whether the file at `path` is the one this manifest describes. Its identity (inode, size,
    /// modification time) decides with one `stat`; when that differs or is not recorded (a copied or
    /// restored folder, an older manifest), the file's size and SHA-256 must be the manifest's. A data
    /// file left by an update interrupted after the new manifest was written is not described by it.
    public func describes(_ path: String) -> Bool {
        guard let actual = FileIdentity.of(path: path), actual.size == size else { return false }
        if let identity, identity == actual { return true }
        return (try? FileDigest.sha256Hex(ofFile: path)) == sha256
    }
}
