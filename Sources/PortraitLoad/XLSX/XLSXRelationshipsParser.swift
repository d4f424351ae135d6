import PortraitText
import PortraitStore
import Foundation

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
final class XLSXRelationshipsParser: XLSXPartHandler {
    /// The relationships in document order.
    private(set) var relationships: [XLSXRelationship] = []
    let failure: PortraitError? = nil

    func start(_ tag: XLSXTag) {
        guard tag.name == "Relationship", let id = tag.attribute("Id"), let target = tag.attribute("Target") else { return }
        relationships.append(XLSXRelationship(id: id, type: tag.attribute("Type") ?? "", target: target,
                                              isExternal: tag.attribute("TargetMode") == "External"))
    }

    func end(_ name: XLSXTagName) {}

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
