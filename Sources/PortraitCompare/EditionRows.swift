import PortraitText
import PortraitStore
import PortraitLoad

/// The rows of one edition that take part in a comparison (all of them, or those a query kept), with the
/// edition's label.
public struct EditionRows: Sendable, Equatable {
    public let label: String
    /// Row numbers in the store, in file order.
    public let rows: [Int]

    public init(label: String, rows: [Int]) {
        self.label = label
        self.rows = rows
    }
}

extension PortraitStore {
    /// `rows` split by edition, each edition in the order its first row comes (files load in the order
    /// given, so that is the order of the files).
    public func editions(of rows: [Int]) -> [EditionRows] {
        var order: [Int] = []
        var byCode: [Int: [Int]] = [:]
        for row in rows {
            let code = code(.edition, row: row)
            if byCode[code] == nil { order.append(code) }
            byCode[code, default: []].append(row)
        }
        return order.map { EditionRows(label: values(.edition)[$0].raw, rows: byCode[$0] ?? []) }
    }

    /// Every row split by edition.
    public var editions: [EditionRows] { editions(of: Array(0..<count)) }
}
