import PortraitText
import PortraitStore

/// Text from a workbook made safe to show in a one-line error message.
enum XLSXMessageText {
    /// `text` cut to `limit` characters (ending with "…"), control and format characters shown as "?".
    static func plain(_ text: String, limit: Int = 80) -> String {
        var shown = ""
        var count = 0
        for character in text {
            if count == limit {
                shown += "…"
                break
            }
            let isControl = character.unicodeScalars.contains {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }
            shown.append(isControl ? "?" : character)
            count += 1
        }
        return shown
    }
}
