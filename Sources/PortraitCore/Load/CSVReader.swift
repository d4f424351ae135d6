/// Reads RFC 4180 CSV from UTF-8 bytes: quoted fields with embedded delimiters, doubled quotes and line
/// breaks; LF, CRLF or lone CR line ends. Reports each record with the line it starts on.
public struct CSVReader: Sendable {
    public let delimiter: UInt8
    private let bytes: [UInt8]

    public init(utf8 bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// Calls `body` with every record's cells and its 1-based starting line. Blank lines are skipped.
    /// Throws when a quoted field is still open at the end of the file.
    public func forEachRecord(_ body: (_ cells: [String], _ line: Int) throws -> Void) throws {
        let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let delimiter = self.delimiter
        try bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var i = 0
            var line = 1
            var cells: [String] = []
            var scratch: [UInt8] = []
            while i < n {
                let recordLine = line
                cells.removeAll(keepingCapacity: true)
                var endOfRecord = false
                while !endOfRecord {
                    // One field.
                    if i < n && buffer[i] == quote {
                        let openedOn = line
                        scratch.removeAll(keepingCapacity: true)
                        i += 1
                        var closed = false
                        while i < n {
                            let b = buffer[i]
                            if b == quote {
                                if i + 1 < n && buffer[i + 1] == quote {
                                    scratch.append(quote)
                                    i += 2
                                    continue
                                }
                                i += 1
                                closed = true
                                break
                            }
                            if b == lf || (b == cr && (i + 1 >= n || buffer[i + 1] != lf)) { line += 1 }
                            scratch.append(b)
                            i += 1
                        }
                        if !closed {
                            throw PortraitError(.badData, line: openedOn, "quoted field opened here is never closed")
                        }
                        // Text after the closing quote, before the delimiter, is kept as written.
                        while i < n && buffer[i] != delimiter && buffer[i] != lf && buffer[i] != cr {
                            scratch.append(buffer[i])
                            i += 1
                        }
                        cells.append(String(decoding: scratch, as: UTF8.self))
                    } else {
                        let start = i
                        while i < n {
                            let b = buffer[i]
                            if b == delimiter || b == lf || b == cr { break }
                            i += 1
                        }
                        cells.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self))
                    }
                    // After a field: delimiter, line end or end of input.
                    if i >= n {
                        endOfRecord = true
                    } else if buffer[i] == delimiter {
                        i += 1
                    } else {
                        if buffer[i] == cr && i + 1 < n && buffer[i + 1] == lf { i += 1 }
                        i += 1
                        line += 1
                        endOfRecord = true
                    }
                }
                if cells.count == 1 && cells[0].isEmpty { continue }  // blank line
                try body(cells, recordLine)
            }
        }
    }
}
