import PortraitText
import PortraitStore

/// Bounds that keep a hostile or broken workbook from exhausting memory or time.
///
/// The defaults suit real registers by a wide margin; tests shrink them to exercise the guards quickly.
struct XLSXLimits: Sendable {
    /// Largest size one zip part may expand to (declared or actually produced).
    var maxPartBytes = 512 * 1024 * 1024
    /// Largest expansion ratio (uncompressed ÷ compressed) accepted for parts above `ratioFloorBytes`.
    var maxCompressionRatio = 200
    /// Parts no larger than this escape the ratio check (tiny, repetitive XML compresses very well).
    var ratioFloorBytes = 10 * 1024 * 1024
    /// Largest zip central directory read into memory.
    var maxDirectoryBytes = 64 * 1024 * 1024
    /// Largest number of cells (gaps included) a sheet may produce, and of shared strings.
    var maxCells = 25_000_000
    /// Empty cells a sheet may get to fill the gaps before far-off cells (a cell at column XFD makes 16,383):
    /// this many, plus `gapCellsPerCell` per cell with a value, so that a few bytes of XML cannot make
    /// millions of cells while sparse sheets still load.
    var maxGapCells = 1 << 20
    var gapCellsPerCell = 8

    /// The limits used by `XLSXReader`'s public API.
    static let standard = XLSXLimits()

    /// `bytes` in words for messages: "512 MB", or a byte count below one megabyte.
    static func describe(bytes: Int) -> String {
        let megabyte = 1024 * 1024
        if bytes >= megabyte && bytes % megabyte == 0 { return "\(bytes / megabyte) MB" }
        return "\(bytes) bytes"
    }
}
