#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PortraitText

/// How a CSV file separates its fields and quotes them: the delimiter (`,`, `;`, tab or `|`) and the quote
/// (`"` or `'`). Detected by running the real scanner (`CSVScanner`) over the file's first records with each
/// candidate and keeping the most consistent reading, as DuckDB's sniffer does, so that no second grammar
/// can read a file otherwise than the loader will; or given by a person (`--delimiter`).
public struct CSVDialect: Sendable, Equatable {
    public var delimiter: UInt8
    public var quote: UInt8

    public init(delimiter: UInt8 = 0x2C, quote: UInt8 = 0x22) {
        self.delimiter = delimiter
        self.quote = quote
    }

    /// RFC 4180: comma and double quote.
    public static let standard = CSVDialect()

    /// Delimiters tried, in the order that breaks ties.
    public static let delimiters: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]
    /// Quotes tried, in the order that breaks ties.
    public static let quotes: [UInt8] = [0x22, 0x27]
    /// The delimiter `text` names (`--delimiter`): one ASCII character that is not a quote, a letter, a
    /// digit or a line break, or "tab"; nil for anything else.
    public static func delimiter(named text: String) -> UInt8? {
        if text.lowercased() == "tab" || text == "\\t" { return 0x09 }
        guard text.utf8.count == 1, let byte = text.utf8.first, byte < 0x80, byte != 0x22, byte != 0x27, byte != 0x0A, byte != 0x0D,
              !(byte >= 0x30 && byte <= 0x39), !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) else { return nil }
        return byte
    }

    /// Bytes of the file's beginning that detection reads.
    public static let sampleBytes = 64 << 10
    /// Records of the sample that detection reads, at most.
    static let sampleRecords = 200

    /// How well one candidate reads the sample: how many records have the field count most records have
    /// (among records of two fields or more), and that count.
    struct Reading: Comparable {
        var agreeing: Int
        var fields: Int
        static func < (a: Reading, b: Reading) -> Bool { (a.agreeing, min(a.fields, 64)) < (b.agreeing, min(b.fields, 64)) }
    }

    /// The dialect that reads `sample` (UTF-8 text, the beginning of a file; `isWholeFile` when nothing
    /// follows it) most consistently; ties go to the earlier candidate, and a sample that no candidate
    /// splits is read as standard CSV. `delimiter`, when given, is kept and only the quote is detected.
    public static func detect(_ sample: UnsafeBufferPointer<UInt8>, isWholeFile: Bool, delimiter: UInt8? = nil) -> CSVDialect {
        var best: (dialect: CSVDialect, reading: Reading)?
        // A single quote quotes only in a sample without double quotes: an apostrophe never hides a field's
        // double quotes (nor a double quote left open, which the loader must report).
        let hasDoubleQuote = sample.contains(0x22)
        for candidate in delimiter.map({ [$0] }) ?? delimiters {
            for quote in quotes where quote == 0x22 || !hasDoubleQuote {
                let dialect = CSVDialect(delimiter: candidate, quote: quote)
                let reading = read(sample, as: dialect, isWholeFile: isWholeFile)
                guard reading.agreeing > 0 else { continue }
                if best == nil || best!.reading < reading { best = (dialect, reading) }
            }
        }
        return best?.dialect ?? CSVDialect(delimiter: delimiter ?? standard.delimiter, quote: standard.quote)
    }

    /// `detect` over an array's first `sampleBytes`.
    public static func detect(_ text: [UInt8], delimiter: UInt8? = nil) -> CSVDialect {
        text.withUnsafeBufferPointer { all in
            detect(UnsafeBufferPointer(rebasing: all.prefix(sampleBytes)), isWholeFile: text.count <= sampleBytes, delimiter: delimiter)
        }
    }

    /// The sample's reading with `dialect`, by the loader's own scanner: its records up to the end, or up
    /// to a quote still open at the end of a whole file (which the loader then reports).
    private static func read(_ sample: UnsafeBufferPointer<UInt8>, as dialect: CSVDialect, isWholeFile: Bool) -> Reading {
        var counts: [Int: Int] = [:]
        var records = 0
        _ = try? CSVScanner.scan(sample, dialect: dialect, firstLine: 1, isFinal: isWholeFile) { fields, _, _ in
            if fields.count > 1 { counts[fields.count, default: 0] += 1 }
            records += 1
            return records < sampleRecords
        }
        guard let mode = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return Reading(agreeing: 0, fields: 0) }
        return Reading(agreeing: mode.value, fields: mode.key)
    }
}
