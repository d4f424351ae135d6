import PortraitText
import PortraitStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the sheet list of `xl/workbook.xml`: names in workbook order and their relationship ids.
final class XLSXWorkbookParser: NSObject, XLSXPartHandler {
    /// The `<sheet>` entries: the name shown on the tab, the `r:id` of its part (nil if absent), and
    /// whether it is hidden (`state="hidden"` or `"veryHidden"`).
    private(set) var sheets: [(name: String, relationshipID: String?, hidden: Bool)] = []
    let failure: PortraitError? = nil

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard XLSXPartParser.localName(elementName) == "sheet", let name = attributeDict["name"] else { return }
        // The id attribute lives in the relationships namespace, under whatever prefix ("r:id").
        let id = attributeDict.first { key, _ in key.contains(":") && XLSXPartParser.localName(key) == "id" }?.value
        let state = attributeDict["state"] ?? "visible"
        sheets.append((name: name, relationshipID: id, hidden: state == "hidden" || state == "veryHidden"))
    }
}
