import PortraitText

/// The search of a one-shot command applied while loading: a row is kept only when every term begins a
/// word of its name, its benefits or the labels of its searched facet values (see `SearchTerm`) — the same test as
/// `PortraitStore.scanMatches`, so the rows kept are exactly the rows that search would find. Rows that
/// fail are never copied into the store, which saves most of the loading work of a narrow question.
struct RowSearchFilter {
    /// The folded words, as `Query.searchWords` gives them.
    let words: [String]
    private let terms: [SearchTerm]
    /// Per searched facet and value code: bit 63 once computed, bit w when word w is in the value's labels.
    private var labelHits: [[UInt64]]
    private var scratch: [UInt8] = []
    private static let computed: UInt64 = 1 << 63

    /// A filter for `words`, or nil when no row would be left out (no usable word, or too many words for
    /// the bit masks, in which case the store's own search does the work).
    init?(words: [String]) {
        let usable = words.filter { !$0.isEmpty && !$0.utf8.contains(0) }
        guard !usable.isEmpty, usable.count < 63 else { return nil }
        self.words = usable
        terms = usable.map(SearchTerm.init(folded:))
        labelHits = Array(repeating: [], count: PortraitStore.searchedFacets.count)
    }

    /// Whether the row with tidied `name` and `benefits` and facet `codes` (indexed by `Facet.index`)
    /// holds every word; `values` are the facet values by `Facet.index` and code.
    mutating func accepts(name: [UInt8], benefits: [UInt8], codes: [UInt32], values: [[FacetValue]]) -> Bool {
        let all: UInt64 = (1 << UInt64(terms.count)) - 1
        var found: UInt64 = 0
        for (k, facet) in PortraitStore.searchedFacets.enumerated() {
            found |= hits(k, code: codes[facet.index], values: values, facet: facet.index)
        }
        if found & all == all { return true }
        let needed = name.count + benefits.count + 1
        let capacity = needed * TextFold.maximumExpansion + 16
        if scratch.count < capacity {
            // Room the fold writes before it is read: not filled first (a huge row's room is never touched whole).
            scratch = [UInt8](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
        }
        return scratch.withUnsafeMutableBufferPointer { buffer in
            let out = buffer.baseAddress!
            let length = name.withUnsafeBufferPointer { name in
                benefits.withUnsafeBufferPointer { PortraitStore.foldSearchedText(name: name, benefits: $0, into: out) }
            }
            let text = UnsafeBufferPointer(start: out, count: length)
            for w in terms.indices where found & (1 << UInt64(w)) == 0 {
                if !terms[w].occurs(in: text) { return false }
            }
            return true
        }
    }

    /// Which words the labels of value `code` of the k-th searched facet (`values[facet]`) hold, computed on
    /// first sight. The values are indexed only then: taking the facet's array for every row cost a retain.
    private mutating func hits(_ k: Int, code: UInt32, values: [[FacetValue]], facet: Int) -> UInt64 {
        let c = Int(code)
        if c < labelHits[k].count, labelHits[k][c] & Self.computed != 0 { return labelHits[k][c] }
        if c >= labelHits[k].count { labelHits[k] += [UInt64](repeating: 0, count: c + 1 - labelHits[k].count) }
        let labels = PortraitStore.foldedLabels(of: values[facet][c])
        var mask = Self.computed
        for (w, term) in terms.enumerated() where term.occurs(inFolded: labels) { mask |= 1 << UInt64(w) }
        labelHits[k][c] = mask
        return mask
    }
}
