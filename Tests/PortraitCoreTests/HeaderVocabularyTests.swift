import Testing
@testable import PortraitText
@testable import PortraitLoad

/// The candidates' scores are one table (`HeaderVocabulary`): each keyword alone names the field that
/// weighs it most, a header naming a body or a portfolio is never the name, and the headers of other
/// governments' inventories map by meaning.
@Suite struct HeaderVocabularyTests {
    @Test func eachKeywordAloneNamesTheFieldThatWeighsItMost() {
        for keyword in HeaderVocabulary.keywords {
            let best = HeaderVocabulary.keywords.filter { $0.text == keyword.text }.max { $0.weight < $1.weight }!
            if keyword.field == best.field {
                #expect(HeaderMapper.field(forHeader: keyword.text) == keyword.field, "\(keyword.text)")
            }
        }
    }

    @Test func aBodysOrPortfoliosHeaderIsNeverTheName() {
        for word in HeaderVocabulary.vetoesName {
            for header in ["\(word)_name", "Name of the \(word)", "\(word) title", "Nom \(word)"] {
                #expect(HeaderMapper.field(forHeader: header) != .name, "\(header)")
                let columns = HeaderMapper.map(headers: [header, "status"])
                #expect(columns[.name] == nil, "\(header)")
            }
        }
        #expect(HeaderMapper.field(forHeader: "agency_name") == .organisation)
        #expect(HeaderMapper.field(forHeader: "Nom de l'organisme") == .organisation)
    }

    @Test func otherGovernmentsHeadersMapByMeaning() {
        let us = ["use_case_id", "use_case_name", "agency_name", "bureau", "use_case_topic_area", "purpose_benefits", "stage_of_development"]
        let columns = HeaderMapper.map(headers: us)
        #expect(columns == [.name: 1, .portfolio: 2, .organisation: 3, .category: 4, .benefits: 5, .status: 6])
        let mapping = ColumnMapping(columns: columns, headers: us, headerRecord: 0)
        #expect(mapping.isGuess && !mapping.isRegisterHeader)
        // The register's own headers, and portrait's export titles, are not a guess; only the former are the register's.
        let french = HeaderVocabulary.registerHeaders.sorted { $0.key.rawValue < $1.key.rawValue }.map { $0.value[0] }
        let own = ColumnMapping(columns: HeaderMapper.map(headers: french), headers: french, headerRecord: 0)
        #expect(!own.isGuess && own.isRegisterHeader && own.columns.count == 6)
        let titles = Field.allCases.map { $0.title(.en) }
        let export = ColumnMapping(columns: HeaderMapper.map(headers: titles), headers: titles, headerRecord: 0)
        #expect(!export.isGuess && !export.isRegisterHeader)
        // A name and a status suffice; a name alone, or a single cell, does not make a header.
        #expect(HeaderMapper.isHeader(HeaderMapper.map(headers: ["identifier", "name", "description", "status"])))
        #expect(!HeaderMapper.isHeader(HeaderMapper.map(headers: ["name", "description"])))
        #expect(!HeaderMapper.isHeader(HeaderMapper.map(headers: ["Nom du projet et statut"])))
    }

    @Test func candidatesAreScoredBestFirst() {
        let candidates = HeaderMapper.candidates(headers: ["use_case_id", "use_case_name", "agency_name"])
        #expect(candidates[.name]?.map(\.column) == [1, 0])
        #expect(candidates[.name]?.first?.score == 40)
        #expect(candidates[.organisation]?.map(\.column) == [2])
    }
}
