import Foundation
import PortraitCore

/// The folder where `portrait update` keeps the official editions and their manifests:
/// `$PORTRAIT_DATA_DIR` if set, else `$XDG_DATA_HOME/portrait`, else `~/.local/share/portrait`.
public struct DataFolder: Sendable, Equatable {
    /// The folder's path (it may not exist yet).
    public let path: String

    public init(path: String) { self.path = path }

    /// The folder chosen by the environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> DataFolder {
        if let chosen = environment["PORTRAIT_DATA_DIR"], !chosen.isEmpty { return DataFolder(path: chosen) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return DataFolder(path: xdg + "/portrait") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return DataFolder(path: home + "/.local/share/portrait")
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    /// Creates the folder (and its parents) if needed.
    public func create() throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let cause = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw PortraitError(.cannotCreate, .dataFolderUnusable, ["folder": path, "cause": cause])
        }
    }

    /// The editions stored, oldest first (by edition label, numbers compared as numbers), and those that
    /// cannot be used (`FolderContents`). A folder that does not exist holds none. An edition whose
    /// manifest cannot be read, or whose data file is missing or is not the one its manifest describes
    /// (`EditionManifest.describes`: changed since, or an update interrupted between writing the
    /// manifest and renaming the file), is a problem, never read; the next `portrait update` downloads
    /// it again.
    public func contents() -> FolderContents {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return FolderContents(editions: [], problems: []) }
        var editions: [StoredEdition] = []
        var problems: [EditionProblem] = []
        for name in names where name.hasPrefix("portrait-") && name.hasSuffix(EditionManifest.suffix) {
            let manifestPath = file(name)
            let edition = String(name.dropFirst("portrait-".count).dropLast(EditionManifest.suffix.count))
            let manifest: EditionManifest
            do { manifest = try EditionManifest.read(path: manifestPath) } catch let error as PortraitError {
                problems.append(EditionProblem(edition: edition, manifestPath: manifestPath, cause: .manifestDamaged(error.values["cause"] ?? error.reason)))
                continue
            } catch { continue }
            let dataPath = file(manifest.file)
            guard FileIdentity.of(path: dataPath) != nil else {
                problems.append(EditionProblem(edition: edition, manifestPath: manifestPath, cause: .fileMissing(dataPath)))
                continue
            }
            guard manifest.describes(dataPath) else {
                problems.append(EditionProblem(edition: edition, manifestPath: manifestPath, cause: .fileChanged(dataPath)))
                continue
            }
            editions.append(StoredEdition(manifest: manifest, path: dataPath, manifestPath: manifestPath))
        }
        return FolderContents(editions: editions.sorted { Self.isOlder($0.manifest.provenance.edition, $1.manifest.provenance.edition) },
                              problems: problems.sorted { Self.isOlder($0.edition, $1.edition) })
    }

    /// The editions that can be used, oldest first (`contents().editions`).
    public func storedEditions() -> [StoredEdition] { contents().editions }

    /// Whether edition label `a` comes before `b` (numbers compared as numbers).
    static func isOlder(_ a: String, _ b: String) -> Bool { a.compare(b, options: .numeric) == .orderedAscending }
}

/// One official edition on disk: its file and what its manifest says about it.
public struct StoredEdition: Sendable {
    public let manifest: EditionManifest
    /// The data file's path.
    public let path: String
    /// The manifest's path.
    public let manifestPath: String
}
