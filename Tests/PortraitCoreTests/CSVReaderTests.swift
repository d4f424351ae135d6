import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

@Suite struct CSVReaderTests {
    private func records(_ text: String, delimiter: Character = ",") throws -> [([String], Int)] {
        var out: [([String], Int)] = []
        try CSVReader(utf8: Array(text.utf8), dialect: CSVDialect(delimiter: delimiter.asciiValue!)).forEachRecord { out.append(($0, $1)) }
        return out
    }

    @Test func quotedFieldsWithDelimitersQuotesAndLineBreaks() throws {
        let rows = try records("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,y\n")
        #expect(rows.map(\.0) == [["a", "b,c", "say \"hi\""], ["two\nlines", "x", "y"]])
        #expect(rows.map(\.1) == [1, 2])
    }

    @Test func lineEndsLFCRLFAndLoneCR() throws {
        #expect(try records("a,b\r\nc,d\r\n").map(\.0) == [["a", "b"], ["c", "d"]])
        #expect(try records("a,b\rc,d\re,f").map(\.0) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(try records("a,b\rc,d\re,f").map(\.1) == [1, 2, 3])
    }

    @Test func blankLinesAreSkippedAndEmptyFieldsKept() throws {
        let rows = try records("a,,c\n\n,b,\n")
        #expect(rows.map(\.0) == [["a", "", "c"], ["", "b", ""]])
        #expect(rows.map(\.1) == [1, 3])
    }

    @Test func semicolonAndTab() throws {
        #expect(try records("a;b,c;d\n", delimiter: ";").map(\.0) == [["a", "b,c", "d"]])
        #expect(try records("a\tb c\td\n", delimiter: "\t").map(\.0) == [["a", "b c", "d"]])
    }

    @Test func unterminatedQuoteNamesTheLineItOpened() throws {
        #expect(throws: PortraitError(.badData, line: 2, .unterminatedQuote)) {
            try records("a,b\nc,\"d\ne\n")
        }
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        #expect(try records("\"ab\"cd,e\n").map(\.0) == [["abcd", "e"]])
    }

    @Test func delimiterDetection() {
        #expect(CSVDialect.detect(Array("Nom, du projet;Catégorie;Statut\nx;y;z\nu, v;w;t\n".utf8)).delimiter == 0x3B)
        #expect(CSVDialect.detect(Array("a,b,c\n\"x;y\",z,w\n1,2,3\n".utf8)).delimiter == 0x2C)
        #expect(CSVDialect.detect(Array("a\tb\tc\nx, y\tz\tw\n".utf8)).delimiter == 0x09)
        #expect(CSVDialect.detect(Array("a|b|c\nx, y|z|w\n".utf8)).delimiter == 0x7C)
        // A delimiter inside quotes on every line does not count: the real scanner reads the quotes.
        #expect(CSVDialect.detect(Array("a;b\n\"x,y,z\";w\n\"1,2,3\";4\n".utf8)) == CSVDialect(delimiter: 0x3B))
        // Single quotes quote only where no double quote is written.
        #expect(CSVDialect.detect(Array("a,b\n'x,y',z\n'1,2',3\n".utf8)) == CSVDialect(delimiter: 0x2C, quote: 0x27))
        #expect(CSVDialect.detect(Array("a,b\nl'IA,z\nd'abord,3\n".utf8)) == CSVDialect.standard)
        // A delimiter given keeps the quote detected.
        #expect(CSVDialect.detect(Array("a,b;c\n".utf8), delimiter: 0x3B).delimiter == 0x3B)
    }
}
