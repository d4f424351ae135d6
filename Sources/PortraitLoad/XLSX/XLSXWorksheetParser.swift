import PortraitText
import PortraitStore
import Foundation

/// Reads the `<sheetData>` of one worksheet part into rows of cell texts.
///
/// Cell texts: shared strings (t="s") looked up, inline strings (t="inlineStr", runs concatenated,
/// phonetic runs left out), formula strings (t="str"), booleans as TRUE/FALSE, errors and numbers
/// as written in `<v>`. Cells and rows without a reference follow the previous one.
final class XLSXWorksheetParser: XLSXPartHandler {
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
    private var value: [UInt8] = []
    private var inlineText: [UInt8] = []
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

    func start(_ tag: XLSXTag) {
        switch tag.name {
        case "sheetData":
            inSheetData = true
        case "row" where inSheetData:
            startRow(tag.attribute("r"))
        case "c" where inRow:
            startCell(tag)
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

    func end(_ name: XLSXTagName) {
        switch name {
        case "sheetData":
            inSheetData = false
        case "row" where inRow:
            grid.endRow(at: rowIndex)
            inRow = false
            nextRowIndex = rowIndex + 1
        case "c" where inCell:
            endCell()
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

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inValue {
            value.append(contentsOf: bytes)
        } else if inInlineText {
            inlineText.append(contentsOf: bytes)
        }
    }

    private func startRow(_ reference: String?) {
        if let reference {
            guard let number = XLSXCellReference.row(reference) else {
                fail(.badRowNumber, ["reference": XLSXMessageText.plain(reference, limit: 40), "max": String(XLSXCellReference.maxRows)])
                return
            }
            rowIndex = number - 1
        } else {
            guard nextRowIndex < XLSXCellReference.maxRows else {
                fail(.tooManyRows, ["max": String(XLSXCellReference.maxRows)])
                return
            }
            rowIndex = nextRowIndex
        }
        inRow = true
        nextColumn = 0
    }

    private func startCell(_ tag: XLSXTag) {
        if let referenceBytes = tag.attributeBytes("r") {
            let reference = { XLSXMessageText.plain(tag.attribute("r") ?? "", limit: 40) }
            switch XLSXCellReference.decode(utf8: referenceBytes) {
            case .cell(let column, _):
                cellColumn = column
            case .beyondGrid:
                fail(.cellBeyondLastColumn, ["reference": reference(), "row": String(rowIndex + 1)])
                return
            case .malformed:
                fail(.badCellReference, ["reference": reference(), "row": String(rowIndex + 1)])
                return
            }
        } else {
            guard nextColumn < XLSXCellReference.maxColumns else {
                fail(.tooManyCellsInRow, ["max": String(XLSXCellReference.maxColumns), "row": String(rowIndex + 1)])
                return
            }
            cellColumn = nextColumn
        }
        inCell = true
        cellType = tag.attribute("t") ?? "n"
        value.removeAll(keepingCapacity: true)
        inlineText.removeAll(keepingCapacity: true)
        sawInline = false
        phoneticDepth = 0
    }

    private func endCell() {
        inCell = false
        inValue = false
        inInline = false
        inInlineText = false
        nextColumn = cellColumn + 1
        // A cell with nothing in it (a styled empty cell) is "" whatever its type: no text is decoded.
        guard let text = value.isEmpty && inlineText.isEmpty ? "" : cellText() else { return }
        do {
            try grid.set(text, column: cellColumn)
        } catch {
            fail(error as? PortraitError ?? grid.tooLarge)
        }
    }

    /// The text of the cell just closed, or nil after recording a failure.
    private func cellText() -> String? {
        let value = String(decoding: value, as: UTF8.self)
        switch cellType {
        case "s":
            let indexText = Int(value) != nil ? value : value.trimmingCharacters(in: .whitespacesAndNewlines)
            if indexText.isEmpty { return "" }
            guard let sharedStrings else {
                fail(.noSharedStringsPart, ["row": String(rowIndex + 1)])
                return nil
            }
            guard let index = Int(indexText) else {
                fail(.badSharedStringIndex, ["index": XLSXMessageText.plain(indexText, limit: 40), "row": String(rowIndex + 1)])
                return nil
            }
            guard index >= 0, index < sharedStrings.count else {
                fail(.sharedStringOutOfRange, ["index": String(index), "row": String(rowIndex + 1)])
                return nil
            }
            return sharedStrings[index]
        case "inlineStr":
            return XLSXEscapes.decode(sawInline ? String(decoding: inlineText, as: UTF8.self) : value)
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

    private func fail(_ message: ErrorText, _ values: [String: String]) {
        fail(PortraitError(.badData, message, values))
    }

    /// Records the first failure; the parser stops on it.
    private func fail(_ error: PortraitError) {
        guard failure == nil else { return }
        failure = error
    }
}
