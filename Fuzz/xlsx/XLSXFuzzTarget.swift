import Foundation
@testable import PortraitText
@testable import PortraitStore
@testable import PortraitLoad
import PortraitCore
import ZIPFoundation

/// libFuzzer entry for the XLSX reader. The first input byte picks the shape of the rest:
/// - bit 0 clear: the rest is the .xlsx file itself (zip layer: directory, headers, sizes, inflation);
/// - bit 0 set: the rest is up to five parts separated by NUL bytes — worksheet, shared strings, workbook,
///   workbook relationships, package relationships — packed into a well-formed zip (bit 1: deflated, else
///   stored), so that mutations reach the XML readers instead of failing a checksum. A part left out gets
///   a plain default.
/// The file is read as `portrait` reads it (`Loader.load(paths:)`, which runs `XLSXReader` and the header
/// search), and its sheet names are listed. With `PORTRAIT_FUZZ_SAVE_XLSX=FILE`, the workbook built from the
/// input is also written to FILE (how a finding becomes a regression fixture).
@_cdecl("LLVMFuzzerTestOneInput")
public func xlsxFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    guard let mode = bytes.first else { return 0 }
    let rest = Array(bytes.dropFirst())
    let file = mode & 1 == 0 ? rest : XLSXFuzzPackage.zip(parts: rest, deflated: mode & 2 != 0)
    if let save = ProcessInfo.processInfo.environment["PORTRAIT_FUZZ_SAVE_XLSX"] {
        _ = FileManager.default.createFile(atPath: save, contents: Data(file))
    }
    let path = FuzzSupport.write(file, as: "fuzz.xlsx")
    let url = URL(fileURLWithPath: path)
    _ = FuzzSupport.outcome("XLSXReader.sheetNames") { try XLSXReader.sheetNames(at: url) }
    let loaded = FuzzSupport.outcome("Loader.load(paths:) on an XLSX file") { try Loader.load(paths: [path]) }
    if case .success(let portrait) = loaded {
        FuzzSupport.check(portrait.reports[0].rowCount == portrait.store.count, "report and store disagree on the row count")
    }
    return 0
}

/// Packs workbook parts into a zip archive, the way a spreadsheet program would.
enum XLSXFuzzPackage {
    static let partNames = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                            "xl/_rels/workbook.xml.rels", "_rels/.rels"]
    static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let defaults: [String?] = [
        "<worksheet \(main)><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row></sheetData></worksheet>",
        nil,
        "<workbook \(main) xmlns:r=\"\(relationshipTypes)\"><sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationshipTypes)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(relationshipTypes)/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationshipTypes)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
    ]

    /// A zip of the NUL-separated `parts`, each stored or deflated.
    static func zip(parts: [UInt8], deflated: Bool) -> [UInt8] {
        let pieces = parts.split(separator: 0, maxSplits: partNames.count - 1, omittingEmptySubsequences: false)
        var entries: [(name: String, bytes: [UInt8])] = []
        for (index, name) in partNames.enumerated() {
            if index < pieces.count {
                entries.append((name, Array(pieces[index])))
            } else if let text = defaults[index] {
                entries.append((name, Array(text.utf8)))
            }
        }
        var archive = ZipWriter()
        for entry in entries { archive.add(entry.name, entry.bytes, deflated: deflated) }
        return archive.finish()
    }
}

/// A minimal zip writer (stored or deflated entries, no ZIP64).
struct ZipWriter {
    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    mutating func add(_ name: String, _ bytes: [UInt8], deflated: Bool) {
        let crc = Data(bytes).crc32(checksum: 0)
        var stored = bytes
        if deflated {
            var compressed: [UInt8] = []
            _ = try? Data.compress(size: Int64(bytes.count), bufferSize: 16 * 1024, provider: { position, size in
                Data(bytes[Int(position)..<min(bytes.count, Int(position) + size)])
            }, consumer: { compressed.append(contentsOf: $0) })
            stored = compressed
        }
        let nameBytes = Array(name.utf8)
        let offset = body.count
        let method: UInt16 = deflated ? 8 : 0
        Self.put(&body, 0x0403_4B50, 4); Self.put(&body, 20, 2); Self.put(&body, 0, 2); Self.put(&body, UInt32(method), 2)
        Self.put(&body, 0, 2); Self.put(&body, 0x21, 2); Self.put(&body, crc, 4)
        Self.put(&body, UInt32(stored.count), 4); Self.put(&body, UInt32(bytes.count), 4)
        Self.put(&body, UInt32(nameBytes.count), 2); Self.put(&body, 0, 2)
        body += nameBytes + stored
        Self.put(&directory, 0x0201_4B50, 4); Self.put(&directory, 20, 2); Self.put(&directory, 20, 2)
        Self.put(&directory, 0, 2); Self.put(&directory, UInt32(method), 2); Self.put(&directory, 0, 2); Self.put(&directory, 0x21, 2)
        Self.put(&directory, crc, 4); Self.put(&directory, UInt32(stored.count), 4); Self.put(&directory, UInt32(bytes.count), 4)
        Self.put(&directory, UInt32(nameBytes.count), 2); Self.put(&directory, 0, 2); Self.put(&directory, 0, 2)
        Self.put(&directory, 0, 2); Self.put(&directory, 0, 2); Self.put(&directory, 0, 4); Self.put(&directory, UInt32(offset), 4)
        directory += nameBytes
        count += 1
    }

    func finish() -> [UInt8] {
        var out = body + directory
        Self.put(&out, 0x0605_4B50, 4); Self.put(&out, 0, 2); Self.put(&out, 0, 2)
        Self.put(&out, UInt32(count), 2); Self.put(&out, UInt32(count), 2)
        Self.put(&out, UInt32(directory.count), 4); Self.put(&out, UInt32(body.count), 4); Self.put(&out, 0, 2)
        return out
    }

    private static func put(_ bytes: inout [UInt8], _ value: UInt32, _ width: Int) {
        for shift in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * shift))) }
    }
}
