import Foundation
import PortraitCore

/// What changed in an edition `portrait update` stored, compared with the one it replaces (the earlier
/// copy of the same edition) or follows (the newest earlier edition): initiatives added, removed, and
/// status changes, paired as `portrait diff` pairs them by default (`EditionComparison`, with the
/// built-in organisation aliases).
public struct EditionDelta: Sendable, Equatable {
    /// The edition compared with.
    public var since: String
    /// When that copy was retrieved, when it is the same edition (an updated copy).
    public var sinceRetrieved: String?
    public var added: Int
    public var removed: Int
    public var statusChanges: Int

    /// Compares the file at `path` (edition `edition`) with `earlier`; nil when either cannot be read.
    static func between(_ earlier: StoredEdition, and path: String, edition: String) -> EditionDelta? {
        let old = earlier.manifest.provenance.edition
        guard let loaded = try? Loader.load(paths: [earlier.path, path], options: LoadOptions(editions: [old, edition])),
              loaded.reports.count == 2 else { return nil }
        let all = Array(0..<loaded.store.count)
        let comparison = EditionComparison(store: loaded.store, old: loaded.fileRows(0, among: all), new: loaded.fileRows(1, among: all),
                                           aliases: (try? OrganisationAliases.builtIn()) ?? .none)
        return EditionDelta(since: old, sinceRetrieved: old == edition ? earlier.manifest.provenance.retrievedAt : nil,
                            added: comparison.initiativesAdded.count, removed: comparison.initiativesRemoved.count,
                            statusChanges: comparison.changes(.status).count)
    }
}
