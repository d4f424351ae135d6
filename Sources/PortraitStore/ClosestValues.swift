import PortraitText

/// Ranks a facet's values by how close their labels are to text that matched none of them, for the
/// error that lists what could have been meant: each word of the text scores the longest start it shares
/// with a word of the labels (so `santee` is close to *Santé*, `reseu` to *Réseau*).
enum ClosestValues {
    /// The labels of the `limit` closest values, closest first (ties in alphabetical order of `labels`).
    static func ranked(_ text: String, labels: FoldedLabels, shown: [String], limit: Int = 8) -> [String] {
        let words = SearchTerm.terms(of: text).flatMap { SearchTerm(folded: $0).words }
        let scored = shown.indices.map { code -> (score: Int, label: String) in
            let labelWords = labels.text(code).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Array($0.utf8) }
            let score = words.reduce(0) { total, word in
                total + (labelWords.map { commonStart(word, $0) }.max() ?? 0)
            }
            return (score, shown[code])
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.label < $1.label }.prefix(limit).map(\.label)
    }

    private static func commonStart(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var n = 0
        while n < a.count, n < b.count, a[n] == b[n] { n += 1 }
        return n
    }
}
