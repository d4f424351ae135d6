import Foundation
import PortraitData
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

/// How initiatives and bodies are recognised across editions: `IdentityKey` and `OrganisationAliases`.
@Suite struct IdentityAndAliasTests {
    @Test func identityIgnoresCaseAccentsAndSpaces() {
        let key = IdentityKey.of("Héma-Québec")
        #expect(IdentityKey.of("Héma-Québec ") == key)
        #expect(IdentityKey.of("HEMA-QUEBEC") == key)
        #expect(IdentityKey.of("  héma - québec") == key)
        #expect(IdentityKey.of("He\u{0301}ma-Que\u{0301}bec") == key)  // decomposed accents
        #expect(IdentityKey.of("Cégep\u{00A0}de Sept-Îles") == IdentityKey.of("Cegep de  Sept-Iles"))
        #expect(IdentityKey.of("Ministère de l’Éducation") == IdentityKey.of("Ministère de l'Éducation"))
        #expect(IdentityKey.of("CHU de Québec – UL") == IdentityKey.of("CHU de Québec - UL"))
        // Words and punctuation still count.
        #expect(IdentityKey.of("Université du Québec") != IdentityKey.of("Université du Québec à Montréal"))
        #expect(IdentityKey.of("CISSS de Laval") != IdentityKey.of("CIUSSS de Laval"))
        #expect(IdentityKey.of("Cégep de Sept-Îles") != IdentityKey.of("Cégep de Sept Îles"))
    }

    @Test func aliasesJoinNamesIntoOneBodyWhateverTheDirectionOrOrder() throws {
        let text = """
            alias,organisation,note
            Commission scolaire de Laval,Centre de services scolaire de Laval,renamed in 2020
            "CS de Laval",Commission scolaire de Laval,"abbreviation, chained"
            HEC Montréal,École des hautes études commerciales de Montréal,usual name

            """
        let aliases = try OrganisationAliases.parse(csv: Array(text.utf8))
        #expect(aliases.entries.count == 3)
        #expect(aliases.entries[1] == .init(alias: "CS de Laval", organisation: "Commission scolaire de Laval", note: "abbreviation, chained"))
        #expect(aliases.sameBody("centre de services scolaire de laval ", "CS de Laval"))
        #expect(aliases.sameBody("Commission scolaire de Laval", "Centre de services scolaire de Laval"))
        #expect(aliases.sameBody("HEC MONTRÉAL", "École des hautes études commerciales de Montréal"))
        #expect(!aliases.sameBody("HEC Montréal", "Centre de services scolaire de Laval"))
        // A name no line mentions keeps its own key.
        #expect(aliases.key(for: "Curateur public ") == IdentityKey.of("Curateur public"))
        // The same lines in another order and direction give the same keys.
        let reversed = OrganisationAliases(aliases.entries.reversed().map { .init(alias: $0.organisation, organisation: $0.alias) })
        for name in ["CS de Laval", "Commission scolaire de Laval", "HEC Montréal", "Autre"] {
            #expect(reversed.key(for: name) == aliases.key(for: name))
        }
    }

    @Test func aliasFileHeadersInFrenchWithSemicolonsAndWithoutNotes() throws {
        let text = "Alias;Organisme\r\nTÉLUQ;Télé-université\r\n"
        let aliases = try OrganisationAliases.parse(csv: Array(text.utf8))
        #expect(aliases.entries == [.init(alias: "TÉLUQ", organisation: "Télé-université")])
        #expect(aliases.sameBody("teluq", "Tele-universite"))
        #expect(OrganisationAliases.none.entries.isEmpty)
        #expect(aliases.merging(.none) == aliases)
    }

    @Test func badAliasFilesNameTheLine() throws {
        func failure(_ text: String) -> PortraitError? {
            do {
                _ = try OrganisationAliases.parse(csv: Array(text.utf8))
                return nil
            } catch {
                return error as? PortraitError
            }
        }
        let noColumns = failure("name,body\nA,B\n")
        #expect(noColumns?.kind == .badData)
        #expect(noColumns?.line == 1)
        #expect(noColumns?.reason.contains("alias and organisation") == true)
        let half = failure("alias,organisation\nA,B\nC,\n")
        #expect(half?.line == 3)
        #expect(half?.kind == .badData)
        #expect(failure("")?.reason.contains("empty alias file") == true)
        #expect(failure("alias,organisation\n\"A,B\n")?.kind == .badData)  // a quote never closed
        #expect(failure("\u{89}PNG\r\n")?.reason.contains("PNG") == true)
    }

    @Test func aliasFileReadFromDiskNamesTheFile() throws {
        #expect(throws: PortraitError(.noInput, file: "/nonexistent/aliases.csv", .noSuchFile)) {
            try OrganisationAliases.read(path: "/nonexistent/aliases.csv")
        }
        let folder = try Fixture.temporaryFolder()
        let path = folder.appendingPathComponent("aliases.csv").path
        try Data("alias,organisation\nA\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: PortraitError(.badData, file: path, line: 2, .aliasLineIncomplete)) {
            try OrganisationAliases.read(path: UserPath(path))
        }
    }

    /// The built-in mapping is well formed, is not an edition, and never joins two bodies that one
    /// embedded edition lists apart.
    @Test func theEmbeddedMappingIsSafeOnTheEmbeddedEditions() throws {
        #expect(EmbeddedData.aliasesFile.name == "organisation-aliases.csv")
        #expect(!EmbeddedData.files.map(\.name).contains(EmbeddedData.aliasesFile.name))
        let aliases = try OrganisationAliases.parse(csv: EmbeddedData.aliasesFile.bytes)
        #expect(aliases.entries.count >= 40)
        #expect(aliases.entries.allSatisfy { !$0.note.isEmpty })
        for file in EmbeddedData.decodedFiles {
            let store = try Loader.load(csvFiles: [file]).store
            let names = store.values(.organisation).map(\.raw)
            #expect(Set(names.map { aliases.key(for: $0) }).count == names.count, "\(file.name)")
        }
    }
}
