import Foundation
import PortraitText

/// The orders in which facet values are listed, each written once for every front and writer:
/// largest first (tallies, charts, facet panes, bodies), the official order of the vocabulary (the
/// category, status and portfolio figures of a comparison of two editions), and editions latest first.
public enum ValueOrder {
    /// `items` largest first: by their counts from the last column to the first (one column for a tally,
    /// the newer edition's then the older's for a comparison), then by label folded for matching (case,
    /// accents), then by label as written, then in their given order.
    public static func largestFirst<T>(_ items: [T], counts: (T) -> [Int], label: (T) -> String) -> [T] {
        let keyed = items.enumerated().map { (position: $0.offset, item: $0.element, counts: counts($0.element),
                                              label: label($0.element)) }
        let folded = keyed.map { sortKey($0.label) }
        return keyed.indices.sorted { a, b in
            let (x, y) = (keyed[a], keyed[b])
            for column in x.counts.indices.reversed() where column < y.counts.count && x.counts[column] != y.counts[column] {
                return x.counts[column] > y.counts[column]
            }
            if folded[a] != folded[b] { return folded[a] < folded[b] }
            if x.label != y.label { return x.label < y.label }
            return x.position < y.position
        }.map { keyed[$0].item }
    }

    /// `items` in their order, those with a count first and those at 0 after them (the facet panes: a
    /// value no initiative has under the current filters goes below the others, each part keeping the
    /// pane's own order). One pass, no comparison: a pane of a million values costs a million steps.
    public static func countedFirst<T>(_ items: [T], count: (T) -> Int) -> [T] {
        var counted: [T] = [], zero: [T] = []
        counted.reserveCapacity(items.count)
        for item in items {
            if count(item) > 0 { counted.append(item) } else { zero.append(item) }
        }
        return counted + zero
    }

    /// Characters of a label folded to order it: labels that share them are then ordered as written, so a
    /// 60 MB value costs no more to place than a short one.
    static let sortKeyLength = 256

    /// The folded start of `label` that orders it.
    static func sortKey(_ label: String) -> String {
        TextFold.fold(label.utf8.count > sortKeyLength * 4 ? String(label.prefix(sortKeyLength)) : label)
    }

    /// `items` largest first by one count, then as the other form orders them, the folded keys compared
    /// byte by byte (the order of their characters). Made for a million values (a facet pane of as many
    /// bodies or benefits): the keys are folded once into one buffer and compared in place, with no String
    /// and no array per value.
    public static func largestFirst<T>(_ items: [T], count: (T) -> Int, label: (T) -> String) -> [T] {
        let counts = items.map(count)
        let labels = items.map(label)
        var folded: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(items.count + 1)
        for text in labels {
            TextFold.append(text.utf8.count > sortKeyLength * 4 ? Substring(text.prefix(sortKeyLength)) : Substring(text), to: &folded)
            starts.append(folded.count)
        }
        let order = folded.withUnsafeBufferPointer { keys in
            items.indices.sorted { a, b in
                if counts[a] != counts[b] { return counts[a] > counts[b] }
                let (x, y) = (keys[starts[a]..<starts[a + 1]], keys[starts[b]..<starts[b + 1]])
                if !x.elementsEqual(y) { return x.lexicographicallyPrecedes(y) }
                if labels[a] != labels[b] { return labels[a] < labels[b] }
                return a < b
            }
        }
        return order.map { items[$0] }
    }

    /// The value codes of `facet` among `codes` in the official order of its vocabulary (alphabetical in
    /// French for categories and portfolios: in English, by their English labels); values outside it
    /// follow, by label in `language` folded for matching, and a blank value comes last.
    public static func official(_ facet: Facet, codes: [Int], values: [FacetValue], language: Language) -> [Int] {
        var terms = facet.descriptor.terms
        if language == .en && facet.descriptor.officialOrderFollowsLanguage { terms.sort { TextFold.fold($0.en) < TextFold.fold($1.en) } }
        func rank(_ code: Int) -> (Int, String, String) {
            let value = values[code]
            if let term = value.term, let position = terms.firstIndex(of: term) { return (position, "", "") }
            let label = value.label(language)
            return (value.isBlank ? Int.max : terms.count, sortKey(label), label)
        }
        let ranks = Dictionary(uniqueKeysWithValues: codes.map { ($0, rank($0)) })
        return codes.sorted { a, b in
            let (x, y) = (ranks[a]!, ranks[b]!)
            return x != y ? x < y : a < b
        }
    }

    /// Edition labels latest first: numbers compared as numbers ("2025" before "2024", "v10" before "v9").
    public static func latestFirst(_ labels: [String]) -> [Int] {
        labels.indices.sorted {
            let order = labels[$0].compare(labels[$1], options: .numeric)
            return order != .orderedSame ? order == .orderedDescending : $0 < $1
        }
    }
}
