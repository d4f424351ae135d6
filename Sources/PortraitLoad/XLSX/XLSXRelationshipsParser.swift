import PortraitText
import PortraitStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One `<Relationship>` of a `.rels` part.
struct XLSXRelationship: Sendable {
    /// The id other parts use ("rId1").
    let id: String
    /// The relationship type URI; its last segment tells the kind ("worksheet", "sharedStrings").
    let type: String
    /// The target as written (relative or absolute).
    let target: String
    /// Whether the target is outside the package (TargetMode="External").
    let isExternal: Bool

    /// Whether the type URI ends with `/kind` (transitional and strict schemas alike).
    func isKind(_ kind: String) -> Bool { type.hasSuffix("/" + kind) }
}

/// Reads the relationships of a `.rels` part.
final class XLSXRelationshipsParser: NSObject, XLSXPartHandler {
    /// The relationships in document order.
    private(set) var relationships: [XLSXRelationship] = []
    let failure: PortraitError? = nil

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard XLSXPartParser.localName(elementName) == "Relationship",
              let id = attributeDict["Id"], let target = attributeDict["Target"] else { return }
        relationships.append(XLSXRelationship(id: id, type: attributeDict["Type"] ?? "", target: target,
                                              isExternal: attributeDict["TargetMode"] == "External"))
    }
}
