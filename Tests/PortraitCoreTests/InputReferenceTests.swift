import Foundation
import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
import PortraitCore
import PortraitTestSupport

/// The one decoder and the dialect detection against references that share no code with them (Swift's
/// and Foundation's own encoders, the cells that were written), over generated text that reaches every
/// Unicode category (`TextFoldTests.scalarPool`).
@Suite struct InputReferenceTests {
    static let pool = TextFoldTests.scalarPool(perCategory: 30, seed: 2026)

    static func texts(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            String(String.UnicodeScalarView((0..<(1 + Int(random.next() % 40))).map { _ in pool[Int(random.next() % UInt64(pool.count))] }))
        }
    }

    /// Text in UTF-8 (with or without BOM), UTF-16 LE or BE (with a BOM), and, for what Windows-1252 can
    /// write, Windows-1252: decoded to the UTF-8 Swift writes, in the encoding it was written in.
    @Test func theDecoderReadsBackWhatEachEncoderWrote() throws {
        for text in Self.texts(count: 1500, seed: 5) {
            // A letter first: a text of marks alone could pass for binary or for BOM-less UTF-16.
            let text = "Nom " + text
            let utf8 = Array(text.utf8)
            #expect(try ByteDecoder.decode(utf8) == (utf8, .utf8))
            #expect(try ByteDecoder.decode([0xEF, 0xBB, 0xBF] + utf8) == (utf8, .utf8BOM))
            let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            #expect(try ByteDecoder.decode(le) == (utf8, .utf16LE))
            #expect(try ByteDecoder.decode(be) == (utf8, .utf16BE))
            #expect(try ByteDecoder.decode(le, as: .utf16LE).utf8 == utf8)
            // Ended by a full stop: a file that ends in a lead byte reads as UTF-8 cut short.
            let latin = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value < 0x80 || (0xA0...0xFF).contains($0.value) })) + "."
            if let cp1252 = latin.data(using: .windowsCP1252), latin.unicodeScalars.contains(where: { $0.value >= 0xA0 }) {
                // Detected when no run of its bytes happens to be UTF-8 ("Ã©" is, and reads as "é").
                if ByteDecoder.repairUTF8(Array(cp1252)).validSequences == 0 {
                    #expect(try ByteDecoder.decode(Array(cp1252)) == (Array(latin.utf8), .windows1252), "\(latin)")
                }
                #expect(try ByteDecoder.decode(Array(cp1252), as: .windows1252).utf8 == Array(latin.utf8))
            }
        }
    }

    /// The loader's one hand-written validator agrees with the standard library's on text from every
    /// category, cut and damaged at random.
    @Test func utf8ValidationAgreesWithTheStandardLibraryOnEveryCategory() {
        var random = SeededRandom(seed: 9)
        for text in Self.texts(count: 3000, seed: 6) {
            var bytes = Array(text.utf8)
            if random.next() % 2 == 0, !bytes.isEmpty { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next()) }
            if random.next() % 3 == 0 { bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count + 1)))) }
            #expect(ByteDecoder.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            // The repair reads each byte that is not UTF-8 alone and keeps every valid sequence.
            let repaired = ByteDecoder.repairUTF8(bytes).utf8
            #expect(String(validating: repaired, as: UTF8.self) != nil)
            if String(validating: bytes, as: UTF8.self) != nil { #expect(repaired == bytes) }
        }
    }

    /// Cells from every category, holding delimiters, quotes and line breaks, written in each dialect (every
    /// field with such a character quoted, quotes doubled): the detection finds the dialect and the reader
    /// gives back the cells.
    @Test func theDialectIsFoundAndTheCellsReadBack() throws {
        var random = SeededRandom(seed: 12)
        let extras: [Unicode.Scalar] = [",", ";", "\t", "|", "\"", "'", "\n", " "]
        for dialect in [CSVDialect(delimiter: 0x2C), CSVDialect(delimiter: 0x3B), CSVDialect(delimiter: 0x09), CSVDialect(delimiter: 0x7C),
                        CSVDialect(delimiter: 0x3B, quote: 0x27)] {
            let quote = String(Unicode.Scalar(dialect.quote))
            let delimiter = String(Unicode.Scalar(dialect.delimiter))
            var rows: [[String]] = []
            for _ in 0..<40 {
                rows.append((0..<6).map { _ in
                    let scalars = (0..<(1 + Int(random.next() % 12))).map { _ -> Unicode.Scalar in
                        random.next() % 5 == 0 ? extras[Int(random.next() % UInt64(extras.count))]
                            : Self.pool[Int(random.next() % UInt64(Self.pool.count))]
                    }.filter { $0 != "\u{22}" || dialect.quote == 0x22 }  // a single-quoted file has no double quote
                    // A letter first: the scanner drops spaces before an opening quote.
                    return "x" + String(String.UnicodeScalarView(scalars))
                })
            }
            func field(_ cell: String) -> String {
                // By bytes: a delimiter followed by a combining mark is one character, yet a delimiter to the scanner.
                let special = cell.utf8.contains { $0 == dialect.quote || $0 == dialect.delimiter || $0 == 0x0A || $0 == 0x0D }
                guard special else { return cell }
                let doubled = cell.utf8.flatMap { $0 == dialect.quote ? [$0, $0] : [$0] }
                return String(quote) + String(decoding: doubled, as: UTF8.self) + String(quote)
            }
            let text = rows.map { $0.map(field).joined(separator: delimiter) }.joined(separator: "\n") + "\n"
            let bytes = Array(text.utf8)
            #expect(CSVDialect.detect(bytes) == dialect, "\(dialect)")
            var read: [[String]] = []
            try CSVReader(utf8: bytes, dialect: CSVDialect.detect(bytes)).forEachRecord { cells, _ in read.append(cells) }
            let differs = zip(read, rows).first { $0 != $1 }.map { pair in
                (pair.0.map { $0.unicodeScalars.map { String($0.value, radix: 16) } }, pair.1.map { $0.unicodeScalars.map { String($0.value, radix: 16) } })
            }
            #expect(read.count == rows.count && differs == nil, "\(dialect): \(read.count) records; first that differs: \(String(describing: differs))")
        }
    }
}

extension InputReferenceTests {
    /// What a file is, over text from every category: a CSV line is text whatever it holds, and the same
    /// text inside a page's table, after any doctype, XML declaration or first tag, is a page.
    @Test func whatAFileIsOverTextFromEveryCategory() throws {
        for text in Self.texts(count: 1500, seed: 31) {
            let line = "Nom," + text.replacingOccurrences(of: "<", with: "") + "\n"
            #expect(try FileSniffer.kind(of: Array(line.utf8)) == .text, "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            for start in ["<!DOCTYPE html>", "<?xml version=\"1.0\"?>\n<html>", "<section>", "<div>", ""] {
                let page = start + "<p>" + text + "</p><table><tr><td>Nom</td></tr></table>"
                #expect(try FileSniffer.kind(of: Array(page.utf8)) == .html, "\(start)")
            }
        }
    }
}

/// A text column's offsets are 32-bit: a row (or a file merged) that would take a column past its limit is
/// refused with a message naming the column and the line, never stored with offsets that wrap.
@Suite struct TextColumnLimitTests {
    @Test func aRowPastTheLimitIsRefusedNotTruncated() throws {
        #expect(TextColumn.maximumBytes == Int(UInt32.max))
        var builder = PortraitStoreBuilder()
        builder.textByteLimit = 40
        builder.beginSource(edition: "2025", extraHeaders: ["Note"])
        var codes = [UInt32](repeating: 0, count: Facet.allCases.count)
        for facet in Facet.allCases where facet != .edition {
            codes[facet.index] = Array("Finances".utf8).withUnsafeBufferPointer { builder.facetCode(facet, raw: $0).code }
        }
        try builder.append(name: Array("Tri des courriels".utf8), benefits: [], codes: codes, extraValues: ["n"], line: 2)
        try builder.append(name: Array("Tri des factures".utf8), benefits: [], codes: codes, extraValues: ["n"], line: 3)
        let error = try #require(throws: PortraitError.self) {
            try builder.append(name: Array("Lecture des formulaires".utf8), benefits: [], codes: codes, extraValues: ["n"], line: 4)
        }
        #expect(error.line == 4 && error.message == .textTooLarge && error.values["column"] == "name")
        #expect(builder.count == 2)
        // An extra column fills up too.
        let note = try #require(throws: PortraitError.self) {
            try builder.append(name: [], benefits: [], codes: codes, extraValues: [String(repeating: "n", count: 60)], line: 5)
        }
        #expect(note.values["column"] == "Note")
        // A builder merged whole or not at all.
        var other = PortraitStoreBuilder()
        other.beginSource(edition: "2024", extraHeaders: [])
        for facet in Facet.allCases where facet != .edition {
            codes[facet.index] = Array("Finances".utf8).withUnsafeBufferPointer { other.facetCode(facet, raw: $0).code }
        }
        try other.append(name: Array("Un nom assez long pour dépasser".utf8), benefits: [], codes: codes, extraValues: [], line: 2)
        #expect(throws: PortraitError.self) { try builder.merge(other, lineOffset: 0) }
        #expect(builder.count == 2 && builder.build().text(.name, row: 1) == "Tri des factures")
    }
}
