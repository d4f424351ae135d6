internal import CLibXML2
import PortraitText
import PortraitStore

/// Reads the tables of an HTML page with libxml2's HTML parser (recovering from broken markup as browsers
/// do, no network, HTML's own entities only), through SAX callbacks: no document tree is built, so memory
/// stays proportional to one row whatever the page's size or nesting. Each table row reaches `onRow` with
/// its cells' text, placed in columns by `HTMLTableGrid`.
final class HTMLTableScanner {
    /// What a row belongs to.
    struct RowPlace {
        /// 1-based position of the row's table among the page's tables, in the order they open.
        var table: Int
        /// 1-based line of the page where the row starts.
        var line: Int
        /// Whether the row is in a `<tfoot>`.
        var inFooter: Bool
    }

    private final class Table {
        let position: Int
        var grid: HTMLTableGrid
        var caption = HTMLCellText()
        var inCaption = false
        var inFooter = false
        var cell: HTMLCellText?
        var colspan = 1
        var rowspan = 1
        var rowLine = 0

        init(position: Int, spanBudget: Int) {
            self.position = position
            grid = HTMLTableGrid(spanBudget: spanBudget)
        }
    }

    /// Tables seen so far (opened).
    private(set) var tablesSeen = 0
    /// Captions of the tables, by position (only those that have one).
    private(set) var captions: [Int: String] = [:]
    private var open: [Table] = []
    /// Depth inside `<script>`, `<style>` and the like, whose text is not shown.
    private var hiddenDepth = 0
    private let spanBudget: Int
    private let onRow: (RowPlace, [String]) throws -> Void
    private var failure: Error?
    private var parser: htmlParserCtxtPtr?

    /// A scanner that calls `onRow` for each row; spans may add at most `spanBudget` cells in all.
    init(spanBudget: Int, onRow: @escaping (RowPlace, [String]) throws -> Void) {
        self.spanBudget = spanBudget
        self.onRow = onRow
    }

    /// Parses `utf8` (the page, already decoded). Rethrows the first error `onRow` threw, which stops the parse.
    func scan(_ utf8: [UInt8]) throws {
        guard !utf8.isEmpty else { return }
        LibXML2Setup.prepare()
        try utf8.withUnsafeBufferPointer { buffer in
            let length = Int32(clamping: buffer.count)
            let context = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCreateMemoryParserCtxt($0, length)
            }
            guard let context else { throw PortraitError(.badData, .htmlParserFailed) }
            defer { htmlFreeParserCtxt(context) }
            parser = context
            defer { parser = nil }
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            htmlCtxtUseOptions(context, Int32(bitPattern: options))
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            var handler = htmlSAXHandler()
            handler.startElement = { user, name, attributes in
                guard let user, let name else { return }
                Unmanaged<HTMLTableScanner>.fromOpaque(user).takeUnretainedValue().start(name, attributes)
            }
            handler.endElement = { user, name in
                guard let user, let name else { return }
                Unmanaged<HTMLTableScanner>.fromOpaque(user).takeUnretainedValue().end(name)
            }
            handler.characters = { user, text, length in
                guard let user, let text, length > 0 else { return }
                Unmanaged<HTMLTableScanner>.fromOpaque(user).takeUnretainedValue().characters(UnsafeBufferPointer(start: text, count: Int(length)))
            }
            // Silence libxml2's own error output (the options above ask it not to report errors).
            handler.error = nil
            handler.warning = nil
            handler.serror = { _, _ in }
            context.pointee.sax.pointee = handler
            context.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
            _ = htmlParseDocument(context)
            // Tables the page never closes end with it.
            while !open.isEmpty, failure == nil { closeTable() }
        }
        if let failure { throw failure }
    }

    private var line: Int { Int(parser?.pointee.input?.pointee.line ?? 0) }

    private func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard failure == nil else { return }
        switch Tag(name) {
        case .table:
            tablesSeen += 1
            open.append(Table(position: tablesSeen, spanBudget: spanBudget))
        case .caption:
            open.last?.inCaption = true
        case .thead, .tbody:
            closeRow()
            open.last?.grid.endGroup()
            open.last?.inFooter = false
        case .tfoot:
            closeRow()
            open.last?.grid.endGroup()
            open.last?.inFooter = true
        case .tr:
            guard let table = open.last else { return }
            closeRow()
            table.rowLine = line
            table.grid.startRow()
        case .td, .th:
            guard let table = open.last else { return }
            closeCell()
            if !table.grid.isRowOpen { table.rowLine = line }
            table.cell = HTMLCellText()
            table.colspan = Self.number(attribute: "colspan", in: attributes) ?? 1
            table.rowspan = Self.number(attribute: "rowspan", in: attributes) ?? 1
        case .br:
            open.last?.cell?.lineBreak()
        case .block:
            open.last?.cell?.blockBoundary()
        case .hidden:
            hiddenDepth += 1
        case .other:
            break
        }
    }

    private func end(_ name: UnsafePointer<xmlChar>) {
        guard failure == nil else { return }
        switch Tag(name) {
        case .table:
            closeTable()
        case .caption:
            guard let table = open.last else { return }
            table.inCaption = false
            let text = table.caption.text
            if !text.isEmpty { captions[table.position] = text }
        case .thead, .tbody, .tfoot:
            closeRow()
            open.last?.grid.endGroup()
            open.last?.inFooter = false
        case .tr:
            closeRow()
        case .td, .th:
            closeCell()
        case .block:
            open.last?.cell?.blockBoundary()
        case .hidden:
            hiddenDepth = max(0, hiddenDepth - 1)
        case .br, .other:
            break
        }
    }

    private func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, hiddenDepth == 0, let table = open.last else { return }
        if table.cell != nil {
            table.cell!.append(text)
        } else if table.inCaption {
            table.caption.append(text)
        }
    }

    private func closeCell() {
        guard let table = open.last, let cell = table.cell else { return }
        table.cell = nil
        table.grid.addCell(cell.text, colspan: table.colspan, rowspan: table.rowspan)
    }

    private func closeRow() {
        closeCell()
        guard let table = open.last, table.grid.isRowOpen else { return }
        let cells = table.grid.endRow()
        do {
            try onRow(RowPlace(table: table.position, line: table.rowLine, inFooter: table.inFooter), cells)
        } catch {
            failure = error
            if let parser { xmlStopParser(parser) }
        }
    }

    private func closeTable() {
        closeRow()
        open.removeLast()
    }

    /// A positive whole-number attribute (`colspan="2"`), as browsers read it: digits after optional spaces.
    private static func number(attribute wanted: String, in attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Int? {
        guard var pair = attributes else { return nil }
        while let name = pair[0] {
            if Tag.equal(name, wanted), let value = pair[1] {
                var digits = 0, n = 0, p = value
                while p.pointee == 0x20 || p.pointee == 0x09 || p.pointee == 0x0A { p += 1 }
                while p.pointee >= 0x30 && p.pointee <= 0x39 && digits < 9 {
                    n = n * 10 + Int(p.pointee - 0x30)
                    digits += 1
                    p += 1
                }
                return digits > 0 ? n : nil
            }
            pair += 2
        }
        return nil
    }

    /// The elements the scanner tells apart (libxml2 gives HTML names in lower case).
    private enum Tag {
        case table, caption, thead, tbody, tfoot, tr, td, th, br, block, hidden, other

        /// The names looked for, by their bytes (no `String` is made per element: pages have millions).
        private static let names: [(bytes: [UInt8], tag: Tag)] = ([
            ("table", .table), ("caption", .caption), ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot),
            ("tr", .tr), ("td", .td), ("th", .th), ("br", .br),
            ("p", .block), ("div", .block), ("li", .block), ("ul", .block), ("ol", .block), ("dl", .block), ("dt", .block),
            ("dd", .block), ("h1", .block), ("h2", .block), ("h3", .block), ("h4", .block), ("h5", .block), ("h6", .block),
            ("blockquote", .block), ("pre", .block), ("section", .block), ("article", .block), ("header", .block),
            ("footer", .block), ("address", .block), ("hr", .block),
            ("script", .hidden), ("style", .hidden), ("template", .hidden),
        ] as [(String, Tag)]).map { (Array($0.0.utf8), $0.1) }

        init(_ name: UnsafePointer<xmlChar>) {
            var length = 0
            while name[length] != 0 && length <= 10 { length += 1 }
            for entry in Self.names where entry.bytes.count == length && entry.bytes[0] == name[0] {
                if (0..<length).allSatisfy({ entry.bytes[$0] == name[$0] }) {
                    self = entry.tag
                    return
                }
            }
            self = .other
        }

        static func equal(_ name: UnsafePointer<xmlChar>, _ text: String) -> Bool {
            String(cString: name).lowercased() == text
        }
    }
}
