import Foundation
import PortraitText
import PortraitStore

/// An XLSX package opened for reading: its zip directory, the worksheets its workbook lists (in
/// workbook order) and where each one's part lives.
struct XLSXWorkbook {
    /// A worksheet: the name on its tab and its part inside the zip.
    struct Sheet: Sendable {
        /// The tab name.
        let name: String
        /// The part path, e.g. "xl/worksheets/sheet1.xml".
        let part: String
        /// Whether the tab is hidden (such a sheet is never chosen unless named).
        var hidden = false
    }

    /// The worksheets in workbook order (chart sheets and other non-worksheets left out).
    let sheets: [Sheet]
    private let archive: ZipArchiveReader
    private let limits: XLSXLimits
    private let sharedStringsPart: String?

    /// Opens the file at `path` and reads its workbook's sheet list.
    init(path: UserPath, limits: XLSXLimits) throws {
        let archive = try ZipArchiveReader(path: path, limits: limits)
        self.archive = archive
        self.limits = limits

        let defaultWorkbook = "xl/workbook.xml"
        var workbookPart = defaultWorkbook
        // The package relationships only say where the workbook is; when they are unreadable the
        // usual place is tried.
        if let rootRelationships = try? Self.relationships(of: "", in: archive, limits: limits),
           let office = rootRelationships.first(where: { $0.isKind("officeDocument") && !$0.isExternal }) {
            let resolved = XLSXPartPath.resolve(office.target, from: "")
            if archive.entry(resolved) != nil { workbookPart = resolved }
        }
        guard let workbookData = try Self.part(workbookPart, in: archive, limits: limits) else {
            throw PortraitError(.badData, .noWorkbook, ["part": defaultWorkbook])
        }
        let workbook = XLSXWorkbookParser()
        try XLSXPartParser.parse(workbookData, path: workbookPart, with: workbook)

        let relationships = try Self.relationships(of: workbookPart, in: archive, limits: limits)
        let byID = Dictionary(relationships?.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        var sheets: [Sheet] = []
        for (position, listed) in workbook.sheets.enumerated() {
            if let id = listed.relationshipID, let relationship = byID[id] {
                guard relationship.isKind("worksheet"), !relationship.isExternal else { continue }
                sheets.append(Sheet(name: listed.name, part: XLSXPartPath.resolve(relationship.target, from: workbookPart),
                                    hidden: listed.hidden))
            } else {
                let guess = (folder.isEmpty ? "" : folder + "/") + "worksheets/sheet\(position + 1).xml"
                sheets.append(Sheet(name: listed.name, part: guess, hidden: listed.hidden))
            }
        }
        if workbook.sheets.isEmpty, archive.entry("xl/worksheets/sheet1.xml") != nil {
            sheets.append(Sheet(name: "Sheet1", part: "xl/worksheets/sheet1.xml"))
        }
        self.sheets = sheets

        if let shared = relationships?.first(where: { $0.isKind("sharedStrings") && !$0.isExternal }) {
            sharedStringsPart = XLSXPartPath.resolve(shared.target, from: workbookPart)
        } else {
            sharedStringsPart = "xl/sharedStrings.xml"
        }
    }

    /// The worksheet named `name` (exact, else the only case-insensitive match), or the first one.
    func sheet(named name: String?) throws -> Sheet {
        guard let first = sheets.first else { throw PortraitError(.badData, .noWorksheet) }
        guard let name else { return first }
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let folded = sheets.filter { $0.name.lowercased() == name.lowercased() }
        if folded.count == 1 { return folded[0] }
        let names = sheets.map { XLSXMessageText.plain($0.name, limit: 60) }.joined(separator: ", ")
        throw PortraitError(.usage, .noWorksheetNamed, ["name": XLSXMessageText.plain(name, limit: 60), "sheets": names])
    }

    /// The rows of `sheet`, as cell texts.
    func rows(of sheet: Sheet) throws -> [[String]] {
        guard let data = try Self.part(sheet.part, in: archive, limits: limits) else {
            throw PortraitError(.badData, .worksheetMissing,
                                ["name": XLSXMessageText.plain(sheet.name, limit: 60), "part": XLSXMessageText.plain(sheet.part)])
        }
        var sharedStrings: [String]?
        if let path = sharedStringsPart, let stringsData = try Self.part(path, in: archive, limits: limits) {
            let parser = XLSXSharedStringsParser(maxStrings: limits.maxCells)
            try XLSXPartParser.parse(stringsData, path: path, with: parser)
            sharedStrings = parser.strings
        }
        let parser = XLSXWorksheetParser(sharedStrings: sharedStrings, limits: limits)
        try XLSXPartParser.parse(data, path: sheet.part, with: parser)
        return parser.rows
    }

    /// The expanded bytes of the part at `path`, or nil if the zip has no such part.
    private static func part(_ path: String, in archive: ZipArchiveReader, limits: XLSXLimits) throws -> Data? {
        guard let entry = archive.entry(path) else { return nil }
        return try archive.contents(of: entry, limits: limits)
    }

    /// The relationships of `source` ("" for the package), or nil if it has no relationships part.
    private static func relationships(of source: String, in archive: ZipArchiveReader,
                                      limits: XLSXLimits) throws -> [XLSXRelationship]? {
        let path = XLSXPartPath.relationships(of: source)
        guard let data = try part(path, in: archive, limits: limits) else { return nil }
        let parser = XLSXRelationshipsParser()
        try XLSXPartParser.parse(data, path: path, with: parser)
        return parser.relationships
    }
}
