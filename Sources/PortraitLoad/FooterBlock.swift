/// Lines of one filled cell met after the last initiative, kept until the file shows what they are: a
/// footer (`Source : …`) when the file ends with them right after an initiative of several cells, else
/// initiatives with empty fields (more initiatives follow, the block grows past `maximumLines`, or no
/// full initiative comes before it). Each line keeps its one cell's bytes, so memory stays bounded by
/// `maximumLines` lines.
struct FooterBlock: Sendable {
    /// A footer holds at most this many lines: a longer run of one-cell lines is initiatives.
    static let maximumLines = 100

    /// One line: its number, how many cells it had, which one was filled, and where its bytes are.
    struct Line: Sendable {
        var line: Int
        var cells: Int
        var column: Int
        var bytes: Range<Int>
    }

    private(set) var lines: [Line] = []
    private var bytes: [UInt8] = []

    var isEmpty: Bool { lines.isEmpty }
    var count: Int { lines.count }
    var isFull: Bool { lines.count > Self.maximumLines }

    /// Keeps the line `cells`, numbered `line`, whose only filled cell is at `column`.
    mutating func add(_ cells: [UnsafeBufferPointer<UInt8>], column: Int, line: Int) {
        let start = bytes.count
        bytes.append(contentsOf: cells[column])
        lines.append(Line(line: line, cells: cells.count, column: column, bytes: start..<bytes.count))
    }

    /// Adds `other`'s lines after these, their numbers shifted by `lineOffset`.
    mutating func append(_ other: FooterBlock, lineOffset: Int) {
        let base = bytes.count
        bytes += other.bytes
        lines += other.lines.map {
            Line(line: $0.line + lineOffset, cells: $0.cells, column: $0.column,
                 bytes: ($0.bytes.lowerBound + base)..<($0.bytes.upperBound + base))
        }
    }

    mutating func removeAll() {
        lines.removeAll()
        bytes.removeAll()
    }

    /// Calls `body` with each line as cells (valid only during the call) and its number. A line is given
    /// with at most `width` cells, and one more holding the filled cell when it lay beyond them, so that
    /// a line of a million commas costs no more than the header's width.
    func forEach(width: Int, _ body: ([UnsafeBufferPointer<UInt8>], Int) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { all in
            let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            for line in lines {
                let filled = UnsafeBufferPointer(rebasing: all[line.bytes])
                var cells = [UnsafeBufferPointer<UInt8>](repeating: empty, count: min(line.cells, width))
                if line.column < cells.count { cells[line.column] = filled } else { cells.append(filled) }
                try body(cells, line.line)
            }
        }
    }
}
