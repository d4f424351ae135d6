import Crypto
import Foundation

/// The SHA-256 digest of a downloaded file, for its manifest (swift-crypto's `SHA256`, fed in blocks
/// of 1 MiB so that a large file is never held whole).
public enum FileDigest {
    /// The lower-case hexadecimal SHA-256 of the file at `path`.
    public static func sha256Hex(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        defer { try? handle.close() }
        var hash = SHA256()
        while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty { hash.update(data: block) }
        return hex(hash.finalize())
    }

    /// `digest` as lower-case hexadecimal.
    public static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
