import PortraitText

/// Many strings kept in one contiguous UTF-8 buffer with end offsets: far fewer allocations than `[String]`.
/// A column whose values repeat (the benefits: a few thousand distinct cells in a million rows) keeps each
/// distinct value once, with each row's value number (see `InterningTextColumnBuilder`).
public struct TextColumn: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    /// For a column of repeated values, the value (element of `ends`) of each row; nil when each row has its own.
    private var rowValues: [UInt32]?

    public init() {}

    /// Most bytes a column holds: its offsets are 32-bit. `PortraitStoreBuilder.append` refuses a row that
    /// would take a column past it, with a message, rather than let an offset wrap.
    public static let maximumBytes = Int(UInt32.max)

    /// Whether `count` more bytes still fit within `limit` (`maximumBytes` but in tests).
    func hasRoom(for count: Int, limit: Int = maximumBytes) -> Bool { bytes.count + count <= limit }

    /// A column of `rowValues.count` rows whose values are the elements `bytes` and `ends` describe.
    init(bytes: [UInt8], ends: [UInt32], rowValues: [UInt32]) {
        self.bytes = bytes
        self.ends = ends
        self.rowValues = rowValues
    }

    public var count: Int { rowValues?.count ?? ends.count }

    /// Byte length of the longest element (rows that share a value share its length).
    var longestElement: Int {
        var longest = 0, previous: UInt32 = 0
        for end in ends {
            longest = max(longest, Int(end - previous))
            previous = end
        }
        return longest
    }

    public mutating func append(_ text: String) {
        precondition(rowValues == nil, "a column of repeated values is built by InterningTextColumnBuilder")
        bytes.append(contentsOf: text.utf8)
        ends.append(UInt32(bytes.count))
    }

    public mutating func append(bytes newBytes: [UInt8]) {
        precondition(rowValues == nil, "a column of repeated values is built by InterningTextColumnBuilder")
        bytes.append(contentsOf: newBytes)
        ends.append(UInt32(bytes.count))
    }

    /// Appends every element of `other`.
    mutating func append(contentsOf other: TextColumn) {
        precondition(rowValues == nil && other.rowValues == nil, "a column of repeated values is built by InterningTextColumnBuilder")
        let shift = UInt32(bytes.count)  // traps past 4 GiB; `PortraitStoreBuilder.merge` checks first
        bytes.append(contentsOf: other.bytes)
        ends.reserveCapacity(ends.count + other.ends.count)
        for end in other.ends { ends.append(end + shift) }
    }

    public mutating func reserve(rows: Int, bytes byteCount: Int) {
        ends.reserveCapacity(rows)
        bytes.reserveCapacity(byteCount)
    }

    /// Number of distinct values a column of repeated values holds (for any other column, its row count).
    var valueCount: Int { ends.count }

    /// The value of `row` (see `valueCount`; the row itself in a column that is not of repeated values).
    @inline(__always)
    func value(ofRow row: Int) -> Int { rowValues.map { Int($0[row]) } ?? row }

    /// Byte range of value `value` in `bytes`.
    @inline(__always)
    func valueRange(_ value: Int) -> Range<Int> {
        (value == 0 ? 0 : Int(ends[value - 1]))..<Int(ends[value])
    }

    /// Byte range of element `index` in `bytes`.
    @inline(__always)
    public func range(_ index: Int) -> Range<Int> {
        valueRange(value(ofRow: index))
    }

    public subscript(index: Int) -> String {
        let r = range(index)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Calls `body` with a view of the column through pointers, for loops over many rows that must not pay
    /// reference counting on every row (from two threads it also contends on the arrays' counts).
    func withView<R>(_ body: (TextColumnView) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                if let rowValues {
                    return try rowValues.withUnsafeBufferPointer { try body(TextColumnView(bytes: bytes, ends: ends, rowValues: $0)) }
                }
                return try body(TextColumnView(bytes: bytes, ends: ends, rowValues: nil))
            }
        }
    }
}

/// A `TextColumn` seen through pointers, valid inside `TextColumn.withView` only.
struct TextColumnView {
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<UInt32>
    let rowValues: UnsafeBufferPointer<UInt32>?

    /// Number of rows.
    var count: Int { rowValues?.count ?? ends.count }

    /// The value of `row` (see `TextColumn.value(ofRow:)`).
    @inline(__always)
    func value(ofRow row: Int) -> Int {
        if let rowValues { return Int(rowValues[row]) }
        return row
    }

    /// The bytes of row `row`.
    @inline(__always)
    func text(_ row: Int) -> UnsafeBufferPointer<UInt8> {
        let value = value(ofRow: row)
        let start = value == 0 ? 0 : Int(ends[value - 1])
        return UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[value])])
    }
}
