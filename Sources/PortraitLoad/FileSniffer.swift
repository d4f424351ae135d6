import PortraitText

/// What a file is, decided once from its first bytes, whatever its name: a workbook (a zip archive), an
/// HTML page, an OLE compound file (an old `.xls` or an encrypted workbook), or text read as CSV.
public enum FileKind: Sendable, Equatable {
    case workbook, html, compoundFile, text
}

/// Recognises what a file is from its first bytes (`kind(of:)`): the one place that decides a file is
/// HTML, a workbook or CSV text, for the loader, `portrait update`'s check of a download and the alias
/// file. Files that are none of these (images, PDFs, XML, JSON, binary data) are refused with a message
/// that names what they are.
public enum FileSniffer {
    /// Bytes of a file's beginning that `kind(of:)` needs (the HTML prescan's 1024, and more for a long
    /// XML prolog or comment before the first tag).
    public static let headLength = 4096

    /// What the file whose first bytes are `head` is; throws, naming it, for what is not a portrait at all.
    public static func kind(of head: [UInt8]) throws -> FileKind {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .workbook }
        if head.starts(with: compoundFileSignature) { return .compoundFile }
        for (magic, what) in binarySignatures where head.starts(with: magic) {
            throw PortraitError(.badData, .notCSV, phrases: ["what": what])
        }
        let text = textHead(head)
        if let what = markup(text) {
            if what == .htmlPage { return .html }
            throw PortraitError(.badData, .notCSV, phrases: ["what": what])
        }
        if isJSON(text) { throw PortraitError(.badData, .notCSV, phrases: ["what": .jsonDocument]) }
        try rejectControlBytes(head)
        return .text
    }

    /// Signatures of files that are plainly not text, with what they are.
    private static let binarySignatures: [([UInt8], ErrorText)] = [
        ([0x89, 0x50, 0x4E, 0x47], .pngImage), ([0x25, 0x50, 0x44, 0x46], .pdfDocument),
        ([0xFF, 0xD8, 0xFF], .jpegImage), ([0x47, 0x49, 0x46, 0x38], .gifImage),
        ([0x7F, 0x45, 0x4C, 0x46], .executable), ([0x1F, 0x8B], .gzipArchive),
    ]

    /// The first kilobytes as text, to look for tags: UTF-16 (with or without a byte-order mark)
    /// transcoded, else read as UTF-8 (a Windows-1252 letter becomes U+FFFD, which no tag holds); the
    /// byte-order mark and leading white space removed, lower-cased.
    static func textHead(_ head: [UInt8]) -> String {
        let bytes = Array(head.prefix(headLength))
        var text: String
        if let littleEndian = ByteDecoder.utf16ByteOrder(bytes) {
            let start = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
            var units: [UInt16] = []
            var i = start
            while i + 1 < bytes.count {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(littleEndian ? b << 8 | a : a << 8 | b)
                i += 2
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        text = String(text.drop { $0 == "\u{FEFF}" || $0.isWhitespace })
        return text.lowercased()
    }

    /// `.htmlPage` or `.xmlDocument` when `text` (see `textHead`) starts with markup; nil otherwise. A page
    /// is HTML when, past an XML declaration, comments and a doctype, its first element is an HTML
    /// element (`<html>`, `<section>`, `<table>`, `<div>`…), its doctype says html, or its first
    /// kilobytes hold `<html`, `<head`, `<body` or `<table` (XHTML under `<?xml …?>`); any other markup is XML.
    static func markup(_ text: String) -> ErrorText? {
        guard text.hasPrefix("<") else { return nil }
        if ["html", "head", "body", "table"].contains(where: { containsTag(text, $0) }) { return .htmlPage }
        var rest = Substring(text)
        while rest.hasPrefix("<") {
            if rest.hasPrefix("<?") || rest.hasPrefix("<!--") || rest.hasPrefix("<!") {
                if rest.hasPrefix("<!doctype") { return rest.dropFirst(9).prefix(while: { $0 != ">" }).contains("html") ? .htmlPage : .xmlDocument }
                let close = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let end = rest.range(of: close) else { return .xmlDocument }
                rest = rest[end.upperBound...].drop { $0.isWhitespace }
                continue
            }
            let name = rest.dropFirst().prefix { $0.isLetter || $0.isNumber }
            return htmlElements.contains(String(name)) ? .htmlPage : .xmlDocument
        }
        return .xmlDocument
    }

    /// Whether `text` holds the start tag `<name` followed by the end of the name (not `<tablet`).
    private static func containsTag(_ text: String, _ name: String) -> Bool {
        var rest = Substring(text)
        while let found = rest.range(of: "<" + name) {
            guard let after = rest[found.upperBound...].first else { return true }
            if !(after.isLetter || after.isNumber || after == "-" || after == ":") { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// Elements that only an HTML page starts with (XML vocabularies seldom use these names for a root).
    private static let htmlElements: Set<String> = [
        "html", "head", "body", "table", "div", "section", "article", "main", "header", "footer", "nav", "aside",
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "b", "i", "em", "strong", "ul", "ol", "li", "dl",
        "form", "meta", "link", "script", "style", "title", "br", "hr", "img", "font", "center", "iframe", "figure",
        "caption", "thead", "tbody", "tr", "td", "th", "pre", "blockquote", "details", "noscript", "template", "base",
        "small", "u", "s", "code", "label", "button", "input", "select",
    ]

    /// Whether `text` (see `textHead`) starts like a JSON document: an object, or an array of values.
    static func isJSON(_ text: String) -> Bool {
        text.hasPrefix("{") || (text.hasPrefix("[") && (text.dropFirst().first { !$0.isWhitespace }).map { "{[\"".contains($0) } == true)
    }

    /// Refuses binary data: NUL bytes in the first kilobyte, outside UTF-16, or other control bytes (not
    /// tab, line feed, form feed or carriage return) when more than one in twenty: random bytes have one
    /// in nine, text next to none.
    static func rejectControlBytes(_ bytes: [UInt8]) throws {
        guard ByteDecoder.utf16ByteOrder(bytes) == nil else { return }
        let head = bytes.prefix(1024)
        let nuls = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nuls > 8 { throw PortraitError(.badData, .binaryNULBytes, ["count": String(nuls)]) }
        let controls = head.reduce(0) { $0 + (($1 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($1)) || $1 == 0x7F ? 1 : 0) }
        if controls > 8 && controls * 20 > head.count {
            throw PortraitError(.badData, .binaryControlBytes, ["count": String(controls)])
        }
    }

    /// The signature of an OLE compound file: an old Excel `.xls`, or an encrypted OOXML workbook.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// What a compound file holds: an encrypted workbook when one of its stream names is
    /// `EncryptedPackage` (UTF-16LE) in `bytes` (its first and last bytes suffice: the directory is small).
    static func compoundFileKind(_ bytes: [UInt8]) -> ErrorText {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return contains(name, in: bytes) ? .encryptedWorkbook : .oldExcel
    }

    private static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
