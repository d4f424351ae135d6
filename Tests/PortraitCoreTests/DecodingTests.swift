import Testing
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
@testable import PortraitCompare
@testable import PortraitOutput
import PortraitCore

@Suite struct DecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        let plain = Array("Québec".utf8)
        #expect(try ByteDecoder.decode(plain) == (plain, .utf8))
        let (body, encoding) = try ByteDecoder.decode([0xEF, 0xBB, 0xBF] + plain)
        #expect(body == plain && encoding == .utf8BOM)
    }

    @Test func utf16WithBOMBothOrders() throws {
        let le: [UInt8] = [0xFF, 0xFE] + Array("Qué".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + Array("Qué".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try ByteDecoder.decode(le).utf8 == Array("Qué".utf8))
        #expect(try ByteDecoder.decode(le).encoding == .utf16LE)
        #expect(try ByteDecoder.decode(be).utf8 == Array("Qué".utf8))
        #expect(try ByteDecoder.decode(be).encoding == .utf16BE)
    }

    @Test func windows1252WhenNotUTF8() throws {
        // "Forêts – l’IA" in Windows-1252.
        let bytes: [UInt8] = [0x46, 0x6F, 0x72, 0xEA, 0x74, 0x73, 0x20, 0x96, 0x20, 0x6C, 0x92, 0x49, 0x41]
        let decoded = try ByteDecoder.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "Forêts – l’IA")
    }

    /// A file cut short inside its last character is still UTF-8: reading it all as Windows-1252 would
    /// garble every accent (and the headers with them) for the sake of one broken character.
    @Test(arguments: [[0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98]] as [[UInt8]])
    func utf8CutInTheMiddleOfACharacterStaysUTF8(tail: [UInt8]) throws {
        let text = Array("Catégorie;Bénéfices\nQuébec;x".utf8)
        let decoded = try ByteDecoder.decode(text + tail)
        #expect(decoded.encoding == .utf8CutShort)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "Catégorie;Bénéfices\nQuébec;x\u{FFFD}")
        let withBOM = try ByteDecoder.decode([0xEF, 0xBB, 0xBF] + text + tail)
        #expect(withBOM.utf8 == decoded.utf8 && withBOM.encoding == .utf8CutShort)
    }

    @Test func onlyTheLastCharacterMayBeCut() throws {
        // A lead byte with nothing after it, but not at the end: not a cut file.
        #expect(try ByteDecoder.decode(Array("Qu".utf8) + [0xC3] + Array("bec".utf8)).encoding != .utf8CutShort)
        // Four continuation bytes at the end: no character is that long.
        #expect(try ByteDecoder.decode(Array("Québec".utf8) + [0x80, 0x80, 0x80, 0x80]).encoding != .utf8CutShort)
        // A complete last character.
        #expect(try ByteDecoder.decode(Array("Québec é".utf8)).encoding == .utf8)
    }
}
