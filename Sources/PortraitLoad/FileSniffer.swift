import PortraitText

/// Recognises, from their first bytes, files that are text but not CSV (web pages, XML, JSON) and Office
/// containers that are not XLSX (an old `.xls`, a password-protected workbook, an OpenDocument
/// spreadsheet), so that the message names what the file is. The one place that decides a file is HTML:
/// a reader of HTML tables hooks in here.
public enum FileSniffer {
    /// The kind of non-CSV text `head` (a file's first bytes) starts with, if any.
    public static func nonCSVText(_ head: [UInt8]) -> ErrorText? {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count && [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        guard start < head.count else { return nil }
        let window = String(decoding: head[start..<min(head.count, start + 1024)], as: UTF8.self).lowercased()
        if looksLikeHTML(window) { return .htmlPage }
        if window.hasPrefix("<?xml") || window.hasPrefix("<") { return .xmlDocument }
        if window.hasPrefix("{") || (window.hasPrefix("[") && (window.dropFirst().first { !$0.isWhitespace }).map { "{[\"".contains($0) } == true) {
            return .jsonDocument
        }
        return nil
    }

    /// Whether `window` (the start of a file, lower-cased, leading white space removed) is a web page.
    public static func looksLikeHTML(_ window: String) -> Bool {
        guard window.hasPrefix("<") else { return false }
        return window.hasPrefix("<!doctype html") || window.hasPrefix("<html") || window.contains("<html")
            || window.contains("<body") || window.contains("<table") || window.contains("<head")
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
