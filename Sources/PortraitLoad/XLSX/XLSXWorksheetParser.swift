import PortraitText
import PortraitStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the `<sheetData>` of one worksheet part into rows of cell texts.
///
/// Cell texts: shared strings (t="s") looked up, inline strings (t="inlineStr", runs concatenated,
/// phonetic runs left out), formula strings (t="str"), booleans as TRUE/FALSE, errors and numbers
/// as written in `<v>`. Cells and rows without a reference follow the previous one.
final class XLSXWorksheetParser: NSObject, XLSXPartHandler {
    private(set) var failure: PortraitError?
    private var grid: XLSXSheetGrid
    private let sharedStrings: [String]?

    private var inSheetData = false
    private var inRow = false
    private var rowIndex = 0
    private var nextRowIndex = 0
    private var nextColumn = 0

    private var inCell = false
    private var cellColumn = 0
    private var cellType = ""
    private var value = ""
    private var inlineText = ""
    private var sawInline = false
    private var inValue = false
    private var inInline = false
    private var inInlineText = false
    private var phoneticDepth = 0

    /// A parser resolving t="s" cells against `sharedStrings` (nil: the workbook has none).
    init(sharedStrings: [String]?, limits: XLSXLimits) {
        self.sharedStrings = sharedStrings
        self.grid = XLSXSheetGrid(limits: limits)
    }

    /// The rows read (row i is spreadsheet row i + 1), trailing empty rows dropped.
    var rows: [[String]] { grid.finished() }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard failure == nil else { return }
        switch XLSXPartParser.localName(elementName) {
        case "sheetData":
            inSheetData = true
        case "row" where inSheetData:
            startRow(attributeDict["r"], parser)
        case "c" where inRow:
            startCell(attributeDict, parser)
        case "v" where inCell:
            inValue = true
        case "is" where inCell:
            inInline = true
            sawInline = true
        case "rPh" where inInline:
            phoneticDepth += 1
        case "t" where inInline:
            inInlineText = phoneticDepth == 0
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard failure == nil else { return }
        switch XLSXPartParser.localName(elementName) {
        case "sheetData":
            inSheetData = false
        case "row" where inRow:
            grid.endRow(at: rowIndex)
            inRow = false
            nextRowIndex = rowIndex + 1
        case "c" where inCell:
            endCell(parser)
        case "v":
            inValue = false
        case "is":
            inInline = false
            inInlineText = false
        case "rPh" where inInline:
            phoneticDepth = max(0, phoneticDepth - 1)
        case "t":
            inInlineText = false
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        appendText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        appendText(String(decoding: CDATABlock, as: UTF8.self))
    }

    private func appendText(_ string: String) {
        if inValue {
            value += string
        } else if inInlineText {
            inlineText += string
        }
    }

    private func startRow(_ reference: String?, _ parser: XMLParser) {
        if let reference {
            guard let number = XLSXCellReference.row(reference) else {
                fail(.badRowNumber, ["reference": XLSXMessageText.plain(reference, limit: 40), "max": String(XLSXCellReference.maxRows)], parser)
                return
            }
            rowIndex = number - 1
        } else {
            guard nextRowIndex < XLSXCellReference.maxRows else {
                fail(.tooManyRows, ["max": String(XLSXCellReference.maxRows)], parser)
                return
            }
            rowIndex = nextRowIndex
        }
        inRow = true
        nextColumn = 0
    }

    private func startCell(_ attributes: [String: String], _ parser: XMLParser) {
        if let reference = attributes["r"] {
            switch XLSXCellReference.decode(reference) {
            case .cell(let column, _):
                cellColumn = column
            case .beyondGrid:
                fail(.cellBeyondLastColumn, ["reference": XLSXMessageText.plain(reference, limit: 40), "row": String(rowIndex + 1)], parser)
                return
            case .malformed:
                fail(.badCellReference, ["reference": XLSXMessageText.plain(reference, limit: 40), "row": String(rowIndex + 1)], parser)
                return
            }
        } else {
            guard nextColumn < XLSXCellReference.maxColumns else {
                fail(.tooManyCellsInRow, ["max": String(XLSXCellReference.maxColumns), "row": String(rowIndex + 1)], parser)
                return
            }
            cellColumn = nextColumn
        }
        inCell = true
        cellType = attributes["t"] ?? "n"
        value = ""
        inlineText = ""
        sawInline = false
        phoneticDepth = 0
    }

    private func endCell(_ parser: XMLParser) {
        inCell = false
        inValue = false
        inInline = false
        inInlineText = false
        nextColumn = cellColumn + 1
        guard let text = cellText(parser) else { return }
        do {
            try grid.set(text, column: cellColumn)
        } catch {
            fail(error as? PortraitError ?? grid.tooLarge, parser)
        }
    }

    /// The text of the cell just closed, or nil after recording a failure.
    private func cellText(_ parser: XMLParser) -> String? {
        switch cellType {
        case "s":
            let indexText = Int(value) != nil ? value : value.trimmingCharacters(in: .whitespacesAndNewlines)
            if indexText.isEmpty { return "" }
            guard let sharedStrings else {
                fail(.noSharedStringsPart, ["row": String(rowIndex + 1)], parser)
                return nil
            }
            guard let index = Int(indexText) else {
                fail(.badSharedStringIndex, ["index": XLSXMessageText.plain(indexText, limit: 40), "row": String(rowIndex + 1)], parser)
                return nil
            }
            guard index >= 0, index < sharedStrings.count else {
                fail(.sharedStringOutOfRange, ["index": String(index), "row": String(rowIndex + 1)], parser)
                return nil
            }
            return sharedStrings[index]
        case "inlineStr":
            return XLSXEscapes.decode(sawInline ? inlineText : value)
        case "str":
            return XLSXEscapes.decode(value)
        case "b":
            switch value.trimmingCharacters(in: .whitespaces) {
            case "1": return "TRUE"
            case "0": return "FALSE"
            default: return value
            }
        default:
            return value
        }
    }

    private func fail(_ message: ErrorText, _ values: [String: String], _ parser: XMLParser) {
        fail(PortraitError(.badData, message, values), parser)
    }

    private func fail(_ error: PortraitError, _ parser: XMLParser) {
        guard failure == nil else { return }
        failure = error
        parser.abortParsing()
    }
}
