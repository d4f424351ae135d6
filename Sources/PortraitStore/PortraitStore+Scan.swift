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
        // hits[w * labelCount + offsets[k] + code]: whether value `code` of searched facet k has term w in its labels.
        let facets = Self.searchedFacets.map(\.index)
        var starts: [Int] = [0]
        for f in facets { starts.append(starts[starts.count - 1] + foldedLabels[f].count) }
        let labelCount = starts[facets.count]
        let hitList: [Bool] = terms.flatMap { term in facets.flatMap { f in foldedLabels[f].matching(term) } }
        let parts = count >= 50_000 ? 2 : 1
        let splitRow = min(count, ((count / parts) + 63) / 64 * 64)
        let ranges = [0..<splitRow, splitRow..<count]
        let longest = longestSearchedText
        let results = PartResults(parts: parts)
        // Everything the rows are checked against is read through pointers: no reference counting per row,
        // which from two threads would also contend on the same counts.
        let memory = ScanMemory()
        defer { memory.release() }
        let matchers = memory.copy(terms.map(memory.matcher))
        let (hits, offsets, facetPositions) = (memory.copy(hitList), memory.copy(starts), memory.copy(facets))
        names.withView { names in
            benefits.withView { benefits in
                let inputs = ScanInputs(hits: hits, offsets: offsets, labelCount: labelCount, facets: facetPositions,
                                        codes: UnsafeBufferPointer(codes.storage), codeStride: codes.facets,
                                        names: names, benefits: benefits, terms: matchers)
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: longest * TextFold.maximumExpansion + 16)
                    defer { scratch.deallocate() }
                    var bits = RowBits(count: count)
                    bits.withUnsafeMutableWords { inputs.scan(ranges[part], among: candidates, into: $0, scratch: scratch) }
                    results.store(bits, part: part)
                }
            }
        }
        var result = results.take(0)
        if parts > 1 { result.formUnion(results.take(1)) }
        return result
    }
}

/// What a scan checks each row against, seen through pointers that stay valid for the whole scan and are
/// only read: shared by its threads without reference counting.
private struct ScanInputs: @unchecked Sendable {
    /// hits[w * labelCount + offsets[k] + code]: whether value `code` of searched facet k holds term w.
    let hits: UnsafeBufferPointer<Bool>
    let offsets: UnsafeBufferPointer<Int>
    let labelCount: Int
    /// The searched facets' positions in the code matrix.
    let facets: UnsafeBufferPointer<Int>
    let codes: UnsafeBufferPointer<UInt32>
    let codeStride: Int
    let names: TextColumnView
    let benefits: TextColumnView
    let terms: UnsafeBufferPointer<SearchTermMatcher>

    /// Sets in `bits` the rows of `range` (among `candidates` when given) that match. Candidates are
    /// their set bits, 64 rows at a time, checked in batches whose rows are first touched together (see
    /// `touch`).
    func scan(_ range: Range<Int>, among candidates: RowBits?, into bits: UnsafeMutableBufferPointer<UInt64>,
              scratch: UnsafeMutablePointer<UInt8>) {
        guard let candidates else {
            for row in range where matches(row, scratch: scratch) { bits[row >> 6] |= 1 << UInt64(row & 63) }
            return
        }
        let batch = UnsafeMutablePointer<Int>.allocate(capacity: Self.batchSize)
        defer { batch.deallocate() }
        var batched = 0
        func checkBatch() {
            touch(UnsafeBufferPointer(start: batch, count: batched), scratch: scratch)
            for k in 0..<batched where matches(batch[k], scratch: scratch) { bits[batch[k] >> 6] |= 1 << UInt64(batch[k] & 63) }
            batched = 0
        }
        for block in (range.lowerBound / 64)..<((range.upperBound + 63) / 64) {
            var word = candidates.words[block]
            while word != 0 {
                let row = block << 6 | word.trailingZeroBitCount
                if range.contains(row) {
                    batch[batched] = row
                    batched += 1
                    if batched == Self.batchSize { checkBatch() }
                }
                word &= word - 1
            }
        }
        checkBatch()
    }

    /// Rows checked together when they are scattered (the candidates of a phrase).
    static let batchSize = 32

    /// Reads a byte of each row's codes and at each end of its name, all before any row is checked: the
    /// reads do not wait for one another, so a batch of scattered rows comes into the cache in about the
    /// time one would (checking them one by one waits for memory on each). The bytes read are written to
    /// `scratch`, so that the reads are not left out.
    @inline(__always)
    func touch(_ rows: UnsafeBufferPointer<Int>, scratch: UnsafeMutablePointer<UInt8>) {
        var touched: UInt32 = 0
        for row in rows {
            let name = names.text(row)
            touched |= codes[row * codeStride]
            if !name.isEmpty { touched |= UInt32(name[0]) | UInt32(name[name.count - 1]) }
        }
        scratch[0] = UInt8(truncatingIfNeeded: touched)
    }

    /// Whether every term is in the row's searched labels, name or benefits. The name is folded first, and
    /// the benefits after it only when a term is not in the name (the same text as `foldSearchedText` gives,
    /// made in two steps). `scratch` has room for the longest name and benefits folded.
    @inline(__always)
    func matches(_ row: Int, scratch: UnsafeMutablePointer<UInt8>) -> Bool {
        var nameLength = -1, length = -1
        for w in 0..<terms.count {
            var inLabel = false
            for k in facets.indices where hits[w * labelCount + offsets[k] + Int(codes[row * codeStride + facets[k]])] {
                inLabel = true
                break
            }
            if inLabel { continue }
            let term = terms[w]
            if nameLength < 0 { nameLength = TextFold.fold(bytes: names.text(row), into: scratch) }
            if length < 0 {
                if term.occurs(in: UnsafeBufferPointer(start: scratch, count: nameLength)) { continue }
                scratch[nameLength] = 0
                length = nameLength + 1 + TextFold.fold(bytes: benefits.text(row), into: scratch + nameLength + 1)
            }
            if !term.occurs(in: UnsafeBufferPointer(start: scratch, count: length)) { return false }
        }
        return true
    }
}

/// Copies of what a scan reads, in memory it owns until `release` (called when the scan is over): read
/// through pointers, shared by the scan's threads without reference counting.
private final class ScanMemory {
    private var buffers: [UnsafeMutableRawPointer] = []

    /// `values` copied (their elements are plain values: Bool, Int, pointers).
    func copy<T>(_ values: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(values.count, 1))
        _ = buffer.initialize(from: values)
        buffers.append(UnsafeMutableRawPointer(buffer.baseAddress!))
        return UnsafeBufferPointer(rebasing: buffer[0..<values.count])
    }

    /// `term` seen through copies of its words.
    func matcher(_ term: SearchTerm) -> SearchTermMatcher {
        term.withMatcher { SearchTermMatcher(flat: copy(Array($0.flat)), ends: copy(Array($0.ends))) }
    }

    func release() {
        buffers.forEach { $0.deallocate() }
        buffers = []
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
