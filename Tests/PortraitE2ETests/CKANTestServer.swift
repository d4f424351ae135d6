import Foundation
import PortraitTestSupport

/// The CKAN-shaped catalogue of `scripts/ckan-test-server.py`, started on 127.0.0.1 at a free port in a
/// folder of its own, with the register as a dataset of two editions (the first rows of the embedded
/// 2024 and 2025 files, so their counts differ from the sample's) and a PDF; stopped by `stop()`.
final class CKANTestServer {
    /// The repository's root, found from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = root.appendingPathComponent("scripts/ckan-test-server.py")

    /// python3 on PATH, if any.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { python != nil }

    /// Rows of each edition served at first (initiatives: 90 in 2024, 117 in 2025).
    static let lines2024 = 91, lines2025 = 121

    let folder: URL
    let pid: pid_t
    let port: Int
    private var stopped = false

    var actionAPI: String { "http://127.0.0.1:\(port)/api/3/action" }
    var base: String { "http://127.0.0.1:\(port)" }

    init() throws {
        folder = try TemporaryFolders.make("ckan")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("files"), withIntermediateDirectories: true)
        try Self.writeEdition(Self.lines2024, of: "portrait-2024.csv", to: folder.appendingPathComponent("files/portrait-2024.csv"))
        try Self.writeEdition(Self.lines2025, of: "portrait-2025.csv", to: folder.appendingPathComponent("files/portrait-2025.csv"))
        try Data("%PDF-1.4 dictionnaire de données".utf8).write(to: folder.appendingPathComponent("files/dictionnaire.pdf"))
        try Self.writePackage(Self.resources(), in: folder)
        guard let python = Self.python else { throw CKANServerError(message: "python3 is not installed") }
        pid = try ChildProcess.spawn(python, [Self.script.path, folder.path], stdout: folder.appendingPathComponent("server.out").path,
                                     stderr: folder.appendingPathComponent("server.err").path,
                                     environment: ProcessInfo.processInfo.environment)
        let portFile = folder.appendingPathComponent("port")
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: portFile.path) {
            guard Date() < deadline else {
                kill(pid, SIGKILL)
                throw CKANServerError(message: "the test catalogue did not start: " + ((try? String(contentsOf: folder.appendingPathComponent("server.err"), encoding: .utf8)) ?? ""))
            }
            usleep(20_000)
        }
        port = Int(try String(contentsOf: portFile, encoding: .utf8)) ?? 0
    }

    deinit { stop() }

    func stop() {
        guard !stopped else { return }
        stopped = true
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(at: folder)
    }

    /// The first `lines` lines of an embedded edition's file.
    static func writeEdition(_ lines: Int, of name: String, to url: URL) throws {
        let text = try String(contentsOf: root.appendingPathComponent("Data/\(name)"), encoding: .utf8)
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(lines).joined(separator: "\n") + "\n"
        try Data(kept.utf8).write(to: url)
    }

    /// The dataset's resources: both editions by their paths under the server, and the PDF.
    static func resources(path2024: String = "files/portrait-2024.csv", path2025: String = "files/portrait-2025.csv") -> [[String: String]] {
        [
            ["id": "r1", "name": "Portrait 2024", "format": "CSV", "url": "{base}/\(path2024)", "last_modified": "2024-10-30T12:00:00"],
            ["id": "r2", "name": "Portrait 2025", "format": "CSV", "url": "{base}/\(path2025)", "last_modified": "2025-06-30T12:00:00"],
            ["id": "r3", "name": "Dictionnaire de données", "format": "PDF", "url": "{base}/files/dictionnaire.pdf",
             "last_modified": "2025-06-30T12:00:00"],
        ]
    }

    static func writePackage(_ resources: [[String: String]], in folder: URL, id: String = "1c9131d2-ab2a-4513-9a46-945b2bc96e1b") throws {
        let package: [String: Any] = [
            "id": id, "name": "portrait-des-utilisations-de-l-ia",
            "title": "Portrait des utilisations de l'IA dans l'administration publique",
            "license_id": "cc-by", "license_title": "CC-BY 4.0", "license_url": "https://creativecommons.org/licenses/by/4.0/",
            "organization": ["title": "Ministère de la Cybersécurité et du Numérique"],
            "resources": resources,
        ]
        try JSONSerialization.data(withJSONObject: package, options: [.sortedKeys]).write(to: folder.appendingPathComponent("package.json"))
    }

    /// Serves `resources` from now on (and the dataset under `id`).
    func setResources(_ resources: [[String: String]], id: String = "1c9131d2-ab2a-4513-9a46-945b2bc96e1b") throws {
        try Self.writePackage(resources, in: folder, id: id)
    }

    /// Complete 200 responses of file paths so far.
    func counts() -> [String: Int] {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("counts.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Int] else { return [:] }
        return object
    }

    /// Replaces a served file.
    func write(_ bytes: Data, file name: String) throws {
        try bytes.write(to: folder.appendingPathComponent("files/\(name)"))
    }
}

/// The test catalogue could not be started.
struct CKANServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
