import Foundation
import PortraitCore

/// What the data folder holds: the editions that can be used, and those that cannot (`EditionProblem`).
public struct FolderContents: Sendable {
    /// The usable editions, oldest first.
    public var editions: [StoredEdition]
    /// The editions that cannot be used, oldest first.
    public var problems: [EditionProblem]

    /// The editions commands read: the usable ones, less any withdrawn edition newer than the newest
    /// one the catalogue still lists, which would otherwise be the latest by itself.
    public var current: [StoredEdition] {
        guard let newestListed = editions.lastIndex(where: { $0.manifest.withdrawnAt == nil }) else { return editions }
        return Array(editions[...newestListed])
    }
}

/// An official edition the folder holds but that cannot be used, and why.
public struct EditionProblem: Sendable {
    public enum Cause: Sendable {
        /// The manifest cannot be read (the reason, in English: the file's own words).
        case manifestDamaged(String)
        /// The data file the manifest names is not there.
        case fileMissing(String)
        /// The data file is not the one the manifest describes (other size or SHA-256).
        case fileChanged(String)
    }

    public var edition: String
    public var manifestPath: String
    public var cause: Cause
}

extension EditionProblem {
    /// The one line that says which edition cannot be used, why, and the fix.
    public var error: PortraitError {
        switch cause {
        case .manifestDamaged(let reason):
            return PortraitError(.badData, .officialManifestDamaged, ["edition": edition, "file": manifestPath, "cause": reason])
        case .fileMissing(let path):
            return PortraitError(.noInput, .officialFileMissing, ["edition": edition, "file": path])
        case .fileChanged(let path):
            return PortraitError(.badData, .officialFileChanged, ["edition": edition, "file": path])
        }
    }
}
