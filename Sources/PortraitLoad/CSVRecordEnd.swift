import PortraitText

/// Finds where a CSV record that spans many chunks ends, reading the file once with a small state machine
/// and keeping none of it: the chunked reader calls it when an unfinished record has grown beyond a couple
/// of chunks, so that an unterminated quote near the start of a large file costs one pass over the file,
/// not a rescan of the growing record at every chunk. Follows `CSVScanner`'s rules: spaces before an
/// opening quote are padding, `""` inside quotes is a quote, text after a closing quote runs to the next
/// delimiter, and LF, CRLF or a lone CR ends a record outside quotes.
enum CSVRecordEnd {
    /// The end of the record starting at `start` (the offset just after its line break, or `end` for a last
    /// record without one). Throws the scanner's unterminated-quote error, at the line where the quote
    /// opened, when the file ends inside quotes. `firstLine` is the record's line.
    ///
    /// `onPassing` is called once the record is known to run past the offset `passing` (at the first chunk
    /// read beyond it): a reader that started there, in the middle of this record, is working for nothing.
    static func find(in file: ReadOnlyFile, from start: Int, to end: Int, firstLine: Int, dialect: CSVDialect,
                     chunkSize: Int, passing: Int? = nil, onPassing: () -> Void = {}) throws -> Int {
        enum State { case fieldStart, padding, unquoted, quoted, quoteInQuoted, afterClose }
        let delimiter = dialect.delimiter, quote = dialect.quote, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var state = State.fieldStart
        var line = firstLine
        var openedOn = firstLine
        var pendingCR = false
        var offset = start
        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkSize)
        var passed = false
        while offset < end {
            if !passed, let passing, offset > passing {
                passed = true
                onPassing()
            }
            chunk.removeAll(keepingCapacity: true)
            try file.append(at: offset, count: min(chunkSize, end - offset), to: &chunk)
            if chunk.isEmpty { break }
            let found: Int? = chunk.withUnsafeBufferPointer { buffer -> Int? in
                let base = buffer.baseAddress!
                let n = buffer.count
                var i = 0
                if pendingCR {
                    if base[0] != lf { line += 1 }
                    pendingCR = false
                }
                while i < n {
                    let b = base[i]
                    switch state {
                    case .fieldStart, .padding:
                        if b == quote {
                            state = .quoted
                            openedOn = line
                        } else if b == 0x20 || (b == 0x09 && delimiter != 0x09) {
                            state = .padding
                        } else if b == delimiter {
                            state = .fieldStart
                        } else if b == lf || b == cr {
                            return i
                        } else {
                            state = .unquoted
                        }
                        i += 1
                    case .unquoted, .afterClose:
                        let k = ByteSearch.firstOf(delimiter, lf, cr, in: base, from: i, to: n)
                        if k >= n { i = n; continue }
                        if base[k] == delimiter {
                            state = .fieldStart
                            i = k + 1
                        } else {
                            return k
                        }
                    case .quoted:
                        let k = ByteSearch.firstOf(quote, lf, cr, in: base, from: i, to: n)
                        if k >= n {
                            i = n
                            continue
                        }
                        if base[k] == quote {
                            state = .quoteInQuoted
                        } else if base[k] == lf {
                            line += 1
                        } else if k + 1 < n {
                            if base[k + 1] != lf { line += 1 }  // CRLF counts once, at its LF
                        } else {
                            pendingCR = true  // decided by the next chunk's first byte
                        }
                        i = k + 1
                    case .quoteInQuoted:
                        if b == quote {
                            state = .quoted
                            i += 1
                        } else {
                            state = .afterClose  // the byte is looked at again as text after the closing quote
                        }
                    }
                }
                return nil
            }
            if let found { return offset + found + 1 }
            offset += chunk.count
        }
        if state == .quoted { throw PortraitError(.badData, line: openedOn, .unterminatedQuote) }
        return end
    }
}
