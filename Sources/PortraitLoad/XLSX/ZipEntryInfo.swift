import PortraitText
import PortraitStore

/// One file of a zip archive as its central directory describes it (sizes as declared, which may lie).
struct ZipEntryInfo: Sendable {
    /// The entry's path inside the archive, as stored.
    let name: String
    /// General-purpose flags (bit 0: encrypted).
    let flags: UInt16
    /// Compression method: 0 stored, 8 deflate.
    let method: UInt16
    /// CRC-32 of the uncompressed bytes.
    let crc32: UInt32
    /// Size of the stored (compressed) bytes.
    let compressedSize: UInt64
    /// Declared size once expanded.
    let uncompressedSize: UInt64
    /// Where the entry's local header starts in the file.
    let localHeaderOffset: UInt64

    /// Whether the entry is encrypted (the traditional PKWARE flag).
    var isEncrypted: Bool { flags & 1 != 0 }

    /// The key under which entries are looked up: forward slashes, no leading slash, lowercased
    /// (OPC part names are case-insensitive).
    static func lookupKey(_ path: String) -> String {
        var key = path.replacingOccurrences(of: "\\", with: "/")
        while key.hasPrefix("/") { key.removeFirst() }
        return key.lowercased()
    }
}
