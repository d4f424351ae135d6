import Foundation

/// Reads a user's file read-only, refusing what is not a regular file before opening it
/// (so a FIFO or a device never blocks).
public enum FileInput {
    /// Largest file accepted, in bytes.
    public static let maximumBytes = 4 << 30

    public static func read(_ path: String) throws -> [UInt8] {
        let file = try ReadOnlyFile(path: path)
        return try file.read(at: 0, count: file.size)
    }
}
