/// The folder and the last component of an output path, split on the last `/` by hand: Foundation's
/// `NSString.deletingLastPathComponent` traps on some one-character paths (`a`, `-`) on Linux.
public struct OutputPath: Equatable, Sendable {
    /// The folder as written in the path: empty for a bare name, `/` for a file at the root.
    public let folder: String
    /// The name within the folder.
    public let name: String

    /// The folder the file goes in (`.` for a bare name).
    public var directory: String { folder.isEmpty ? "." : folder }

    public init(_ path: String) {
        var bytes = Array(path.utf8)
        // Trailing slashes name the same thing as the path without them (`out/` is the folder `out`).
        while bytes.count > 1 && bytes.last == 0x2F { bytes.removeLast() }
        guard let slash = bytes.lastIndex(of: 0x2F) else {
            folder = ""
            name = String(decoding: bytes, as: UTF8.self)
            return
        }
        var end = slash
        while end > 0 && bytes[end - 1] == 0x2F { end -= 1 }
        folder = end == 0 ? "/" : String(decoding: bytes[..<end], as: UTF8.self)
        name = String(decoding: bytes[(slash + 1)...], as: UTF8.self)
    }
}
