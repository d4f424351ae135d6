import PortraitText
import PortraitStore
import Foundation

/// Reads the shared string table (`xl/sharedStrings.xml`): one text per `<si>`, made of its `<t>`
/// or of its rich-text runs' `<t>` concatenated; phonetic runs (`<rPh>`) are left out.
final class XLSXSharedStringsParser: XLSXPartHandler {
    /// The strings, in index order.
    private(set) var strings: [String] = []
    private(set) var failure: PortraitError?
    private let maxStrings: Int
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0
    private var text: [UInt8] = []

    /// A parser that refuses more than `maxStrings` strings.
    init(maxStrings: Int) {
        self.maxStrings = maxStrings
    }

    func start(_ tag: XLSXTag) {
        switch tag.name {
        case "si":
            inItem = true
            text.removeAll(keepingCapacity: true)
        case "rPh":
            phoneticDepth += 1
        case "t":
            inText = inItem && phoneticDepth == 0
        default:
            break
        }
    }

    func end(_ name: XLSXTagName) {
        switch name {
        case "si":
            guard strings.count < maxStrings else {
                failure = PortraitError(.badData, .tooManySharedStrings, ["max": String(maxStrings)])
                return
            }
            strings.append(XLSXEscapes.decode(String(decoding: text, as: UTF8.self)))
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

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { text.append(contentsOf: bytes) }
    }
}
