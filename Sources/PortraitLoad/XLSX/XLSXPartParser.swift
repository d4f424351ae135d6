internal import CLibXML2
import PortraitText
import PortraitStore
import Foundation

/// A streaming (SAX) handler for one XML part of a workbook that can fail: it records the first
/// problem, and the parser stops there.
protocol XLSXPartHandler: AnyObject {
    /// The problem that stopped parsing, if any.
    var failure: PortraitError? { get }
    /// A start tag (an empty element `<row/>` is a start then an end).
    func start(_ tag: XLSXTag)
    /// An end tag.
    func end(_ name: XLSXTagName)
    /// Text or CDATA inside the current element, in pieces, references already decoded.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// Runs libxml2's XML push parser (SAX2 callbacks, no tree, no network, no entity substitution) over the bytes
/// of one workbook part: a callback costs a few byte comparisons and makes no string for an empty cell, so a
/// sheet of a million formatted empty rows costs about what its bytes cost to inflate and scan.
enum XLSXPartParser {
    /// Parses `data` (the part at `path`) with `handler`; throws the handler's failure, or a
    /// malformed-XML error. Parts are screened first (`XLSXPartScreen`: no document type declaration,
    /// hence no entity but XML's own, and no tag with thousands of attributes); `XML_PARSE_HUGE` lifts
    /// libxml2's 10 MB limits on one text and on look-ahead, which real sheets pass, while the part's size
    /// is bounded by `XLSXLimits.maxPartBytes`.
    static func parse(_ data: Data, path: String, with handler: some XLSXPartHandler) throws {
        let path = XLSXMessageText.plain(path)
        if let problem = XLSXPartScreen.problem(in: data) {
            throw PortraitError(.badData, problem, ["part": path])
        }
        let run = XLSXPartRun(handler)
        let line = data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, raw.count > 0, raw.count <= Int(Int32.max) else { return 1 }
            return run.parse(base.assumingMemoryBound(to: CChar.self), count: Int32(raw.count))
        }
        if let failure = handler.failure { throw failure }
        if let line {
            throw PortraitError(.badData, .partNotWellFormed, ["part": path, "line": String(line)])
        }
    }
}

/// One parse: the libxml2 context and the handler its callbacks reach.
private final class XLSXPartRun {
    let handler: any XLSXPartHandler
    var context: xmlParserCtxtPtr?
    /// Whether the handler has failed: read once after each callback (`stopIfFailed`), so that the
    /// callbacks test a flag rather than copy the handler's optional error twice per tag.
    private(set) var failed = false

    init(_ handler: any XLSXPartHandler) {
        self.handler = handler
    }

    /// Bytes handed to libxml2 at a time: its push parser keeps only what it has not parsed yet, so the
    /// part is not copied whole.
    static let chunkBytes = 1 << 20

    /// Parses the bytes; returns nil if the document is well-formed (or the handler failed), else the
    /// line of the first error.
    func parse(_ bytes: UnsafePointer<CChar>, count: Int32) -> Int? {
        LibXML2Setup.prepare()
        guard let context = xmlCreatePushParserCtxt(nil, nil, nil, 0, nil) else { return 1 }
        defer { xmlFreeParserCtxt(context) }
        self.context = context
        defer { self.context = nil }
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue
        xmlCtxtUseOptions(context, Int32(bitPattern: options))
        context.pointee.sax.pointee = Self.handlers()
        context.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
        var offset = 0
        let total = Int(count)
        while offset < total, context.pointee.wellFormed != 0, handler.failure == nil {
            let length = min(Self.chunkBytes, total - offset)
            _ = xmlParseChunk(context, bytes + offset, Int32(length), 0)
            offset += length
        }
        if context.pointee.wellFormed != 0, handler.failure == nil {
            _ = xmlParseChunk(context, nil, 0, 1)
        }
        guard handler.failure == nil, context.pointee.wellFormed == 0 else { return nil }
        let line = Int(context.pointee.lastError.line)
        return line > 0 ? line : Int(context.pointee.input?.pointee.line ?? 1)
    }

    /// Stops the parse once the handler has failed.
    func stopIfFailed() {
        guard handler.failure != nil else { return }
        failed = true
        if let context { xmlStopParser(context) }
    }

    static func from(_ user: UnsafeMutableRawPointer?) -> XLSXPartRun? {
        guard let user else { return nil }
        return Unmanaged<XLSXPartRun>.fromOpaque(user).takeUnretainedValue()
    }

    /// The callbacks: elements and text only (one function for text, blank or not, and CDATA).
    private static func handlers() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(truncatingIfNeeded: XML_SAX2_MAGIC)
        handler.startElementNs = { user, localName, _, _, _, _, attributeCount, _, attributes in
            guard let run = XLSXPartRun.from(user), let localName, !run.failed else { return }
            run.handler.start(XLSXTag(name: XLSXTagName(bytes: localName), attributes: attributes,
                                      attributeCount: Int(attributeCount)))
            run.stopIfFailed()
        }
        handler.endElementNs = { user, localName, _, _ in
            guard let run = XLSXPartRun.from(user), let localName, !run.failed else { return }
            run.handler.end(XLSXTagName(bytes: localName))
            run.stopIfFailed()
        }
        let text: charactersSAXFunc = { user, bytes, length in
            guard let run = XLSXPartRun.from(user), let bytes, length > 0, !run.failed else { return }
            run.handler.text(UnsafeBufferPointer(start: bytes, count: Int(length)))
            run.stopIfFailed()
        }
        handler.characters = text
        handler.ignorableWhitespace = text
        handler.cdataBlock = text
        // Silence libxml2's own error output; errors are read from the context afterwards.
        handler.error = nil
        handler.warning = nil
        handler.serror = { _, _ in }
        return handler
    }
}
