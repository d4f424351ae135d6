import Foundation
import PortraitText

extension SourceEncoding {
    /// The encoding a person names (`--encoding`), in any case: utf-8, utf-16le, utf-16be, windows-1252
    /// (or cp1252, latin1, iso-8859-1, which browsers read as windows-1252); nil for any other name.
    public init?(optionName: String) {
        switch optionName.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le", "utf-16-le": self = .utf16LE
        case "utf-16be", "utf16be", "utf-16-be": self = .utf16BE
        case "windows-1252", "cp1252", "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .windows1252
        default: return nil
        }
    }

    /// The encoding's name as `validate` prints it, in `language`.
    public func name(_ language: Language) -> String {
        guard language == .fr else { return rawValue }
        switch self {
        case .utf8: return "UTF-8"
        case .utf8BOM: return "UTF-8 avec marque d'ordre des octets (BOM)"
        case .utf16LE: return "UTF-16 LE"
        case .utf16BE: return "UTF-16 BE"
        case .windows1252: return "Windows-1252"
        case .utf8Mixed: return "UTF-8, avec quelques octets invalides lus en Windows-1252"
        case .utf8CutShort: return "UTF-8, coupé au milieu de son dernier caractère (montré comme �)"
        }
    }
}
