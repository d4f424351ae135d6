import Foundation
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
import PortraitCore

/// What the fuzz targets share: a scratch folder for inputs that must be files, and the one rule every
/// target checks — loading ends with a result or a `PortraitError`, nothing else.
enum FuzzSupport {
    /// A folder of this process's own, in memory when /dev/shm exists, for inputs the loader reads by path.
    static let scratch: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let url = URL(fileURLWithPath: base).appendingPathComponent("portrait-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: "/dev/shm/portrait-fuzz-\(getpid())") }
        return url
    }()

    /// Writes `bytes` to the scratch file `name` and returns its path.
    static func write(_ bytes: [UInt8], as name: String) -> String {
        let path = scratch.appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("fuzz harness: cannot write \(path)")
        }
        return path
    }

    /// The input bytes libFuzzer passes (its pointer may be null when the size is 0).
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Runs `body`; a `PortraitError` is a well-defined refusal (`.failure`), any other error a finding.
    static func outcome<T>(_ what: String, _ body: () throws -> T) -> Result<T, PortraitError> {
        do {
            return .success(try body())
        } catch let error as PortraitError {
            return .failure(error)
        } catch {
            fatalError("fuzz finding: \(what) threw \(type(of: error)), not a PortraitError: \(error)")
        }
    }

    /// Stops the run with `message` when `condition` is false (libFuzzer records the input as a crash).
    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("fuzz finding: \(message())") }
    }
}
