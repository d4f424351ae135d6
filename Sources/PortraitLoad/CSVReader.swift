import PortraitText
import PortraitStore

/// Reads RFC 4180 CSV from UTF-8 bytes, in a `CSVDialect` (delimiter and quote): quoted fields with embedded delimiters, doubled quotes and line
/// breaks; LF, CRLF or lone CR line ends. Reports each record with the line it starts on, its fields as
/// byte slices (no `String` is made unless asked for).
public struct CSVReader: Sendable {
    public let dialect: CSVDialect
    private let bytes: [UInt8]

    public init(utf8 bytes: [UInt8], dialect: CSVDialect) {
        self.bytes = bytes
        self.dialect = dialect
    }

    /// Calls `body` with every record's cells and its 1-based starting line. Blank lines are skipped.
    /// Throws when a quoted field is still open at the end of the file.
    public func forEachRecord(_ body: (_ cells: [String], _ line: Int) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            try CSVScanner.scan(buffer, dialect: dialect) { fields, line in
                try body(fields.map { String(decoding: $0, as: UTF8.self) }, line)
            }
        }
    }
}

/// The byte-level RFC 4180 scanner behind `CSVReader`.
enum CSVScanner {
    private static let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// Calls `body` with each non-blank record's fields (slices valid only during the call) and its
    /// starting line, counting lines from `firstLine`; with `blankLines`, an empty line too, as one empty
    /// field (the loader lists it as skipped).
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>, dialect: CSVDialect, firstLine: Int = 1, blankLines: Bool = false,
                     _ body: (_ fields: [UnsafeBufferPointer<UInt8>], _ line: Int) throws -> Void) throws {
        _ = try scan(buffer, dialect: dialect, firstLine: firstLine, isFinal: true, blankLines: blankLines) { fields, line, _ in
            try body(fields, line)
            return true
        }
    }

    /// Where a chunked scan stopped: the offset of the first byte not consumed and the line it is on.
    struct Progress {
        var consumed: Int
        var line: Int
    }

    /// Scans one chunk. Unless `isFinal`, a record not ended by a line break within the chunk is left
    /// unconsumed (it continues in the next chunk). `body` also gets the record's start offset, and returns
    /// false to leave that record unconsumed and stop there.
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>, dialect: CSVDialect, firstLine: Int, isFinal: Bool, blankLines: Bool = false,
                     _ body: (_ fields: [UnsafeBufferPointer<UInt8>], _ line: Int, _ start: Int) throws -> Bool) throws -> Progress {
        guard let base = buffer.baseAddress else { return Progress(consumed: 0, line: firstLine) }
        let delimiter = dialect.delimiter, quote = dialect.quote
        let n = buffer.count
        var i = 0
        var line = firstLine
        // Fields as (in arena?, start, end); resolved to slices once the record is complete.
        var spans: [(arena: Bool, start: Int, end: Int)] = []
        var fields: [UnsafeBufferPointer<UInt8>] = []
        var arena = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4096)
        defer { arena.deallocate() }
        var arenaUsed = 0

        func arenaAppend(_ byte: UInt8) {
            if arenaUsed == arena.count {
                let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: arena.count * 2)
                _ = bigger.initialize(from: arena)
                arena.deallocate()
                arena = bigger
            }
            arena[arenaUsed] = byte
            arenaUsed += 1
        }
        func arenaAppend(_ range: Range<Int>) {
            for k in range { arenaAppend(base[k]) }
        }

        while i < n {
            let recordLine = line
            let recordStart = i
            spans.removeAll(keepingCapacity: true)
            arenaUsed = 0
            var endOfRecord = false
            while !endOfRecord {
                // Spaces before an opening quote (`a, "b, c"`) are padding, not part of the field.
                var k = i
                while k < n && (base[k] == 0x20 || (base[k] == 0x09 && delimiter != 0x09)) { k += 1 }
                if k > i && k < n && base[k] == quote { i = k }
                if i < n && base[i] == quote {
                    let openedOn = line
                    let start = i + 1
                    var j = start
                    var closed = false
                    var plain = true  // no doubled quote: the field is a plain slice of the input
                    var arenaStart = 0
                    var pending = start  // with !plain: first byte not yet copied to the arena
                    while j < n {
                        j = ByteSearch.firstOf(quote, lf, cr, in: base, from: j, to: n)
                        guard j < n else { break }
                        let b = base[j]
                        if b == quote {
                            if j + 1 < n && base[j + 1] == quote {
                                if plain {
                                    plain = false
                                    arenaStart = arenaUsed
                                    pending = start
                                }
                                arenaAppend(pending..<j)
                                arenaAppend(quote)
                                j += 2
                                pending = j
                                continue
                            }
                            closed = true
                            break
                        }
                        if b == lf || j + 1 >= n || base[j + 1] != lf { line += 1 }
                        j += 1
                    }
                    if closed && !plain { arenaAppend(pending..<j) }
                    if !closed {
                        if !isFinal { return Progress(consumed: recordStart, line: recordLine) }
                        throw PortraitError(.badData, line: openedOn, .unterminatedQuote)
                    }
                    let contentEnd = j
                    i = j + 1
                    // Text after the closing quote, before the delimiter, is kept as written.
                    if i < n && base[i] != delimiter && base[i] != lf && base[i] != cr {
                        if plain {
                            plain = false
                            arenaStart = arenaUsed
                            for k in start..<contentEnd { arenaAppend(base[k]) }
                        }
                        while i < n && base[i] != delimiter && base[i] != lf && base[i] != cr {
                            arenaAppend(base[i])
                            i += 1
                        }
                    }
                    spans.append(plain ? (false, start, contentEnd) : (true, arenaStart, arenaUsed))
                } else {
                    let start = i
                    i = ByteSearch.firstOf(delimiter, lf, cr, in: base, from: i, to: n)
                    spans.append((false, start, i))
                }
                if i >= n {
                    if !isFinal { return Progress(consumed: recordStart, line: recordLine) }
                    endOfRecord = true
                } else if base[i] == delimiter {
                    i += 1
                } else {
                    if base[i] == cr && i + 1 >= n && !isFinal { return Progress(consumed: recordStart, line: recordLine) }
                    if base[i] == cr && i + 1 < n && base[i + 1] == lf { i += 1 }
                    i += 1
                    line += 1
                    endOfRecord = true
                }
            }
            if !blankLines && spans.count == 1 && spans[0].start == spans[0].end { continue }  // blank line
            fields.removeAll(keepingCapacity: true)
            let arenaBase = UnsafePointer(arena.baseAddress!)
            for span in spans {
                let origin = span.arena ? arenaBase : base
                fields.append(UnsafeBufferPointer(start: origin + span.start, count: span.end - span.start))
            }
            if try !body(fields, recordLine, recordStart) { return Progress(consumed: recordStart, line: recordLine) }
        }
        return Progress(consumed: i, line: line)
    }
}
