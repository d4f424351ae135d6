import Dispatch
import Synchronization
import PortraitText

extension PortraitStore {
    /// Rows (among `candidates` when given) where every term begins a word of the name, the benefits or a
    /// searched facet's labels, found by folding
    /// each row's text once, on both cores. Rows are split at multiples of 64 so the halves never share a
    /// word of the bitset.
    func scanMatches(words: [String], among candidates: RowBits? = nil) -> RowBits {
        let terms = words.map(SearchTerm.init(folded:))
        // hits[w][offset[f] + code]: whether value `code` of searched facet f has term w in its labels.
        let facets = Self.searchedFacets.map(\.index)
        var starts: [Int] = [0]
        for f in facets { starts.append(starts[starts.count - 1] + foldedLabels[f].count) }
        let offsets = starts
        let hits: [[Bool]] = terms.map { term in facets.flatMap { f in foldedLabels[f].matching(term) } }
        let parts = count >= 50_000 ? 2 : 1
        let splitRow = min(count, ((count / parts) + 63) / 64 * 64)
        let ranges = [0..<splitRow, splitRow..<count]
        let longest = longestSearchedText
        let results = PartResults(parts: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var bits = RowBits(count: count)
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: longest * TextFold.maximumExpansion + 16)
            defer { scratch.deallocate() }
            names.bytes.withUnsafeBufferPointer { nameBytes in
                benefits.bytes.withUnsafeBufferPointer { benefitBytes in
                    // Only the candidates' rows when given: their set bits, 64 rows at a time.
                    var rowsToCheck: [Int] = []
                    if let candidates {
                        let part = ranges[part]
                        for block in (part.lowerBound / 64)..<((part.upperBound + 63) / 64) {
                            var word = candidates.words[block]
                            while word != 0 {
                                let row = block << 6 | word.trailingZeroBitCount
                                if part.contains(row) { rowsToCheck.append(row) }
                                word &= word - 1
                            }
                        }
                    }
                    func check(_ row: Int) {
                        // The name is folded first, and the benefits after it only when a term is not in the
                        // name (the same text as `foldSearchedText` gives, made in two steps).
                        var nameLength = -1, length = -1
                        var all = true
                        for w in terms.indices {
                            var inLabel = false
                            for (k, f) in facets.enumerated() where hits[w][offsets[k] + Int(codes[row, f])] {
                                inLabel = true
                                break
                            }
                            if inLabel { continue }
                            if nameLength < 0 {
                                nameLength = TextFold.fold(bytes: UnsafeBufferPointer(rebasing: nameBytes[names.range(row)]), into: scratch)
                            }
                            if length < 0 {
                                if terms[w].occurs(in: UnsafeBufferPointer(start: scratch, count: nameLength)) { continue }
                                scratch[nameLength] = 0
                                length = nameLength + 1 + TextFold.fold(bytes: UnsafeBufferPointer(rebasing: benefitBytes[benefits.range(row)]),
                                                                        into: scratch + nameLength + 1)
                            }
                            if !terms[w].occurs(in: UnsafeBufferPointer(start: scratch, count: length)) {
                                all = false
                                break
                            }
                        }
                        if all { bits.insert(row) }
                    }
                    if candidates == nil {
                        for row in ranges[part] { check(row) }
                    } else {
                        for row in rowsToCheck { check(row) }
                    }
                }
            }
            results.store(bits, part: part)
        }
        var result = results.take(0)
        if parts > 1 { result.formUnion(results.take(1)) }
        return result
    }
}

extension PortraitStore {
    /// Writes the folded name, a NUL, then the folded benefits of a row into `out` (room for
    /// `TextFold.maximumExpansion` times their bytes, plus one); returns the length. The text a search word
    /// is looked for in, besides the facet labels.
    static func foldSearchedText(name: UnsafeBufferPointer<UInt8>, benefits: UnsafeBufferPointer<UInt8>,
                                 into out: UnsafeMutablePointer<UInt8>) -> Int {
        var length = TextFold.fold(bytes: name, into: out)
        out[length] = 0
        length += 1
        return length + TextFold.fold(bytes: benefits, into: out + length)
    }
}

/// The bitsets of the parts of a parallel scan; each part writes its own slot once.
private final class PartResults: Sendable {
    private let slots: Mutex<[RowBits?]>

    init(parts: Int) { slots = Mutex(Array(repeating: nil, count: parts)) }

    func store(_ bits: RowBits, part: Int) { slots.withLock { $0[part] = bits } }

    func take(_ part: Int) -> RowBits { slots.withLock { $0[part] } ?? RowBits(count: 0) }
}
