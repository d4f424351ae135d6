import Foundation
import PortraitCore

/// The lock one `portrait update` holds on its data folder from before it reads the stored editions
/// until it exits: an exclusive `flock` on `.update.lock` in the folder. The system releases it when
/// the process ends, however it ends, so a killed update never leaves the folder locked.
public final class UpdateLock: Sendable {
    private let descriptor: Int32

    fileprivate init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }
}

extension DataFolder {
    /// The lock file's name.
    static let lockName = ".update.lock"

    /// Takes the folder's update lock, waiting up to `seconds` (checking ten times a second, asleep in
    /// between) while another update holds it; then throws the one-line "another update" error (exit 75).
    public func lockForUpdate(waiting seconds: TimeInterval) throws -> UpdateLock {
        let descriptor = open(file(Self.lockName), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PortraitError(.cannotCreate, .dataFolderUnusable, ["folder": path, "cause": String(cString: strerror(errno))])
        }
        let end = Date().addingTimeInterval(seconds)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR else {
                close(descriptor)
                throw PortraitError(.cannotCreate, .dataFolderUnusable, ["folder": path, "cause": String(cString: strerror(failure))])
            }
            guard Date() < end else {
                close(descriptor)
                throw PortraitError(.tryLater, .updateRunning, ["folder": path, "seconds": HTTPFetcher.seconds(seconds)])
            }
            usleep(100_000)
        }
        return UpdateLock(descriptor: descriptor)
    }

    /// The prefix of every temporary download's name (`.portrait-2025.csv.download-XXXXXX`).
    static let downloadPrefix = ".portrait-"
    static let downloadMarker = ".download-"

    /// Removes the temporary files a killed update left: downloads, and manifests being written
    /// (`AtomicFile`'s `.portrait-XXXXXX`). Only called with the lock held, so no running update's
    /// temporary file is among them.
    func removeLeftoverDownloads() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where name.hasPrefix(Self.downloadPrefix)
            && (name.contains(Self.downloadMarker) || name.utf8.count == Self.downloadPrefix.utf8.count + 6) {
            unlink(file(name))
        }
    }

    /// Keeps a copy of a damaged manifest beside it (`….manifest.json.damaged`), for whoever wants to
    /// look at it, before its edition is downloaded again. The damaged manifest itself stays until a new
    /// one replaces it, so that commands go on saying its edition cannot be used if the download fails.
    func setAside(manifest manifestPath: String) {
        let copy = manifestPath + ".damaged"
        try? FileManager.default.removeItem(atPath: copy)
        try? FileManager.default.copyItem(atPath: manifestPath, toPath: copy)
    }
}
