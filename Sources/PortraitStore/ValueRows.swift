/// The rows of each value of a coded column (a facet, or the distinct benefits), value by value, in the
/// variable-length form of `PostingBytes`: a value's rows ascending, each as its distance from the previous.
/// A million rows take about a byte each, where a list of row numbers would take four.
struct ValueRows: Sendable {
    /// The rows of value v are written in bytes[starts[v] ..< starts[v + 1]].
    private let starts: [UInt32]
    private let bytes: [UInt8]

    /// Indexes `rowCount` rows whose value number is `value(row)`, among `valueCount` values.
    init(valueCount: Int, rowCount: Int, value: (Int) -> Int) {
        var lists = PostingCounts(lists: valueCount)
        for row in 0..<rowCount { lists.count(token: value(row), document: row) }
        starts = lists.starts()
        bytes = lists.fill(documents: rowCount) { row, body in body(value(row)) }
    }

    /// Adds the rows of `value` to `bits`.
    func insertRows(of value: Int, into bits: inout RowBits) {
        bytes.withUnsafeBufferPointer { list in
            PostingBytes.forEachRow(in: list, from: Int(starts[value]), to: Int(starts[value + 1])) { bits.insert($0) }
        }
    }
}
