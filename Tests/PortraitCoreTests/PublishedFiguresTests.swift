import Foundation
import PortraitTestSupport
import PortraitData
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// The embedded editions must agree with every figure the government published
/// (a copy of shared/facts/portrait-published-figures.json is a fixture).
@Suite struct PublishedFiguresTests {
    let facts: PublishedFacts
    let editions: [String: PortraitStore]

    init() throws {
        facts = try PublishedFacts.load()
        var editions: [String: PortraitStore] = [:]
        for file in EmbeddedData.decodedFiles {
            let loaded = try Loader.load(csvFiles: [file])
            editions[loaded.reports[0].edition] = loaded.store
        }
        self.editions = editions
    }

    private func counts(_ store: PortraitStore, _ facet: Facet) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: store.tally(facet, rows: Array(0..<store.count)).map { ($0.label, $0.count) })
    }

    private func expected(_ items: [PublishedFacts.Counted], year: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for item in items {
            let count = year == "2025" ? item.y2025 : item.y2024
            if count > 0 { out[item.fr] = count }
        }
        return out
    }

    @Test func bothEditionsAreEmbedded() {
        #expect(EmbeddedData.files.map(\.name) == ["portrait-2024.csv", "portrait-2025.csv"])
        #expect(Set(editions.keys) == ["2024", "2025"])
    }

    @Test(arguments: ["2024", "2025"])
    func totalsPerCategoryStatusAndPortfolio(year: String) throws {
        let store = try #require(editions[year])
        #expect(store.count == facts.editions[year]?.initiatives)
        #expect(counts(store, .organisation).count == facts.editions[year]?.organisations)
        #expect(counts(store, .category) == expected(facts.categories, year: year))
        #expect(counts(store, .status) == expected(facts.statuses, year: year))
        #expect(counts(store, .portfolio) == expected(facts.portfolios, year: year))
        // Every value is official: nothing unknown slipped in.
        for facet in [Facet.category, .status, .portfolio] {
            #expect(store.values(facet).allSatisfy { $0.isKnown })
        }
    }

    @Test func topOrganisationsWithTheirCountsInBothEditions() throws {
        let new = counts(try #require(editions["2025"]), .organisation)
        let old = counts(try #require(editions["2024"]), .organisation)
        for top in facts.topOrganisations2025 {
            let name = CellText.tidy(top.name)
            #expect(new[name] == top.y2025, "\(name) in 2025")
            #expect(old[name, default: 0] == top.y2024, "\(name) in 2024")
        }
        let topTen = new.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(10).map(\.value)
        #expect(topTen == facts.topOrganisations2025.map(\.y2025).sorted(by: >))
    }

    @Test func organisationsNewIn2025() throws {
        let store2025 = try #require(editions["2025"])
        let new = counts(store2025, .organisation)
        let old = counts(try #require(editions["2024"]), .organisation)
        let added = Set(new.keys).subtracting(old.keys)
        let published = facts.newOrganisations2025
        #expect(published.count == 58)
        #expect(added == Set(published.keys))
        for (name, count) in published { #expect(new[name] == count, "\(name)") }
        // Their portfolios, as published.
        var byPortfolio: [String: Int] = [:]
        for name in added {
            let code = try #require(store2025.values(.organisation).firstIndex { $0.raw == name })
            let row = try #require((0..<store2025.count).first { store2025.code(.organisation, row: $0) == code })
            byPortfolio[store2025.text(.portfolio, row: row), default: 0] += 1
        }
        #expect(byPortfolio == facts.newOrganisationsByPortfolio2025)
    }

    /// The comparison of the two embedded editions, with the built-in alias file, gives the published figures.
    @Test func comparisonOfTheEmbeddedEditions() throws {
        let store = try Loader.load(csvFiles: EmbeddedData.decodedFiles).store
        let editions = store.editions
        let aliases = try OrganisationAliases.parse(csv: EmbeddedData.aliasesFile.bytes)
        let comparison = EditionComparison(store: store, old: editions[0], new: editions[1], aliases: aliases)
        #expect(try comparison.old == .init(label: "2024", initiatives: facts.previous.initiatives, organisations: facts.previous.organisations))
        #expect(try comparison.new == .init(label: "2025", initiatives: facts.latest.initiatives, organisations: facts.latest.organisations))
        let published = facts.newOrganisations2025
        #expect(Dictionary(uniqueKeysWithValues: comparison.organisationsAdded.map { ($0.name, $0.new) }) == published)
        #expect(comparison.organisationsRemoved.count == 65 - (82 - 58))
        for (facet, items) in [(Facet.category, facts.categories), (.status, facts.statuses), (.portfolio, facts.portfolios)] {
            let expected = items.filter { $0.y2024 + $0.y2025 > 0 }.map { "\($0.fr) \($0.y2024) \($0.y2025)" }
            #expect(comparison.counts(facet).map { "\($0.value.label(.fr)) \($0.old) \($0.new)" } == expected)
        }
    }

    /// The official vocabulary carries the published labels and definitions, in French and in English.
    @Test func categoriesAndStatusesWithTheirDefinitionsInBothLanguages() {
        #expect(Vocabulary.categories.map(\.fr) == facts.categories.map(\.fr))
        #expect(Vocabulary.categories.map(\.en) == facts.categories.map(\.en))
        #expect(Vocabulary.categories.map(\.definitionFR) == facts.categories.map(\.definitionFR))
        #expect(Vocabulary.categories.map(\.definitionEN) == facts.categories.map(\.definitionEN))
        #expect(Vocabulary.statuses.map(\.en) == facts.statuses.map(\.en))
        #expect(Vocabulary.statuses.map(\.definitionEN) == facts.statuses.map(\.definitionEN))
        // The French status definitions are this project's translation: present for every status.
        #expect(Vocabulary.statuses.allSatisfy { $0.definition(.fr)?.isEmpty == false })
        #expect(Vocabulary.portfolios.map(\.fr) == facts.portfolios.map(\.fr))
        #expect(Vocabulary.portfolios.map(\.en) == facts.portfolios.map(\.en))
    }
}
