import Foundation

/// Temporary folders for tests: each test gets its own, all inside one folder per test process, which is
/// removed when the process exits (tests that write hundreds of megabytes leave nothing behind, whether
/// or not they clean up after themselves).
public enum TemporaryFolders {
    /// A new, empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) throws -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let root: URL = {
        atexit { try? FileManager.default.removeItem(atPath: processFolderPath) }
        return URL(fileURLWithPath: processFolderPath)
    }()
}

/// This test process's folder of temporary folders.
private let processFolderPath = FileManager.default.temporaryDirectory
    .appendingPathComponent("portrait-tests-\(getpid())-\(UUID().uuidString.prefix(8))").path
