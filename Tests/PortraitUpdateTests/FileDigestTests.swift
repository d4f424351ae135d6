import Crypto
import Foundation
import PortraitUpdate
import Testing

/// The manifest's digest is the SHA-256 of the file's bytes: the FIPS 180-4 test vectors through a file,
/// and a file of several blocks against the digest of its bytes at once.
@Suite struct FileDigestTests {
    static func digest(ofFileHolding bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(bytes).write(to: url)
        return try FileDigest.sha256Hex(ofFile: url.path)
    }

    @Test func knownVectors() throws {
        #expect(try Self.digest(ofFileHolding: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(try Self.digest(ofFileHolding: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try Self.digest(ofFileHolding: Array(String(repeating: "a", count: 1_000_000).utf8))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aFileReadInBlocksGivesTheDigestOfItsBytes() throws {
        let bytes = (0..<3_000_001).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(try Self.digest(ofFileHolding: bytes) == FileDigest.hex(SHA256.hash(data: bytes)))
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: (any Error).self) { try FileDigest.sha256Hex(ofFile: "/nonexistent/portrait-digest") }
    }
}
