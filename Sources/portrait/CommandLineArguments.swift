import Foundation
import PortraitCore

/// The command line as the system gave it. Swift's `CommandLine.arguments` repairs bytes that are not
/// UTF-8 into U+FFFD, which turns a Latin-1 file name into one that does not exist; here such an argument
/// is recorded with `RawFileNames` (whose file operations use its bytes) and stands as its display name.
enum CommandLineArguments {
    /// The arguments after the program's name.
    static func recovered() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self),
                                                  count: strlen(argument)))
            let text = String(decoding: bytes, as: UTF8.self)
            return text.utf8.elementsEqual(bytes) ? text : RawFileNames.register(bytes)
        }
    }
}
