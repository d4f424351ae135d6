import PortraitText
import PortraitStore
import Foundation

/// Reads the sheet list of `xl/workbook.xml`: names in workbook order and their relationship ids.
final class XLSXWorkbookParser: XLSXPartHandler {
    /// The `<sheet>` entries: the name shown on the tab, the `r:id` of its part (nil if absent), and
    /// whether it is hidden (`state="hidden"` or `"veryHidden"`).
    private(set) var sheets: [(name: String, relationshipID: String?, hidden: Bool)] = []
    let failure: PortraitError? = nil

    func start(_ tag: XLSXTag) {
        guard tag.name == "sheet", let name = tag.attribute("name") else { return }
        // The id attribute lives in the relationships namespace, under whatever prefix ("r:id").
        let id = tag.prefixedAttribute("id")
        let state = tag.attribute("state") ?? "visible"
        sheets.append((name: name, relationshipID: id, hidden: state == "hidden" || state == "veryHidden"))
    }

    func end(_ name: XLSXTagName) {}

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
