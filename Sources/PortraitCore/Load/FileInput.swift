import Foundation

/// Reads a user's file read-only, refusing what is not a regular file before opening it
/// (so a FIFO or a device never blocks).
public enum FileInput {
    /// Largest file accepted, in bytes.
    public static let maximumBytes = 4 << 30

    public static func read(_ path: String) throws -> [UInt8] {
        try checkRegularFile(path)
        var info = stat()
        guard stat(path, &info) == 0 else { throw PortraitError(.noInput, file: path, String(cString: strerror(errno))) }
        guard Int(info.st_size) <= maximumBytes else {
            throw PortraitError(.badData, file: path, "file is larger than \(maximumBytes >> 30) GiB")
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw PortraitError(.noInput, file: path, String(cString: strerror(errno))) }
        defer { close(fd) }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        try bytes.withUnsafeMutableBytes { buffer in
            while done < size {
                let got = Foundation.read(fd, buffer.baseAddress! + done, size - done)
                if got < 0 {
                    if errno == EINTR { continue }
                    throw PortraitError(.noInput, file: path, String(cString: strerror(errno)))
                }
                if got == 0 { break }
                done += got
            }
        }
        if done < size { bytes.removeLast(size - done) }
        return bytes
    }
}
