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
                    for row in ranges[part] {
                        if let candidates, !candidates.contains(row) { continue }
                        var length = -1  // folded text not made yet
                        var all = true
                        for w in terms.indices {
                            var inLabel = false
                            for (k, f) in facets.enumerated() where hits[w][offsets[k] + Int(codes[row, f])] {
                                inLabel = true
                                break
                            }
                            if inLabel { continue }
                            if length < 0 {
                                length = Self.foldSearchedText(name: UnsafeBufferPointer(rebasing: nameBytes[names.range(row)]),
                                                               benefits: UnsafeBufferPointer(rebasing: benefitBytes[benefits.range(row)]),
                                                               into: scratch)
                            }
                            if !terms[w].occurs(in: UnsafeBufferPointer(start: scratch, count: length)) {
                                all = false
                                break
                            }
                        }
                        if all { bits.insert(row) }
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
