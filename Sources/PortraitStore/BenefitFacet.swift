import PortraitText

/// The benefits as a multi-valued facet: each initiative's `Bénéfices` split on `;` (and on line breaks,
/// which some files use between benefits), trimmed, each distinct
/// benefit counted once per initiative. Benefits group when they fold alike (case, accents, spaces) and
/// show as first written. Built from the stored benefits on first need, so loading and every query that
/// does not ask for benefits never pay for it.
public struct BenefitFacet: Sendable {
    /// The distinct benefits, as first written, indexed by code.
    public let values: [String]
    /// The stored benefits column: which of its distinct cells each row holds.
    private let column: TextColumn
    /// Codes of the column's cell c: codes[starts[c] ..< starts[c + 1]], each once. Rows that hold the same
    /// cell share its codes, so a million rows cost nothing beyond the column.
    private let starts: [UInt32]
    private let codes: [UInt32]
    /// The benefits' folded text, for matching values given on the command line.
    let labels: FoldedLabels

    /// The facet of `rows` rows from their `benefits` (a store loaded without text has none: no benefits).
    init(benefits: TextColumn, rows: Int) {
        var interner = ByteInterner(capacity: 1 << 10)
        var values: [String] = []
        var starts: [UInt32] = [0]
        var codes: [UInt32] = []
        starts.reserveCapacity(benefits.valueCount + 1)
        var key: [UInt8] = []
        benefits.bytes.withUnsafeBufferPointer { all in
            for cell in 0..<benefits.valueCount {
                let cellStart = codes.count
                let range = benefits.valueRange(cell)
                var partStart = range.lowerBound
                for i in range.lowerBound...range.upperBound where i == range.upperBound || all[i] == 0x3B || all[i] == 0x0A || all[i] == 0x0D {
                    let part = Self.trimmed(UnsafeBufferPointer(rebasing: all[partStart..<i]))
                    partStart = i + 1
                    guard !part.isEmpty else { continue }
                    key.removeAll(keepingCapacity: true)
                    Self.appendKey(part, to: &key)
                    let (id, isNew) = key.withUnsafeBufferPointer { interner.intern($0) }
                    if isNew { values.append(String(decoding: part, as: UTF8.self)) }
                    let code = UInt32(truncatingIfNeeded: id)
                    if !codes[cellStart...].contains(code) { codes.append(code) }
                }
                starts.append(UInt32(truncatingIfNeeded: codes.count))
            }
        }
        self.values = values
        column = rows <= benefits.count ? benefits : TextColumn()
        self.starts = starts
        self.codes = codes
        labels = FoldedLabels(values.map { FacetValue(raw: $0, term: nil) })
    }

    /// The benefit codes of `row`.
    public func codes(row: Int) -> ArraySlice<UInt32> {
        guard row < column.count else { return [] }
        let cell = column.value(ofRow: row)
        return codes[Int(starts[cell])..<Int(starts[cell + 1])]
    }

    /// Initiatives per benefit code among `rows`: the rows are counted per cell, then each cell's count
    /// goes to its benefits.
    func counts(rows: [Int]) -> [Int] {
        var perCell = [UInt32](repeating: 0, count: column.valueCount)
        column.withView { view in
            perCell.withUnsafeMutableBufferPointer { perCell in
                for row in rows where row < view.count { perCell[view.value(ofRow: row)] += 1 }
            }
        }
        var counts = [Int](repeating: 0, count: values.count)
        for cell in perCell.indices where perCell[cell] > 0 {
            for k in Int(starts[cell])..<Int(starts[cell + 1]) { counts[Int(codes[k])] += Int(perCell[cell]) }
        }
        return counts
    }

    /// Rows that carry at least one of the benefit codes in `selected`.
    func rows(carrying selected: Set<Int>, count: Int) -> RowBits {
        var bits = RowBits(count: count)
        let wanted = (0..<column.valueCount).map { cell in
            (Int(starts[cell])..<Int(starts[cell + 1])).contains { selected.contains(Int(codes[$0])) }
        }
        column.withView { view in
            wanted.withUnsafeBufferPointer { wanted in
                bits.withUnsafeMutableWords { words in
                    for row in 0..<min(count, view.count) where wanted[view.value(ofRow: row)] { words[row >> 6] |= 1 << UInt64(row & 63) }
                }
            }
        }
        return bits
    }

    /// The text between the first and last character that is not a space, tab or line break.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var low = 0, high = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while low < high, isSpace(bytes[low]) { low += 1 }
        while high > low, isSpace(bytes[high - 1]) { high -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[low..<high])
    }

    /// The grouping key: folded, with runs of spaces made one.
    private static func appendKey(_ part: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
        var folded: [UInt8] = []
        TextFold.append(bytes: part, to: &folded)
        for byte in folded {
            let spaced = byte == 0x0A || byte == 0x09 || byte == 0x0D ? 0x20 : byte
            if spaced == 0x20 && key.last == 0x20 { continue }
            key.append(spaced)
        }
    }
}
