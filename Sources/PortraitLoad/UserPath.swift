import Foundation
import PortraitText
internal import SystemPackage

/// The path of a file a person named (on the command line, in the browser's export prompt), carried from
/// the arguments to every `open`, `stat` and `rename` of it as the system's own bytes (swift-system's
/// `FilePath`): a Latin-1 `caf\xE9.csv` stays the byte E9, and is never confused with a file whose name is
/// the text `caf\xE9.csv`. People read it as `display`, shells as `shellWord`. As `FilePath` does, doubled
/// and trailing separators are dropped (`out/` names `out`).
public struct UserPath: Hashable, Sendable, ExpressibleByStringLiteral {
    private let filePath: FilePath

    /// The path written as UTF-8 text.
    public init(_ text: String) { filePath = FilePath(text) }

    public init(stringLiteral text: String) { self.init(text) }

    /// The path as the system names it: any bytes but NUL (a NUL ends it).
    public init(bytes: some Collection<UInt8>) {
        let platform = bytes.prefix { $0 != 0 }.map { CInterop.PlatformChar(bitPattern: $0) } + [0]
        filePath = FilePath(platformString: platform)
    }

    private init(filePath: FilePath) { self.filePath = filePath }

    /// The path's bytes, as the system takes them.
    public var bytes: [UInt8] {
        filePath.withPlatformString { pointer in
            UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) }
        }
    }

    /// The path as a person reads it: each byte that is not UTF-8 as `\xHH`, control characters visible
    /// (`TerminalSafe.visible(bytes:)`).
    public var display: String { TerminalSafe.visible(bytes: bytes) }

    /// The path as one word for a POSIX shell that gives these bytes back (`ShellWord`).
    public var shellWord: String { ShellWord.quote(bytes) }

    /// The folder the file is in, as written (`.` for a bare name, `/` for a file at the root).
    public var folder: UserPath {
        let parent = filePath.removingLastComponent()
        return parent.isEmpty ? UserPath(".") : UserPath(filePath: parent)
    }

    /// Runs `body` with the path as the NUL-terminated string the system's calls take.
    public func withSystemPath<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try filePath.withPlatformString(body)
    }
}
