/// The free-text fields of every row (name and benefits), kept as token ids into one dictionary of
/// distinct words: text repeats a lot across rows, so this takes a fraction of the bytes, and search
/// only has to look at each distinct word once. Splitting at spaces and line breaks, with the kind of
/// separator kept per token, gives back the exact text.
struct TokenText: Sendable {
    /// Distinct tokens, as written.
    private(set) var dictionary = ByteInterner(capacity: 1 << 14)
    /// Token ids in row order; the top bit marks a token preceded by a line break rather than a space.
    private(set) var tokens: [UInt32] = []
    /// Start of each field in `tokens`: field f of row r spans starts[r * fieldCount + f] ..< the next.
    private var starts: [UInt32] = [0]
    let fieldCount: Int

    static let newlineFlag: UInt32 = 1 << 31

    init(fieldCount: Int) {
        self.fieldCount = fieldCount
    }

    var rowCount: Int { (starts.count - 1) / fieldCount }

    /// Appends one field's text (valid UTF-8); call `fieldCount` times per row.
    mutating func appendField(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress, !text.isEmpty else {
            starts.append(UInt32(truncatingIfNeeded: tokens.count))
            return
        }
        var start = 0
        var flag: UInt32 = 0
        let n = text.count
        var i = 0
        while i <= n {
            if i == n || base[i] == 0x20 || base[i] == 0x0A {
                let id = dictionary.intern(UnsafeBufferPointer(start: base + start, count: i - start)).id
                tokens.append(UInt32(truncatingIfNeeded: id) | flag)
                if i < n { flag = base[i] == 0x0A ? Self.newlineFlag : 0 }
                start = i + 1
            }
            i += 1
        }
        starts.append(UInt32(truncatingIfNeeded: tokens.count))
    }

    /// Appends every row of `other`, re-numbering its tokens into this dictionary.
    mutating func append(_ other: TokenText) {
        var map = [UInt32](repeating: 0, count: other.dictionary.count)
        other.dictionary.bytes.withUnsafeBufferPointer { all in
            for id in 0..<other.dictionary.count {
                map[id] = UInt32(truncatingIfNeeded: dictionary.intern(UnsafeBufferPointer(rebasing: all[other.dictionary.range(id)])).id)
            }
        }
        let shift = UInt32(truncatingIfNeeded: tokens.count)
        tokens.reserveCapacity(tokens.count + other.tokens.count)
        for token in other.tokens { tokens.append(map[Int(token & ~Self.newlineFlag)] | (token & Self.newlineFlag)) }
        starts.reserveCapacity(starts.count + other.starts.count)
        for k in 1..<other.starts.count { starts.append(other.starts[k] + shift) }
    }

    /// Reserves room for about `tokenCount` more tokens and `rows` more rows.
    mutating func reserve(tokens tokenCount: Int, rows: Int) {
        tokens.reserveCapacity(tokens.count + tokenCount)
        starts.reserveCapacity(starts.count + rows * fieldCount)
    }

    /// Token range of field `field` of `row`.
    func span(row: Int, field: Int) -> Range<Int> {
        let k = row * fieldCount + field
        return Int(starts[k])..<Int(starts[k + 1])
    }

    /// The text of field `field` of `row`.
    func text(row: Int, field: Int) -> String {
        let span = span(row: row, field: field)
        guard !span.isEmpty else { return "" }
        var bytes: [UInt8] = []
        dictionary.bytes.withUnsafeBufferPointer { all in
            for k in span {
                let token = tokens[k]
                if k > span.lowerBound { bytes.append(token & Self.newlineFlag != 0 ? 0x0A : 0x20) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: all[dictionary.range(Int(token & ~Self.newlineFlag))]))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Token ids (without flags) of every field of `row`.
    func tokenIDs(row: Int) -> ArraySlice<UInt32> {
        tokens[Int(starts[row * fieldCount])..<Int(starts[(row + 1) * fieldCount])]
    }
}
