import Dispatch
import Synchronization

extension PortraitStore {
    /// Rows where every word is in the name, the benefits or a searched facet's labels, found by folding
    /// each row's text once, on both cores. Rows are split at multiples of 64 so the halves never share a
    /// word of the bitset.
    func scanMatches(words: [String]) -> RowBits {
        let needles = words.map { Array($0.utf8) }
        // Per searched facet and word: which values' labels hold the word.
        let valueHits: [(facet: Int, hits: [[Bool]])] = Self.searchedFacets.map { facet in
            (facet.index, needles.indices.map { w in foldedLabels[facet.index].map { $0.contains(words[w]) } })
        }
        let parts = count >= 50_000 ? 2 : 1
        let splitRow = ((count / parts) + 63) / 64 * 64
        let halves = [0..<min(splitRow, count), min(splitRow, count)..<count]
        let results = PartResults(parts: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var bits = RowBits(count: count)
            var scratch: [UInt8] = []
            for row in halves[part] {
                var folded = false
                var all = true
                for w in needles.indices {
                    if valueHits.contains(where: { $0.hits[w][Int(codes[row, $0.facet])] }) { continue }
                    if !folded {
                        scratch.removeAll(keepingCapacity: true)
                        names.bytes.withUnsafeBufferPointer { TextFold.append(bytes: UnsafeBufferPointer(rebasing: $0[names.range(row)]), to: &scratch) }
                        scratch.append(0)
                        benefits.bytes.withUnsafeBufferPointer { TextFold.append(bytes: UnsafeBufferPointer(rebasing: $0[benefits.range(row)]), to: &scratch) }
                        folded = true
                    }
                    let found = scratch.withUnsafeBufferPointer { Self.find(needles[w], in: $0, from: 0) != nil }
                    if !found {
                        all = false
                        break
                    }
                }
                if all { bits.insert(row) }
            }
            results.store(bits, part: part)
        }
        var result = results.take(0)
        if parts > 1 { result.formUnion(results.take(1)) }
        return result
    }
}

/// The bitsets of the parts of a parallel scan; each part writes its own slot once.
private final class PartResults: Sendable {
    private let slots: Mutex<[RowBits?]>

    init(parts: Int) { slots = Mutex(Array(repeating: nil, count: parts)) }

    func store(_ bits: RowBits, part: Int) { slots.withLock { $0[part] = bits } }

    func take(_ part: Int) -> RowBits { slots.withLock { $0[part] } ?? RowBits(count: 0) }
}
