import Foundation
import PortraitText
import PortraitStore

/// Part names inside an OPC (Office Open XML) package and the relationship files that describe them.
enum XLSXPartPath {
    /// The relationships part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels";
    /// the package itself ("") → "_rels/.rels".
    static func relationships(of part: String) -> String {
        let (folder, file) = split(part)
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    }

    /// The part a relationship `target` names, read from the relationships of `source`: absolute
    /// targets ("/xl/worksheets/sheet1.xml") are taken from the root, relative ones from the
    /// source's folder, with "." and ".." resolved and %-escapes decoded.
    static func resolve(_ target: String, from source: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var segments: [Substring] = []
        if !decoded.hasPrefix("/") {
            segments = split(source).folder.split(separator: "/")
        }
        for segment in decoded.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func split(_ part: String) -> (folder: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }
}
