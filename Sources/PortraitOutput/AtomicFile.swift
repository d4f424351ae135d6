import Foundation
import PortraitText
import PortraitStore
import PortraitLoad
import PortraitCompare

/// Writes output files safely: into a temporary file in the target folder, flushed to disk, then renamed
/// into place, so a failure never leaves a partial file or a damaged original.
public enum AtomicFile {
    /// Writes `bytes` to `path`. An existing file is replaced only when `replace` is true.
    /// The new file takes the mode of the file it replaces, else the one the umask gives a new file.
    /// Messages name the file as `path.display`; the temporary file is made in `path.folder`.
    public static func write(_ bytes: [UInt8], to userPath: UserPath, replace: Bool) throws {
        let path = userPath.display
        var info = stat()
        var replacedMode: mode_t?
        if userPath.withSystemPath({ lstat($0, &info) }) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw PortraitError(.cannotCreate, file: path, .outputIsFolder)
            case S_IFREG: break
            case S_IFLNK: throw PortraitError(.cannotCreate, file: path, .outputIsSymbolicLink)
            default: throw PortraitError(.cannotCreate, file: path, .outputNotRegular)
            }
            if !replace {
                throw PortraitError(.cannotCreate, file: path, .outputExists)
            }
            replacedMode = info.st_mode & 0o7777
        }
        let directory = userPath.folder
        // A short temporary name, whatever the file's: a name near the file-name limit still fits.
        var template = (directory.bytes + Array("/.portrait-XXXXXX".utf8) + [0]).map { CChar(bitPattern: $0) }
        try TemporaryFileCleanup.guarding { register in
            // Created and registered with the signals held back, so that an interruption always finds it.
            let (fd, failure) = TemporaryFileCleanup.blockingSignals { () -> (Int32, Int32) in
                let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
                let failure = errno
                if fd >= 0 { template.withUnsafeBufferPointer { register($0.baseAddress!) } }
                return (fd, failure)
            }
            guard fd >= 0 else {
                throw PortraitError(.cannotCreate, file: path, .cannotCreateIn,
                                    ["folder": directory.display, "cause": String(cString: strerror(failure)), "errno": String(failure)])
            }
            let temporary = UserPath(bytes: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
            try place(bytes, fd: fd, temporary: temporary, at: userPath, replace: replace,
                      mode: replacedMode ?? (0o666 & ~currentUmask()))
        }
    }

    /// `write(_:to:replace:)` to a path written as UTF-8 text.
    public static func write(_ bytes: [UInt8], to path: String, replace: Bool) throws {
        try write(bytes, to: UserPath(path), replace: replace)
    }

    /// Writes `bytes` into the open temporary file, flushes it, gives it `mode` and puts it in place.
    private static func place(_ bytes: [UInt8], fd: Int32, temporary: UserPath, at userPath: UserPath, replace: Bool, mode: mode_t) throws {
        let path = userPath.display
        var failure: PortraitError?
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let wrote = Foundation.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if wrote < 0 {
                    if errno == EINTR { continue }
                    failure = .system(.cannotCreate, file: path, errno: errno)
                    return
                }
                done += wrote
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = .system(.cannotCreate, file: path, errno: errno) }
        fchmod(fd, mode)
        if close(fd) != 0 && failure == nil { failure = .system(.cannotCreate, file: path, errno: errno) }
        if failure == nil {
            // Without consent to replace, link() refuses a file that appeared meanwhile; rename() would not.
            var placed = temporary.withSystemPath { from in
                userPath.withSystemPath { to in replace ? rename(from, to) : link(from, to) }
            }
            if placed != 0 && !replace && [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS, EXDEV].contains(errno) {
                // Filesystems without hard links (FAT, exFAT): check again, then rename.
                var again = stat()
                if userPath.withSystemPath({ lstat($0, &again) }) == 0 {
                    errno = EEXIST
                } else {
                    placed = temporary.withSystemPath { from in userPath.withSystemPath { rename(from, $0) } }
                }
            }
            if placed != 0 {
                failure = errno == EEXIST ? PortraitError(.cannotCreate, file: path, .outputExists) : .system(.cannotCreate, file: path, errno: errno)
            } else if !replace {
                temporary.withSystemPath { _ = unlink($0) }  // the link placed the file; the temporary name goes (after a rename it is gone already)
            }
        }
        if let failure {
            temporary.withSystemPath { _ = unlink($0) }
            throw failure
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
