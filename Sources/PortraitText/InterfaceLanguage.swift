import Foundation

/// The interface language from the locale environment: English when the first of LC_ALL, LC_MESSAGES
/// and LANG that is set starts with "en", French otherwise.
public enum InterfaceLanguage {
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .fr
        }
        return .fr
    }
}
