import Foundation

/// What tells, with one `stat` and without reading it, that the file at a path is still the one a
/// manifest was written for: its inode, size and modification time. A rename keeps all three, so the
/// identity of a download taken before it is renamed into place is the identity of the edition's file.
public struct FileIdentity: Sendable, Equatable {
    public var inode: UInt64
    public var size: Int
    /// The modification time, in nanoseconds since 1970.
    public var modifiedNS: Int64

    public init(inode: UInt64, size: Int, modifiedNS: Int64) {
        (self.inode, self.size, self.modifiedNS) = (inode, size, modifiedNS)
    }

    /// The identity of the regular file at `path` (links followed); nil when there is none.
    public static func of(path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return FileIdentity(inode: UInt64(info.st_ino), size: Int(info.st_size),
                            modifiedNS: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec))
    }
}
