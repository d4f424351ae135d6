import Foundation
import PortraitCore

/// Which addresses `portrait update` talks to: HTTPS anywhere, plain HTTP only to this machine
/// (127.0.0.0/8, ::1, `localhost`), which is what the tests' local catalogue uses.
public enum AddressPolicy {
    /// Whether `url` may be fetched.
    public static func allows(_ url: URL) -> Bool {
        switch url.scheme?.lowercased() {
        case "https": return url.host?.isEmpty == false
        case "http": return isLoopback(url.host ?? "")
        default: return false
        }
    }

    /// Whether `host` names this machine.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Throws the one-line refusal unless `url` may be fetched.
    public static func check(_ url: URL, kind: PortraitError.Kind) throws {
        guard allows(url) else { throw PortraitError(kind, .insecureAddress, ["url": url.absoluteString]) }
    }
}
