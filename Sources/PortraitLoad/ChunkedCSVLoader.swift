import Dispatch
import Foundation
import Synchronization
import PortraitText
import PortraitStore

/// Loads a large UTF-8 CSV file without holding it in memory, on both cores: the file is read in chunks
/// with `pread`, and its second half is parsed at the same time as the first, from the first line break
/// after the middle. The first half's reader checks, when it gets there, that this line break really
/// ends a record (it may be inside a quoted field); if not, the second half's work is dropped and the
/// first reader carries on to the end, so the result never depends on the guess.
///
/// When the first half's reader fails, or finds a record that runs past the middle (a quote never
/// closed, say), it raises the second reader's stop flag, which that reader checks at every chunk: the
/// work that would be dropped stops at once instead of storing the rest of the file.
///
/// Files that are not plain UTF-8 (UTF-16, Windows-1252, mixed) go through the whole-file path. What the
/// file is (CSV text, not a page or a workbook) was decided before (`Loader.kind(ofFile:)`).
enum ChunkedCSVLoader {
    /// Bytes read at a time per reader.
    static let chunkSize = 8 << 20
    /// Files at least this large are parsed in two parts.
    static let parallelThreshold = 4 << 20

    /// A reason to use the whole-file path instead.
    struct NotPlainUTF8: Error {}

    /// Loads `path` into `builder`, or returns nil when the file is not plain UTF-8. The fuzz target passes
    /// tiny `chunkSize` and `parallelThreshold` values so that small inputs cross chunk and half boundaries.
    static func load(path: UserPath, edition: String, options: LoadOptions, into builder: inout PortraitStoreBuilder,
                     chunkSize: Int = chunkSize, parallelThreshold: Int = parallelThreshold) throws -> SourceReport? {
        let file = try ReadOnlyFile(path: path)
        let head = try file.read(at: 0, count: min(file.size, 64 << 10))
        if ByteDecoder.utf16ByteOrder(head) != nil { return nil }
        // Another encoding asked for: read whole, through the one decoder.
        if let encoding = options.encoding, encoding != .utf8 { return nil }
        let hasBOM = head.starts(with: [0xEF, 0xBB, 0xBF])
        let start = hasBOM ? 3 : 0
        let dialect = head.withUnsafeBufferPointer { all in
            CSVDialect.detect(UnsafeBufferPointer(rebasing: all[start...].prefix(CSVDialect.sampleBytes)),
                              isWholeFile: file.size <= CSVDialect.sampleBytes, delimiter: options.delimiter)
        }
        var split: Int?
        if file.size >= parallelThreshold { split = try file.lineStart(after: file.size / 2) }

        let leader = Reader(file: file, dialect: dialect, progress: options.progress, chunkSize: chunkSize)
        var assembler = RowAssembler(edition: edition, options: options)
        builder.reserve(rows: file.size / 200, textBytes: 180)
        do {
            if let split, split < file.size {
                let handoff = MappingHandoff()
                let follower = FollowerJob(reader: leader, range: split..<file.size, handoff: handoff, options: options)
                let followerQueue = DispatchQueue(label: "portrait.load.follower")
                let group = DispatchGroup()
                followerQueue.async(group: group) { follower.run() }
                var stop: Reader.Stop
                do {
                    stop = try leader.parse(from: start, to: file.size, firstLine: 1, stopAt: split, assembler: &assembler,
                                            builder: &builder, crossing: follower.stop) { assembler in handoff.publish(assembler) }
                } catch {
                    follower.stop.raise()
                    handoff.publish(nil)
                    group.wait()
                    throw error
                }
                handoff.publish(nil)  // no-op when the mapping was published already
                group.wait()
                if stop.offset == split, case .success(let (followerAssembler, followerBuilder))? = follower.result {
                    // The guess held: take in the second half.
                    try assembler.merge(followerAssembler, rows: followerBuilder, lineOffset: stop.line - 1, into: &builder)
                } else if stop.offset < file.size {
                    // The middle line break was inside a quoted field, or the second reader failed: go on alone
                    // (a failure is met again, and reported with the file's line numbers, not the half's).
                    _ = try leader.parse(from: stop.offset, to: file.size, firstLine: stop.line, stopAt: nil,
                                         assembler: &assembler, builder: &builder) { _ in }
                }
            } else {
                _ = try leader.parse(from: start, to: file.size, firstLine: 1, stopAt: nil, assembler: &assembler,
                                     builder: &builder) { _ in }
            }
        } catch is NotPlainUTF8 {
            return nil
        } catch let error as PortraitError {
            // Stopped before the end (no header in the first records): if the rest is not UTF-8, the
            // whole-file path decides the encoding, and with it what the header says.
            if try !file.isUTF8(from: start, chunkSize: chunkSize) { return nil }
            throw error
        }
        try assembler.finish(into: &builder)
        guard let mapping = assembler.mapping else { return nil }
        return SourceReport(file: path.display, format: .csv, encoding: hasBOM ? .utf8BOM : .utf8, dialect: dialect,
                            headerLine: assembler.headerLine, mapping: mapping, edition: edition,
                            rowCount: assembler.rowCount, anomalies: assembler.anomalies)
    }

    /// Passes the header mapping from the first reader to the second once it is known (or nil on failure).
    final class MappingHandoff: Sendable {
        private let state = Mutex<(done: Bool, assembler: RowAssemblerBox?)>((false, nil))
        private let ready = DispatchSemaphore(value: 0)

        func publish(_ assembler: RowAssembler?) {
            let first = state.withLock { state -> Bool in
                if state.done { return false }
                state = (true, assembler.map(RowAssemblerBox.init))
                return true
            }
            if first { ready.signal() }
        }

        func wait() -> RowAssembler? {
            ready.wait()
            ready.signal()
            return state.withLock { $0.assembler?.value }
        }
    }

    /// Carries a value across threads; each one is written once before being read.
    final class RowAssemblerBox: @unchecked Sendable {
        let value: RowAssembler
        init(_ value: RowAssembler) { self.value = value }
    }

    /// Raised by the first half's reader when it fails: the second half's work would be dropped, so it stops.
    final class StopFlag: Sendable {
        private let raised = Atomic<Bool>(false)
        func raise() { raised.store(true, ordering: .relaxed) }
        var isRaised: Bool { raised.load(ordering: .relaxed) }
    }

    /// Thrown by a reader whose stop flag was raised.
    struct Stopped: Error {}

    /// The second half's reader, run on another thread; its result is read after the group is waited on.
    final class FollowerJob: @unchecked Sendable {
        let reader: Reader
        let range: Range<Int>
        let handoff: MappingHandoff
        let options: LoadOptions
        let stop = StopFlag()
        private(set) var result: Result<(RowAssembler, PortraitStoreBuilder), Error>?

        init(reader: Reader, range: Range<Int>, handoff: MappingHandoff, options: LoadOptions) {
            self.reader = reader
            self.options = options
            self.range = range
            self.handoff = handoff
        }

        func run() {
            guard let leader = handoff.wait() else { return }
            var builder = options.builder
            builder.reserve(rows: range.count / 200, textBytes: 180)
            var assembler = RowAssembler(following: leader, into: &builder)
            do {
                _ = try reader.parse(
                    from: range.lowerBound, to: range.upperBound, firstLine: 1, stopAt: nil,
                    assembler: &assembler, builder: &builder, stop: stop) { _ in }
                result = .success((assembler, builder))
            } catch {
                result = .failure(error)
            }
        }
    }

    /// Reads a byte range of the file chunk by chunk, checking UTF-8 and feeding complete records to an assembler.
    struct Reader {
        let file: ReadOnlyFile
        let dialect: CSVDialect
        /// Told of every chunk read.
        var progress: LoadProgress?
        /// Bytes read at a time.
        let chunkSize: Int

        /// Where a parse stopped: the offset of the first record not taken and its line.
        struct Stop {
            var offset: Int
            var line: Int
        }

        /// Parses records from `start` up to `end`, or up to the first record starting at or after `stopAt`.
        /// `onMapping` is called once the assembler has its header mapping. Throws `Stopped` when `stop` is
        /// raised (checked at every chunk). Raises `crossing` when a record is found to run past `stopAt`
        /// (a quote opened before it, never closed or closed after it): the reader that started at
        /// `stopAt` is then reading from inside a record, and its work would be dropped.
        func parse(from start: Int, to end: Int, firstLine: Int, stopAt: Int?, assembler: inout RowAssembler,
                   builder: inout PortraitStoreBuilder, stop: StopFlag? = nil, crossing: StopFlag? = nil,
                   onMapping: (RowAssembler) -> Void) throws -> Stop {
            var buffer: [UInt8] = []
            buffer.reserveCapacity(chunkSize * 2)
            var bufferOffset = start  // file offset of buffer[0]
            var readOffset = start
            var line = firstLine
            var validated = 0  // bytes of buffer already checked as UTF-8
            var mappingPublished = assembler.mapping != nil
            while true {
                if stop?.isRaised == true { throw Stopped() }
                let want = min(chunkSize, end - readOffset)
                if want > 0 {
                    try file.append(at: readOffset, count: want, to: &buffer)
                    readOffset += want
                    progress?.add(want)
                }
                let isFinal = readOffset >= end
                // Check UTF-8 up to the last ASCII byte (a character is never cut there).
                var cut = buffer.count
                if !isFinal { while cut > validated && buffer[cut - 1] >= 0x80 { cut -= 1 } }
                if cut > validated {
                    let ok = buffer.withUnsafeBufferPointer { ByteDecoder.isValidUTF8(UnsafeBufferPointer(rebasing: $0[validated..<cut])) }
                    if !ok { throw NotPlainUTF8() }
                    validated = cut
                }
                var stopped = false
                let base = bufferOffset
                let progress = try buffer.withUnsafeBufferPointer { all in
                    try CSVScanner.scan(UnsafeBufferPointer(rebasing: all[0..<validated]), dialect: dialect,
                                        firstLine: line, isFinal: isFinal && validated == buffer.count,
                                        blankLines: true) { fields, recordLine, recordStart in
                        if let stopAt, base + recordStart >= stopAt {
                            stopped = true
                            return false
                        }
                        try assembler.consume(slices: fields, line: recordLine, into: &builder)
                        if !mappingPublished, assembler.mapping != nil {
                            mappingPublished = true
                            onMapping(assembler)
                        }
                        return true
                    }
                }
                line = progress.line
                if stopped || (isFinal && progress.consumed == buffer.count) {
                    return Stop(offset: bufferOffset + progress.consumed, line: line)
                }
                if isFinal && progress.consumed == validated && validated == buffer.count {
                    return Stop(offset: bufferOffset + progress.consumed, line: line)
                }
                buffer.removeFirst(progress.consumed)
                bufferOffset += progress.consumed
                validated -= progress.consumed
                // One record longer than two chunks (a huge field, or a quote never closed): find where it
                // ends in one pass, then read up to there, instead of rescanning it at every chunk.
                if buffer.count > 2 * chunkSize && readOffset < end {
                    let recordEnd = try CSVRecordEnd.find(in: file, from: bufferOffset, to: end, firstLine: line,
                                                          dialect: dialect, chunkSize: chunkSize,
                                                          passing: stopAt.flatMap { crossing != nil && bufferOffset < $0 ? $0 : nil }) {
                        crossing?.raise()
                    }
                    // A CR may end it: take the byte after too, so that a CRLF is read whole.
                    let upTo = min(end, recordEnd + 1)
                    if upTo > readOffset {
                        try file.append(at: readOffset, count: upTo - readOffset, to: &buffer)
                        self.progress?.add(upTo - readOffset)
                        readOffset = upTo
                    }
                }
            }
        }
    }
}

/// A file opened read-only for positioned reads; closed when the last reference goes.
final class ReadOnlyFile: Sendable {
    /// The path as messages name it (`UserPath.display`).
    let path: String
    let size: Int
    private let descriptor: Int32

    /// Opens `path` without blocking (a FIFO put in its place opens at once) and checks what was opened,
    /// with `fstat` on the descriptor: only a regular file is read.
    init(path userPath: UserPath) throws {
        let path = userPath.display
        let fd = userPath.withSystemPath { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            throw errno == ENOENT ? PortraitError(.noInput, file: path, .noSuchFile) : .system(.noInput, file: path, errno: errno)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let failure = errno
            close(fd)
            throw PortraitError.system(.noInput, file: path, errno: failure)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            close(fd)
            throw PortraitError(.noInput, file: path, .isFolderNotFile)
        default:
            close(fd)
            throw PortraitError(.noInput, file: path, .notRegularInput)
        }
        guard Int(info.st_size) <= FileInput.maximumBytes else {
            close(fd)
            throw PortraitError(.badData, file: path, .fileTooLarge, ["size": String(FileInput.maximumBytes >> 30)])
        }
        self.path = path
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    func read(at offset: Int, count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try append(at: offset, count: count, to: &bytes)
        return bytes
    }

    /// Appends `count` bytes read at `offset` (fewer at the end of the file).
    func append(at offset: Int, count: Int, to bytes: inout [UInt8]) throws {
        let old = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        var done = 0
        try bytes.withUnsafeMutableBytes { buffer in
            while done < count {
                let got = pread(descriptor, buffer.baseAddress! + old + done, count - done, off_t(offset + done))
                if got < 0 {
                    if errno == EINTR { continue }
                    throw PortraitError.system(.noInput, file: path, errno: errno)
                }
                if got == 0 { break }
                done += got
            }
        }
        if done < count { bytes.removeLast(count - done) }
    }

    /// Whether the bytes from `offset` to the end are UTF-8, read `chunkSize` bytes at a time.
    func isUTF8(from offset: Int, chunkSize: Int) throws -> Bool {
        var pending: [UInt8] = []  // the start of a character cut by the end of the last chunk
        var position = offset
        while position < size {
            var block = pending
            try append(at: position, count: min(chunkSize, size - position), to: &block)
            position += block.count - pending.count
            if block.count == pending.count { break }
            var cut = block.count
            if position < size { while cut > 0 && block[cut - 1] >= 0x80 { cut -= 1 } }
            if !ByteDecoder.isValidUTF8(Array(block[..<cut])) { return false }
            pending = Array(block[cut...])
        }
        return ByteDecoder.isValidUTF8(pending)
    }

    /// The offset just after the first line break at or after `offset` (nil if there is none).
    func lineStart(after offset: Int) throws -> Int? {
        var position = offset
        while position < size {
            let block = try read(at: position, count: min(1 << 16, size - position))
            if block.isEmpty { return nil }
            if let k = block.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
                var next = position + k + 1
                if block[k] == 0x0D {
                    let after = k + 1 < block.count ? block[k + 1] : (try read(at: next, count: 1)).first
                    if after == 0x0A { next += 1 }
                }
                return next
            }
            position += block.count
        }
        return nil
    }
}
