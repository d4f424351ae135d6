import PortraitText

/// The folded labels of one facet's values (as written, French, English), in one contiguous buffer, so
/// that finding the values a search term matches is one pass of `memchr` over the buffer, whatever the
/// number of values (200,000 distinct bodies cost no String per value and keystroke).
struct FoldedLabels: Sendable {
    /// Each value's folded labels joined by U+0001, followed by a NUL.
    private let bytes: [UInt8]
    /// Start of each value's labels in `bytes`, and the end of the buffer last.
    private let starts: [Int]

    init(_ values: [FacetValue]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(values.count + 1)
        for value in values {
            starts.append(bytes.count)
            TextFold.append(value.raw, to: &bytes)
            if let term = value.term {
                bytes.append(0x01)
                TextFold.append(term.fr, to: &bytes)
                bytes.append(0x01)
                TextFold.append(term.en, to: &bytes)
            }
            bytes.append(0)
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
    }

    /// Number of values.
    var count: Int { starts.count - 1 }

    /// For every value code, whether `term` occurs in its labels.
    func matching(_ term: SearchTerm) -> [Bool] {
        var hits = [Bool](repeating: false, count: count)
        for code in codes(matching: term) { hits[code] = true }
        return hits
    }

    /// The value codes whose labels hold `term`, in order.
    func codes(matching term: SearchTerm) -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            var found: [Int] = []
            var offset = 0
            while offset < all.count, let match = term.firstMatch(in: all, from: offset) {
                let code = value(at: match.lowerBound)
                found.append(code)
                offset = starts[code + 1]
            }
            return found
        }
    }

    /// The value codes whose folded labels, with ASCII spaces and punctuation left out, are the bytes of
    /// `key` (`VocabularyIndex.key`, which keeps a-z, 0-9 and every non-ASCII scalar): for a facet whose
    /// values have no official term (the benefits), the values `VocabularyIndex.key` equates with `key`,
    /// found without a `String` per value.
    func codes(withKey key: String) -> [Int] {
        let key = Array(key.utf8)
        return bytes.withUnsafeBufferPointer { all in
            (0..<count).filter { code in
                var matched = 0
                for byte in all[starts[code]..<(starts[code + 1] - 1)]
                where (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                    guard matched < key.count, key[matched] == byte else { return false }
                    matched += 1
                }
                return matched == key.count
            }
        }
    }

    /// Whether `term` occurs in the labels of value `code`.
    func holds(_ term: SearchTerm, code: Int) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            term.occurs(in: UnsafeBufferPointer(rebasing: all[starts[code]..<(starts[code + 1] - 1)]))
        }
    }

    /// The folded labels of value `code`, joined by U+0001.
    func text(_ code: Int) -> String {
        String(decoding: bytes[starts[code]..<(starts[code + 1] - 1)], as: UTF8.self)
    }

    /// Whether value `a`'s folded labels come before value `b`'s in byte order (a label before the longer
    /// labels it begins), read in place: sorting a million values makes no String.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            let (x, y) = (all[starts[a]..<(starts[a + 1] - 1)], all[starts[b]..<(starts[b + 1] - 1)])
            return x.lexicographicallyPrecedes(y)
        }
    }

    /// The value whose labels hold byte `offset`.
    private func value(at offset: Int) -> Int {
        var low = 0, high = count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
