internal import CLibXML2

/// The local name of an element as libxml2 hands it to a SAX callback (no namespace prefix: "x:row" is
/// "row"), compared by its bytes so that no `String` is made per element. Valid during the callback only.
struct XLSXTagName {
    let bytes: UnsafePointer<xmlChar>

    /// Whether the name is exactly `name`.
    static func == (name: XLSXTagName, text: StaticString) -> Bool {
        XLSXTag.equal(name.bytes, text)
    }

    /// Lets a `switch` over a tag name use string literals as its cases.
    static func ~= (pattern: StaticString, name: XLSXTagName) -> Bool {
        name == pattern
    }
}

/// A start tag as libxml2's SAX2 parser hands it over: the local name and the attributes (each five
/// pointers: local name, prefix, namespace, start and end of the value). Valid during the callback only.
struct XLSXTag {
    /// The element's local name.
    let name: XLSXTagName
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let attributeCount: Int

    /// The value of the attribute written without a prefix as `name` (`r="A1"`), or nil.
    func attribute(_ name: StaticString) -> String? {
        value(of: name, prefixed: false)
    }

    /// The value of the attribute `prefix:name` under whatever prefix (`r:id`), or nil.
    func prefixedAttribute(_ name: StaticString) -> String? {
        value(of: name, prefixed: true)
    }

    /// The bytes of the unprefixed attribute `name` as libxml2 holds them (an `&` as `&#38;`), or nil:
    /// for values read byte by byte, such as cell references.
    func attributeBytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        rawValue(of: name, prefixed: false)
    }

    private func value(of wanted: StaticString, prefixed: Bool) -> String? {
        rawValue(of: wanted, prefixed: prefixed).map(Self.decodedValue)
    }

    private func rawValue(of wanted: StaticString, prefixed: Bool) -> UnsafeBufferPointer<UInt8>? {
        guard let attributes else { return nil }
        for index in 0..<attributeCount {
            let base = index * 5
            guard let localName = attributes[base], (attributes[base + 1] != nil) == prefixed,
                  Self.equal(localName, wanted), let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// The value as written: without entity substitution, libxml2 hands an attribute's `&` (from `&amp;`
    /// or `&#38;`) over as the five bytes `&#38;` and decodes every other reference itself, so each
    /// `&#38;` stands for one `&`.
    private static func decodedValue(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let escaped = Array("&#38;".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), bytes.count - index >= escaped.count,
               (0..<escaped.count).allSatisfy({ bytes[index + $0] == escaped[$0] }) {
                result.append(UInt8(ascii: "&"))
                index += escaped.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the NUL-terminated `name` is exactly `text`.
    static func equal(_ name: UnsafePointer<xmlChar>, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        let wanted = text.utf8Start
        for offset in 0..<count where name[offset] != wanted[offset] { return false }
        return name[count] == 0
    }
}
