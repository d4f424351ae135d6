import PortraitText

extension SourceEncoding {
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
