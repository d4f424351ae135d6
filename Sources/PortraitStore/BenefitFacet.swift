import PortraitText

/// The benefits as a multi-valued facet: each initiative's `Bénéfices` split on `;` (and on line breaks,
/// which some files use between benefits), trimmed, each distinct
/// benefit counted once per initiative. Benefits group when they fold alike (case, accents, spaces) and
/// show as first written. Built from the stored benefits on first need, so loading and every query that
/// does not ask for benefits never pay for it.
public struct BenefitFacet: Sendable {
    /// The distinct benefits, as first written, indexed by code.
    public let values: [String]
    /// Codes of row r: codes[starts[r] ..< starts[r + 1]], each once.
    let starts: [UInt32]
    let codes: [UInt32]
    /// The benefits' folded text, for matching values given on the command line.
    let labels: FoldedLabels

    /// The facet of `rows` rows from their `benefits` (a store loaded without text has none: no benefits).
    init(benefits: TextColumn, rows: Int) {
        var interner = ByteInterner(capacity: 1 << 10)
        var values: [String] = []
        var starts: [UInt32] = [0]
        var codes: [UInt32] = []
        starts.reserveCapacity(benefits.count + 1)
        var key: [UInt8] = []
        benefits.bytes.withUnsafeBufferPointer { all in
            for row in 0..<min(benefits.count, rows) {
                let rowStart = codes.count
                let range = benefits.range(row)
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
                    if !codes[rowStart...].contains(code) { codes.append(code) }
                }
                starts.append(UInt32(truncatingIfNeeded: codes.count))
            }
        }
        while starts.count < rows + 1 { starts.append(UInt32(truncatingIfNeeded: codes.count)) }
        self.values = values
        self.starts = starts
        self.codes = codes
        labels = FoldedLabels(values.map { FacetValue(raw: $0, term: nil) })
    }

    /// The benefit codes of `row`.
    public func codes(row: Int) -> ArraySlice<UInt32> { codes[Int(starts[row])..<Int(starts[row + 1])] }

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
