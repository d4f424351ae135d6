import PortraitText
import PortraitStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the shared string table (`xl/sharedStrings.xml`): one text per `<si>`, made of its `<t>`
/// or of its rich-text runs' `<t>` concatenated; phonetic runs (`<rPh>`) are left out.
final class XLSXSharedStringsParser: NSObject, XLSXPartHandler {
    /// The strings, in index order.
    private(set) var strings: [String] = []
    private(set) var failure: PortraitError?
    private let maxStrings: Int
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0
    private var text = ""

    /// A parser that refuses more than `maxStrings` strings.
    init(maxStrings: Int) {
        self.maxStrings = maxStrings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch XLSXPartParser.localName(elementName) {
        case "si":
            inItem = true
            text = ""
        case "rPh":
            phoneticDepth += 1
        case "t":
            inText = inItem && phoneticDepth == 0
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch XLSXPartParser.localName(elementName) {
        case "si":
            guard strings.count < maxStrings else {
                failure = PortraitError(.badData, .tooManySharedStrings, ["max": String(maxStrings)])
                parser.abortParsing()
                return
            }
            strings.append(XLSXEscapes.decode(text))
            inItem = false
            inText = false
        case "rPh":
            phoneticDepth = max(0, phoneticDepth - 1)
        case "t":
            inText = false
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inText { text += String(decoding: CDATABlock, as: UTF8.self) }
    }
}
