import PortraitCore
import Testing

/// The facet and field tables are whole: one entry per case in the cases' order (so a case added without
/// its entry fails here, not at run time), names that do not clash, and for each field a facet reads the
/// words that map a header to it.
@Suite struct FacetDescriptorTests {
    @Test func oneFacetEntryPerCaseInOrder() {
        #expect(FacetDescriptor.all.map(\.facet) == Facet.allCases)
        #expect(Facet.allCases.allSatisfy { $0.descriptor.facet == $0 && $0.index == Facet.allCases.firstIndex(of: $0) })
    }

    @Test func oneFieldEntryPerCaseInOrder() {
        #expect(FieldDescriptor.all.map(\.field) == Field.allCases)
        #expect(Field.allCases.allSatisfy { $0.descriptor.field == $0 && $0.position == Field.allCases.firstIndex(of: $0) })
        #expect(Set(FieldDescriptor.all.map(\.tieRank)).count == Field.allCases.count, "two fields share a tie rank")
    }

    @Test func namesDoNotClash() {
        let fields = FacetDescriptor.all.compactMap(\.field)
        #expect(Set(fields).count == fields.count, "two facets read one field")
        let options = FacetDescriptor.all.flatMap(\.options).map(\.name)
        #expect(Set(options).count == options.count)
        // The other filter options of `query`, `stats` and `diff`.
        for other in ["benefit", "search", "change", "edition", "sort", "labels", "lang", "format", "columns"] {
            #expect(!options.contains(other), "--\(other) is another option")
        }
        let words = FacetDescriptor.all.flatMap(\.countedBy)
        #expect(Set(words).count == words.count && !words.contains("benefit"))
        #expect(FacetDescriptor.all.allSatisfy { !$0.countedBy.isEmpty })
    }

    @Test func everyFieldAFacetReadsHasItsHeaderWords() {
        for entry in FacetDescriptor.all {
            guard let field = entry.field else { continue }
            #expect(HeaderVocabulary.keywords.contains { $0.field == field && $0.weight == 100 }, "\(field)")
            #expect(HeaderVocabulary.registerHeaders[field]?.count == 2, "\(field)")
            let resolved = FacetDescriptor.facet(reading: field)
            #expect(resolved == entry.facet)
        }
        #expect(FacetDescriptor.facet(reading: .name) == nil && FacetDescriptor.facet(reading: .benefits) == nil)
    }

    /// The writers' fields: each rank places one entry (so the order of `summary`, `diff` and the report is
    /// defined), what needs official terms has them, and `diff`'s words do not clash with its other keys.
    @Test func theWritersFieldsAreWhole() {
        let ranks: [(String, (FacetDescriptor) -> Int?)] = [
            ("summary", { $0.summary?.rank }), ("comparison", { $0.comparison?.rank }),
            ("table", { $0.comparison?.tableRank }), ("changes", { $0.comparison?.changes?.rank }),
            ("report total", { $0.reportTotal?.rank }), ("sort", { $0.sorting?.rank }),
        ]
        for (name, rank) in ranks {
            let given = FacetDescriptor.all.compactMap(rank)
            #expect(Set(given).count == given.count, "two entries share a \(name) rank")
            #expect(FacetDescriptor.ranked(by: rank).map(rank) == given.sorted(), "\(name)")
        }
        // `--sort`'s words: one per entry that sorts, none taken by file order or names.
        let words = FacetDescriptor.all.compactMap(\.sorting?.word) + ["file", "name"]
        #expect(Set(words).count == words.count, "two sort keys share a word")
        #expect(SortKey.allCases.map(\.rawValue) == ["file", "name"] + FacetDescriptor.ranked { $0.sorting?.rank }.compactMap(\.sorting?.word))
        let keys = FacetDescriptor.all.compactMap(\.comparison?.key)
        #expect(Set(keys).count == keys.count && !keys.isEmpty)
        for key in keys {
            #expect(!["edition", "initiatives", "organisations"].contains(key) && !key.hasPrefix("organisation") && !key.hasPrefix("initiative"))
        }
        for entry in FacetDescriptor.all {
            let needsTerms = entry.comparison != nil || entry.definitions != nil || entry.unknownNote != nil
            #expect(!needsTerms || (!entry.terms.isEmpty && entry.field != nil), "\(entry.facet): counts, definitions or notes without terms")
            if let note = entry.unknownNote {
                #expect(note.placeholders(.fr) == ["value"] && note.placeholders(.en) == ["value"], "\(entry.facet)")
            }
        }
    }

    @Test func aVocabularyFacetResolvesEachOfItsTerms() {
        for entry in FacetDescriptor.all where !entry.terms.isEmpty {
            let store = try? Loader.load(csvFiles: [("f.csv", Array("name,\(entry.field!.rawValue)\nx,\"\(entry.terms[0].en)\"\n".utf8))]).store
            #expect(store?.values(entry.facet).first?.term == entry.terms[0], "\(entry.facet)")
        }
    }
}
