import Foundation
import PortraitText
import PortraitStore

/// Loads portrait files (CSV or XLSX, French or English) into one `PortraitStore`.
public enum Loader {
    /// Loads every file in `paths` into one store; each file's rows carry its edition label. Each file is
    /// read into a builder of its own, merged into the others' once it is read whole: a file that must be
    /// read again (not plain UTF-8) starts again alone, so the cost stays linear in the number of files.
    public static func load(paths: [UserPath], options: LoadOptions = LoadOptions()) throws -> LoadedPortrait {
        var builder = options.builder
        var reports: [SourceReport] = []
        let sizes = paths.map(FileInput.sizeIfRegular)
        options.progress?.expect(sizes.reduce(0, +))
        for (index, path) in paths.enumerated() {
            defer { options.progress?.set(done: sizes[...index].reduce(0, +)) }
            do {
                var fileBuilder = options.builder
                var report = try loadFile(path, at: index, options: options, into: &fileBuilder)
                report.note(options)
                reports.append(report)
                if index == 0 { builder = fileBuilder } else { try builder.merge(fileBuilder, lineOffset: 0) }
            } catch let error as PortraitError {
                throw error.inFile(path.display)
            }
        }
        return LoadedPortrait(store: builder.build(), reports: reports)
    }

    /// `load(paths:options:)` of paths written as UTF-8 text (stored editions, tests).
    public static func load(paths: [String], options: LoadOptions = LoadOptions()) throws -> LoadedPortrait {
        try load(paths: paths.map { UserPath($0) }, options: options)
    }

    /// Loads the `index`-th file, `path`, into `builder` (empty, this file's own), by what its first bytes
    /// say it is (`FileSniffer.kind`, whatever its name): a workbook, an HTML page, else CSV text, read in
    /// chunks on two threads, else (not plain UTF-8) whole, into a new builder, as the chunked reader may
    /// have added some of this file's rows.
    private static func loadFile(_ path: UserPath, at index: Int, options: LoadOptions,
                                 into builder: inout PortraitStoreBuilder) throws -> SourceReport {
        let edition = edition(at: index, of: path.display, options)
        switch try kind(ofFile: path) {
        case .workbook:
            return try loadXLSX(path: path, edition: edition, options: options, into: &builder)
        case .html:
            return try loadHTML(path: path, edition: edition, options: options, into: &builder)
        case .compoundFile, .text:
            break
        }
        if let chunked = try ChunkedCSVLoader.load(path: path, edition: edition, options: options, into: &builder) {
            return chunked
        }
        builder = options.builder
        return try loadCSV(bytes: FileInput.read(path), name: path.display, edition: edition, options: options, into: &builder)
    }

    /// What the file at `path` is (`FileSniffer.kind` of its first bytes), refusing what no reader takes,
    /// in the words of what its name promised: a file named as a workbook is "not an XLSX workbook" (and
    /// one that is plain text is not a zip archive), any other is "not a CSV file".
    static func kind(ofFile path: UserPath) throws -> FileKind {
        let file = try ReadOnlyFile(path: path)
        let head = try file.read(at: 0, count: min(file.size, FileSniffer.headLength))
        let lower = path.display.lowercased()
        let namedWorkbook = lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")
        let kind: FileKind
        do {
            kind = try FileSniffer.kind(of: head)
        } catch let error as PortraitError where namedWorkbook && error.message == .notCSV {
            throw PortraitError(.badData, .notWorkbook, phrases: error.phrases)
        }
        switch kind {
        case .compoundFile:
            // The directory naming the encrypted stream sits in the first or the last sectors.
            let tail = file.size > 128 << 10 ? try file.read(at: file.size - (64 << 10), count: 64 << 10) : []
            let whole = file.size > 128 << 10 ? try file.read(at: 0, count: 64 << 10) : try file.read(at: 0, count: file.size)
            throw PortraitError(.badData, namedWorkbook ? .notWorkbook : .notCSV, phrases: ["what": FileSniffer.compoundFileKind(whole + tail)])
        case .text where namedWorkbook:
            throw PortraitError(.badData, .notZip)
        default:
            return kind
        }
    }

    /// The edition label of the `index`-th file: the one given for it, else the year in its name.
    private static func edition(at index: Int, of name: String, _ options: LoadOptions) -> String {
        index < options.editions.count ? options.editions[index] : editionLabel(forFile: name)
    }

    /// Loads files given as bytes (the embedded editions), named `name` in messages: CSV, or HTML when
    /// their first bytes say so (`FileSniffer.kind`, as for files read from disk).
    public static func load(csvFiles: [(name: String, bytes: [UInt8])], options: LoadOptions = LoadOptions()) throws -> LoadedPortrait {
        var builder = options.builder
        var reports: [SourceReport] = []
        for (index, file) in csvFiles.enumerated() {
            do {
                let edition = edition(at: index, of: file.name, options)
                var report: SourceReport
                switch try FileSniffer.kind(of: Array(file.bytes.prefix(FileSniffer.headLength))) {
                case .html:
                    report = try loadHTML(bytes: file.bytes, name: file.name, edition: edition, options: options, into: &builder)
                case .text:
                    report = try loadCSV(bytes: file.bytes, name: file.name, edition: edition, options: options, into: &builder)
                case .compoundFile:
                    throw PortraitError(.badData, .notCSV, phrases: ["what": FileSniffer.compoundFileKind(file.bytes)])
                case .workbook:
                    throw PortraitError(.badData, .notCSV, phrases: ["what": .xlsxWorkbook])
                }
                report.note(options)
                reports.append(report)
            } catch let error as PortraitError {
                throw error.inFile(file.name)
            }
        }
        return LoadedPortrait(store: builder.build(), reports: reports)
    }

    /// The edition a file stands for: the year in its name, else its name without folder and extension.
    public static func editionLabel(forFile path: String) -> String {
        let base = (path as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        let scalars = Array(stem.unicodeScalars)
        var i = 0
        while i + 4 <= scalars.count {
            let run = scalars[i..<(i + 4)]
            let before = i == 0 ? nil : scalars[i - 1]
            let after = i + 4 < scalars.count ? scalars[i + 4] : nil
            let isDigit: (Unicode.Scalar?) -> Bool = { $0.map { $0.properties.numericType == .decimal } ?? false }
            if run.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }), !isDigit(before), !isDigit(after),
               let year = Int(String(String.UnicodeScalarView(run))), (1990...2100).contains(year) {
                return String(year)
            }
            i += 1
        }
        return stem.isEmpty ? base : stem
    }

    static func loadCSV(bytes: [UInt8], name: String, edition: String, options: LoadOptions,
                        into builder: inout PortraitStoreBuilder) throws -> SourceReport {
        let (utf8, encoding) = try ByteDecoder.decode(bytes, as: options.encoding)
        let dialect = CSVDialect.detect(utf8, delimiter: options.delimiter)
        var assembler = RowAssembler(edition: edition, options: options)
        try utf8.withUnsafeBufferPointer { buffer in
            try CSVScanner.scan(buffer, dialect: dialect, blankLines: true) { fields, line in
                try assembler.consume(slices: fields, line: line, into: &builder)
            }
        }
        try assembler.finish(into: &builder)
        return SourceReport(file: name, format: .csv, encoding: encoding, dialect: dialect,
                            headerLine: assembler.headerLine, mapping: assembler.mapping!, edition: edition,
                            rowCount: assembler.rowCount, anomalies: assembler.anomalies)
    }

    static func loadXLSX(path: UserPath, edition: String, options: LoadOptions,
                         into builder: inout PortraitStoreBuilder) throws -> SourceReport {
        try FileInput.checkRegularFile(path)
        try rejectOpenDocument(path)
        let (rows, sheet) = try XLSXReader.readPortraitRows(at: path, sheet: options.sheet,
                                                            overrides: options.columnOverrides)
        var assembler = RowAssembler(edition: edition, options: options)
        assembler.limitText(forFileOf: try ReadOnlyFile(path: path).size)
        for (index, cells) in rows.enumerated() {
            try assembler.consume(cells, line: index + 1, into: &builder)
        }
        try assembler.finish(into: &builder)
        var report = SourceReport(file: path.display, format: .xlsx, encoding: nil, dialect: nil,
                                  headerLine: assembler.headerLine, mapping: assembler.mapping!, edition: edition,
                                  rowCount: assembler.rowCount, anomalies: assembler.anomalies)
        report.sheet = sheet
        return report
    }

    /// Refuses a zip archive that is an OpenDocument spreadsheet, naming it: it starts with its stored
    /// "mimetype" entry.
    static func rejectOpenDocument(_ path: UserPath) throws {
        let file = try ReadOnlyFile(path: path)
        let head = try file.read(at: 0, count: min(file.size, 120))
        if head.count > 30, String(decoding: head, as: UTF8.self).contains("application/vnd.oasis.opendocument.spreadsheet") {
            throw PortraitError(.badData, .notWorkbook, phrases: ["what": .openDocumentSpreadsheet])
        }
    }

    /// Refuses bytes that are not CSV text (an image, a PDF, a web page, a workbook…), naming what they are:
    /// for files read as CSV by other means (the alias file).
    public static func rejectUnlessText(_ bytes: [UInt8]) throws {
        let kind = try FileSniffer.kind(of: Array(bytes.prefix(FileSniffer.headLength)))
        switch kind {
        case .text: return
        case .html: throw PortraitError(.badData, .notCSV, phrases: ["what": .htmlPage])
        case .compoundFile: throw PortraitError(.badData, .notCSV, phrases: ["what": FileSniffer.compoundFileKind(bytes)])
        case .workbook: throw PortraitError(.badData, .notCSV, phrases: ["what": .xlsxWorkbook])
        }
    }
}

extension FileInput {
    /// Throws the same errors as `read` for missing or non-regular files, without reading.
    static func checkRegularFile(_ path: UserPath) throws {
        var info = stat()
        let name = path.display
        guard path.withSystemPath({ stat($0, &info) }) == 0 else {
            throw errno == ENOENT ? PortraitError(.noInput, file: name, .noSuchFile) : .system(.noInput, file: name, errno: errno)
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw PortraitError(.noInput, file: name, .isFolderNotFile) }
        guard type == S_IFREG else { throw PortraitError(.noInput, file: name, .notRegularInput) }
    }
}
