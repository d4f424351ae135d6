import Testing
@testable import PortraitCore

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

    @Test func utf8CutInTheMiddleOfACharacterFallsBackTo1252() throws {
        let bytes = Array("Québec".utf8).dropLast(0) + [0xC3]
        #expect(try ByteDecoder.decode(Array(bytes)).encoding == .windows1252)
    }
}
