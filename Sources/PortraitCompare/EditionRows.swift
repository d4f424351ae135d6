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
    /// The rows of edition `code` among `rows` (every row when nil), in file order: the one way the
    /// comparison (`portrait diff`), the browser's marks and its `d` view take an edition's rows.
    public func editionRows(_ code: Int, among rows: [Int]? = nil) -> EditionRows {
        let label = values(.edition)[code].raw
        guard let rows else { return EditionRows(label: label, rows: (0..<count).filter { self.code(.edition, row: $0) == code }) }
        return EditionRows(label: label, rows: rows.filter { self.code(.edition, row: $0) == code })
    }

    /// `rows` split by edition, each edition in the order its first row comes (files load in the order
    /// given, so that is the order of the files).
    public func editions(of rows: [Int]) -> [EditionRows] {
        var order: [Int] = []
        var seen = Set<Int>()
        for row in rows where seen.insert(code(.edition, row: row)).inserted { order.append(code(.edition, row: row)) }
        return order.map { editionRows($0, among: rows) }
    }

    /// Every row split by edition.
    public var editions: [EditionRows] { editions(of: Array(0..<count)) }
}

extension LoadedPortrait {
    /// The rows of file `index` among `rows`, with its edition label. Files load one after the other, so
    /// each file's rows follow the previous file's: two files of the same label stay apart here, where
    /// `PortraitStore.editionRows` (by label) would join them.
    public func fileRows(_ index: Int, among rows: [Int]) -> EditionRows {
        let start = reports[..<index].reduce(0) { $0 + $1.rowCount }
        let range = start..<(start + reports[index].rowCount)
        return EditionRows(label: reports[index].edition, rows: rows.filter { range.contains($0) })
    }
}
