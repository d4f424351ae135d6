import PortraitText
import PortraitStore

/// Which table of an HTML page was read as the portrait, and what else was passed over (for `validate`).
public struct HTMLTableChoice: Sendable, Equatable {
    /// 1-based position of the table among the page's tables, in the order they open.
    public var position: Int
    /// Tables in the page.
    public var tablesSeen: Int
    /// The table's `<caption>`, if any.
    public var caption: String?
    /// 1-based row of the table that holds the header.
    public var headerRow: Int
    /// Positions of the other tables, which were not read.
    public var skippedTables: [Int]
    /// Rows of the table's `<tfoot>`, which are not initiatives.
    public var footerRows: Int
}
