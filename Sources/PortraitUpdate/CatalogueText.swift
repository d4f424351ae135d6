import Foundation
import PortraitCore

/// Text a catalogue gives (titles, names, publisher, licence) is data, and small: before it is stored in
/// a manifest or printed, its control characters become visible placeholders (`TerminalSafe`) and it
/// is cut to 1 KiB of UTF-8, at a character's end.
enum CatalogueText {
    /// The most UTF-8 bytes kept of one catalogue text.
    static let maxBytes = 1024

    static func clean(_ text: String) -> String {
        let visible = TerminalSafe.visible(text, lineBreak: " ")
        guard visible.utf8.count > maxBytes else { return visible }
        var kept = ""
        var bytes = 0
        for character in visible {
            bytes += character.utf8.count
            if bytes > maxBytes { break }
            kept.append(character)
        }
        return kept
    }

    static func clean(_ text: String?) -> String? { text.map(clean) }

    /// The licence's address, kept only when it is HTTPS (or HTTP to this machine, `AddressPolicy`).
    static func licenceLink(_ text: String?) -> String? {
        guard let text, text.utf8.count <= maxBytes, let url = URL(string: text), AddressPolicy.allows(url) else { return nil }
        return clean(text)
    }
}
