import Foundation
import PortraitText
import PortraitStore

/// Reads a user's file read-only, refusing what is not a regular file before opening it
/// (so a FIFO or a device never blocks).
public enum FileInput {
    /// Largest file accepted, in bytes.
    public static let maximumBytes = 4 << 30

    public static func read(_ path: UserPath) throws -> [UInt8] {
        let file = try ReadOnlyFile(path: path)
        return try file.read(at: 0, count: file.size)
    }

    /// The size of a regular file, or 0 when `path` is anything else or cannot be looked at (the load
    /// itself then says what is wrong).
    static func sizeIfRegular(_ path: UserPath) -> Int {
        var info = stat()
        guard path.withSystemPath({ stat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFREG else { return 0 }
        return Int(info.st_size)
    }
}
