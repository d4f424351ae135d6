import ArgumentParser
import Foundation
import PortraitCore
import Synchronization

/// The command line as the system gave it, handed to ArgumentParser, which takes text. Swift's
/// `CommandLine.arguments` repairs bytes that are not UTF-8 into U+FFFD, which would turn a Latin-1 file
/// name into one that does not exist; here each such byte stands as U+0000 followed by `\xHH`. An
/// argument can never hold U+0000 (the system ends it there), so the text says which bytes were given and
/// cannot be mistaken for a name written `\xHH`: a `UserPath` argument takes the bytes back
/// (`UserPath(argument:)`). Any other value that holds such bytes is refused (`checkOnlyPathsHoldRawBytes`):
/// the data is UTF-8 text, which such a value could never name.
enum CommandLineArguments {
    /// What stands before `\xHH` for a byte that is not UTF-8.
    static let rawByteMark: Unicode.Scalar = "\u{0}"

    /// The values with marked bytes that the parser read as paths, and how many times.
    private static let pathsRead = Mutex<[String: Int]>([:])

    /// Throws a usage error naming the first of `arguments` (as `recovered` made them) that holds bytes that
    /// are not UTF-8 and that the parser did not read as a path: each such argument must be a path read, or
    /// an option followed by one (`--output=caf\xE9.csv`, `-ocaf\xE9.csv`), each read standing for one argument.
    static func checkOnlyPathsHoldRawBytes(_ arguments: [String], language: Language) throws {
        var unclaimed = pathsRead.withLock { $0 }
        var options: [String] = []
        // Whole arguments first, so that an option's value never takes the read of a file named alone.
        for argument in arguments where argument.unicodeScalars.contains(rawByteMark) {
            if unclaimed[argument, default: 0] > 0 { unclaimed[argument]! -= 1 } else { options.append(argument) }
        }
        for argument in options {
            let path = unclaimed.first { path, count in count > 0 && argument.hasPrefix("-") && argument.hasSuffix(path) }?.key
            guard let path else {
                throw ValidationError(CommandText.valueNotUTF8.text(language, ["value": readable(argument)]))
            }
            unclaimed[path]! -= 1
        }
    }

    /// `text` (made by `recovered`) as a person reads it: each marked byte as `\xHH`.
    static func readable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != rawByteMark }))
    }

    /// The arguments after the program's name.
    static func recovered() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            return text(of: UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self),
                                                count: strlen(argument)))
        }
    }

    /// `bytes` as text: UTF-8 as it is, each other byte as `rawByteMark` then `\xHH`.
    static func text(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.utf8.elementsEqual(bytes) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var marked = String.UnicodeScalarView()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                marked.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    marked.append(rawByteMark)
                    marked.append(contentsOf: String(format: "\\x%02X", byte).unicodeScalars)
                }
                offset += length
            case .emptyInput:
                return String(marked)
            }
        }
    }

    /// Notes that `argument` was read as a path.
    static func noteRead(_ argument: String) {
        pathsRead.withLock { $0[argument, default: 0] += 1 }
    }

    /// The bytes `text` (made by `text(of:)`) stands for.
    static func bytes(of text: String) -> [UInt8] {
        guard text.unicodeScalars.contains(rawByteMark) else { return Array(text.utf8) }
        var bytes: [UInt8] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            // The mark, `\`, `x`, then two hexadecimal digits.
            if scalars[index] == rawByteMark, index + 4 < scalars.count,
               let byte = UInt8(String(String.UnicodeScalarView(scalars[(index + 3)...(index + 4)])), radix: 16) {
                bytes.append(byte)
                index += 5
            } else {
                bytes.append(contentsOf: String(scalars[index]).utf8)
                index += 1
            }
        }
        return bytes
    }
}

/// A file named on the command line: its bytes as the system gave them (`CommandLineArguments`).
extension UserPath: ExpressibleByArgument {
    public init?(argument: String) {
        if argument.unicodeScalars.contains(CommandLineArguments.rawByteMark) { CommandLineArguments.noteRead(argument) }
        self.init(bytes: CommandLineArguments.bytes(of: argument))
    }
}
