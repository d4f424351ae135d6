import PortraitText
import PortraitStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming (SAX) handler for one XML part of a workbook that can fail: it records the first
/// problem and aborts the parser.
protocol XLSXPartHandler: XMLParserDelegate {
    /// The problem that stopped parsing, if any.
    var failure: PortraitError? { get }
}

/// Runs `XMLParser` over the bytes of one workbook part.
enum XLSXPartParser {
    /// Parses `data` (the part at `path`) with `handler`; throws the handler's failure, or a
    /// malformed-XML error. Parts are screened first (`XLSXPartScreen`); external entities are never
    /// resolved.
    static func parse(_ data: Data, path: String, with handler: some XLSXPartHandler) throws {
        let path = XLSXMessageText.plain(path)
        if let problem = XLSXPartScreen.problem(in: data) {
            throw PortraitError(.badData, problem, ["part": path])
        }
        // Streaming from an InputStream hands libxml2 the bytes in chunks; a single Data larger than
        // 10 MB makes FoundationXML's parser fail at the end of the document.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let finished = parser.parse()
        if let failure = handler.failure { throw failure }
        if !finished || parser.parserError != nil {
            throw PortraitError(.badData, .partNotWellFormed, ["part": path, "line": String(parser.lineNumber)])
        }
    }

    /// The element or attribute name without its namespace prefix ("x:row" → "row").
    static func localName(_ qualifiedName: String) -> Substring {
        guard let colon = qualifiedName.utf8.lastIndex(of: UInt8(ascii: ":")) else { return qualifiedName[...] }
        return qualifiedName[qualifiedName.utf8.index(after: colon)...]
    }
}
