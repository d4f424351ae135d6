/// The rows of each value of a coded column (a facet, or the distinct benefits), value by value, in the
/// variable-length form of `PostingBytes`: a value's rows ascending, each as its distance from the previous.
/// A million rows take about a byte each, where a list of row numbers would take four.
struct ValueRows: Sendable {
    /// The rows of value v are written in bytes[starts[v] ..< starts[v + 1]].
    private let starts: [UInt32]
    private let bytes: [UInt8]

    /// Indexes `rowCount` rows whose value number is `value(row)`, among `valueCount` values.
    init(valueCount: Int, rowCount: Int, value: (Int) -> Int) {
        var lastRow = [Int32](repeating: -1, count: valueCount)
        var counts = [UInt32](repeating: 0, count: valueCount + 1)
        for row in 0..<rowCount {
            let v = value(row)
            counts[v + 1] += UInt32(PostingBytes.length(UInt32(Int32(truncatingIfNeeded: row) - lastRow[v])))
            lastRow[v] = Int32(truncatingIfNeeded: row)
        }
        for v in 0..<valueCount { counts[v + 1] += counts[v] }
        var fill = counts
        for v in lastRow.indices { lastRow[v] = -1 }
        var bytes = [UInt8](repeating: 0, count: Int(counts[valueCount]))
        bytes.withUnsafeMutableBufferPointer { out in
            for row in 0..<rowCount {
                let v = value(row)
                fill[v] = UInt32(PostingBytes.write(UInt32(Int32(truncatingIfNeeded: row) - lastRow[v]), to: out, at: Int(fill[v])))
                lastRow[v] = Int32(truncatingIfNeeded: row)
            }
        }
        starts = counts
        self.bytes = bytes
    }

    /// Adds the rows of `value` to `bits`.
    func insertRows(of value: Int, into bits: inout RowBits) {
        bytes.withUnsafeBufferPointer { list in
            PostingBytes.forEachRow(in: list, from: Int(starts[value]), to: Int(starts[value + 1])) { bits.insert($0) }
        }
    }
}
