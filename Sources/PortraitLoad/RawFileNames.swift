import Foundation

/// File names given as bytes that are not UTF-8 (a Latin-1 `caf\xE9.csv`), which Swift's own view of the
/// command line repairs into U+FFFD, so that the file would be "missing". The front records each such
/// argument here and passes its display name on: the name with every byte that is not UTF-8 written
/// `\xHH` (visible, terminal-safe, and telling the bytes apart where U+FFFD would make several names look
/// the same). Every `open` and `stat` of a user's file asks `systemPath` for the bytes to hand the system.
public enum RawFileNames {
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var bytesByName: [String: [UInt8]] = [:]
    }

    private static let registry = Registry()

    /// The bytes as text: UTF-8 sequences as they are, each other byte as `\xHH`.
    public static func displayName(_ bytes: [UInt8]) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var text = ""
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    text += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
                offset += length
            case .emptyInput:
                return text
            }
        }
    }

    /// Records `bytes` (a name that is not UTF-8) and returns the display name that stands for it.
    public static func register(_ bytes: [UInt8]) -> String {
        let name = displayName(bytes)
        registry.lock.lock()
        registry.bytesByName[name] = bytes
        registry.lock.unlock()
        return name
    }

    /// The bytes of an argument: those recorded for `name` when it is a display name made by `register`,
    /// else its UTF-8 (what a command printed for a shell must name, `QueryCommandLine.line`).
    public static func bytes(of name: String) -> [UInt8] {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return registry.bytesByName[name] ?? Array(name.utf8)
    }

    /// The NUL-terminated bytes to open for `path`: the recorded bytes when `path` is a display name made
    /// by `register`, or ends with one after a folder (a relative name made absolute on the way), else the
    /// path's UTF-8.
    static func systemPath(_ path: String) -> [CChar] {
        registry.lock.lock()
        let names = registry.bytesByName
        registry.lock.unlock()
        var bytes = Array(path.utf8)
        if let raw = names[path] {
            bytes = raw
        } else if let (name, raw) = names.first(where: { path.hasSuffix("/" + $0.key) }) {
            bytes = Array(path.utf8.dropLast(name.utf8.count)) + raw
        }
        return bytes.map { CChar(bitPattern: $0) } + [0]
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
