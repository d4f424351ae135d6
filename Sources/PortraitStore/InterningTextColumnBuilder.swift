/// Builds a `TextColumn` whose rows repeat a few values: each distinct value's bytes are stored once
/// (interned through `ByteInterner`) and each row keeps its value's number, so a million rows that share
/// a few thousand benefits cost four bytes each instead of their text.
struct InterningTextColumnBuilder: Sendable {
    private var values = ByteInterner(capacity: 1024)
    private var rowValues: [UInt32] = []

    mutating func append(bytes: [UInt8]) {
        let (id, _) = bytes.withUnsafeBufferPointer { values.intern($0) }
        rowValues.append(UInt32(truncatingIfNeeded: id))
    }

    /// Appends every row of `other`, its values interned here.
    mutating func append(contentsOf other: InterningTextColumnBuilder) {
        let valueMap = other.values.bytes.withUnsafeBufferPointer { all in
            (0..<other.values.count).map { id in
                UInt32(truncatingIfNeeded: values.intern(UnsafeBufferPointer(rebasing: all[other.values.range(id)])).id)
            }
        }
        rowValues.reserveCapacity(rowValues.count + other.rowValues.count)
        for value in other.rowValues { rowValues.append(valueMap[Int(value)]) }
    }

    /// Whether `count` more bytes of new values still fit (see `TextColumn.maximumBytes`).
    func hasRoom(for count: Int, limit: Int = TextColumn.maximumBytes) -> Bool { values.byteCount + count <= limit }

    /// Bytes of the distinct values so far.
    var byteCount: Int { values.byteCount }

    mutating func reserve(rows: Int) {
        rowValues.reserveCapacity(rows)
    }

    /// The column (its arrays are shared, not copied; the lookup table stays behind).
    func build() -> TextColumn {
        TextColumn(bytes: values.bytes, ends: values.ends, rowValues: rowValues)
    }
}
