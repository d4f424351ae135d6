import Foundation
import PortraitText
import PortraitStore

/// Loads portrait files (CSV or XLSX, French or English) into one `PortraitStore`.
public enum Loader {
    /// Loads every file in `paths` into one store; each file's rows carry its edition label.
    public static func load(paths: [String], options: LoadOptions = LoadOptions()) throws -> LoadedPortrait {
        var builder = options.builder
        var reports: [SourceReport] = []
        let sizes = paths.map(FileInput.sizeIfRegular)
        options.progress?.expect(sizes.reduce(0, +))
        for (index, path) in paths.enumerated() {
            defer { options.progress?.set(done: sizes[...index].reduce(0, +)) }
            do {
                reports.append(try loadFile(path, at: index, after: Array(paths[..<index]), options: options, into: &builder))
            } catch let error as PortraitError {
                throw error.inFile(path)
            }
        }
        return LoadedPortrait(store: builder.build(), reports: reports)
    }

    /// Loads the `index`-th file, `path`, which comes after the files `earlier`: XLSX, else CSV in chunks on
    /// two threads, else (not plain UTF-8) the whole file at once, which means starting again from the
    /// earlier files, as the chunked reader may have added some of this file's rows.
    private static func loadFile(_ path: String, at index: Int, after earlier: [String], options: LoadOptions,
                                 into builder: inout PortraitStoreBuilder) throws -> SourceReport {
        let edition = edition(at: index, of: path, options)
        if path.lowercased().hasSuffix(".xlsx") || isZip(path) {
            return try loadXLSX(path: path, edition: edition, options: options, into: &builder)
        }
        if isHTML(path) {
            return try loadHTML(path: path, edition: edition, options: options, into: &builder)
        }
        if let chunked = try ChunkedCSVLoader.load(path: path, edition: edition, options: options, into: &builder) {
            return chunked
        }
        builder = options.builder
        for (index, earlierPath) in earlier.enumerated() {
            _ = try loadFile(earlierPath, at: index, after: Array(earlier[..<index]), options: options, into: &builder)
        }
        return try loadCSV(bytes: FileInput.read(path), name: path, edition: edition, options: options, into: &builder)
    }

    /// The edition label of the `index`-th file: the one given for it, else the year in its name.
    private static func edition(at index: Int, of name: String, _ options: LoadOptions) -> String {
        index < options.editions.count ? options.editions[index] : editionLabel(forFile: name)
    }

    /// Loads CSV files given as bytes (the embedded editions), named `name` in messages.
    public static func load(csvFiles: [(name: String, bytes: [UInt8])], options: LoadOptions = LoadOptions()) throws -> LoadedPortrait {
        var builder = options.builder
        var reports: [SourceReport] = []
        for (index, file) in csvFiles.enumerated() {
            do {
                reports.append(try loadCSV(bytes: file.bytes, name: file.name, edition: edition(at: index, of: file.name, options),
                                           options: options, into: &builder))
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
        try rejectBinary(bytes)
        let (utf8, encoding) = try ByteDecoder.decode(bytes)
        let delimiter = DelimiterDetector.detect(utf8)
        var assembler = RowAssembler(edition: edition, options: options)
        try utf8.withUnsafeBufferPointer { buffer in
            try CSVScanner.scan(buffer, delimiter: delimiter, blankLines: true) { fields, line in
                try assembler.consume(slices: fields, line: line, into: &builder)
            }
        }
        try assembler.finish(into: &builder)
        return SourceReport(file: name, format: .csv, encoding: encoding, delimiter: delimiter,
                            headerLine: assembler.headerLine, mapping: assembler.mapping!, edition: edition,
                            rowCount: assembler.rowCount, anomalies: assembler.anomalies)
    }

    static func loadXLSX(path: String, edition: String, options: LoadOptions,
                         into builder: inout PortraitStoreBuilder) throws -> SourceReport {
        try FileInput.checkRegularFile(path)
        try rejectNonWorkbook(path)
        let (rows, sheet) = try XLSXReader.readPortraitRows(at: URL(fileURLWithPath: path), sheet: options.sheet,
                                                            overrides: options.columnOverrides)
        var assembler = RowAssembler(edition: edition, options: options)
        for (index, cells) in rows.enumerated() {
            try assembler.consume(cells, line: index + 1, into: &builder)
        }
        try assembler.finish(into: &builder)
        var report = SourceReport(file: path, format: .xlsx, encoding: nil, delimiter: nil,
                                  headerLine: assembler.headerLine, mapping: assembler.mapping!, edition: edition,
                                  rowCount: assembler.rowCount, anomalies: assembler.anomalies)
        report.sheet = sheet
        return report
    }

    /// Refuses a file given as a workbook that is another kind of Office file, naming it: an old `.xls` or a
    /// password-protected workbook (both OLE compound files) or an OpenDocument spreadsheet.
    static func rejectNonWorkbook(_ path: String) throws {
        let file = try ReadOnlyFile(path: path)
        let head = try file.read(at: 0, count: min(file.size, 64 << 10))
        if head.starts(with: FileSniffer.compoundFileSignature) {
            // The directory naming the encrypted stream sits in the first or the last sectors.
            let tail = file.size > 128 << 10 ? try file.read(at: file.size - (64 << 10), count: 64 << 10) : []
            throw PortraitError(.badData, .notWorkbook, phrases: ["what": FileSniffer.compoundFileKind(head + tail)])
        }
        // An OpenDocument package starts with its stored "mimetype" entry.
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]), head.count > 30,
           String(decoding: head.prefix(120), as: UTF8.self).contains("application/vnd.oasis.opendocument.spreadsheet") {
            throw PortraitError(.badData, .notWorkbook, phrases: ["what": .openDocumentSpreadsheet])
        }
        if let text = FileSniffer.nonCSVText(Array(head.prefix(1024))), !head.starts(with: [0x50, 0x4B]) {
            throw PortraitError(.badData, .notWorkbook, phrases: ["what": text])
        }
    }

    /// Whether the file starts like a zip archive (an XLSX saved under another name).
    static func isZip(_ path: String) -> Bool {
        // Opened without blocking and checked on the descriptor: a FIFO put in the file's place cannot block.
        guard let file = try? ReadOnlyFile(path: path), let head = try? file.read(at: 0, count: 4) else { return false }
        return head == [0x50, 0x4B, 0x03, 0x04]
    }

    /// Refuses files that are plainly not text (images, PDFs, executables) with a clear reason.
    public static func rejectBinary(_ bytes: [UInt8]) throws {
        let signatures: [([UInt8], ErrorText)] = [
            ([0x89, 0x50, 0x4E, 0x47], .pngImage), ([0x25, 0x50, 0x44, 0x46], .pdfDocument),
            ([0xFF, 0xD8, 0xFF], .jpegImage), ([0x47, 0x49, 0x46, 0x38], .gifImage),
            ([0x7F, 0x45, 0x4C, 0x46], .executable), ([0x1F, 0x8B], .gzipArchive),
            ([0xD0, 0xCF, 0x11, 0xE0], .oldExcel),
        ]
        for (magic, what) in signatures where bytes.starts(with: magic) {
            let kind = what == .oldExcel ? FileSniffer.compoundFileKind(bytes) : what
            throw PortraitError(.badData, .notCSV, phrases: ["what": kind])
        }
        if let text = FileSniffer.nonCSVText(Array(bytes.prefix(1024))) {
            throw PortraitError(.badData, .notCSV, phrases: ["what": text])
        }
        // NUL bytes in the first kilobyte, outside UTF-16, mean binary data; so do other control bytes
        // (not tab, line feed, form feed or carriage return) when more than one in twenty: random bytes
        // have one in nine, text next to none.
        let head = bytes.prefix(1024)
        if ByteDecoder.looksLikeBOMlessUTF16(bytes) == nil, !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) {
            let nuls = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
            if nuls > 8 { throw PortraitError(.badData, .binaryNULBytes, ["count": String(nuls)]) }
            let controls = head.reduce(0) { $0 + (($1 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($1)) || $1 == 0x7F ? 1 : 0) }
            if controls > 8 && controls * 20 > head.count {
                throw PortraitError(.badData, .binaryControlBytes, ["count": String(controls)])
            }
        }
    }
}

extension FileInput {
    /// Throws the same errors as `read` for missing or non-regular files, without reading.
    static func checkRegularFile(_ path: String) throws {
        var info = stat()
        guard stat(RawFileNames.systemPath(path), &info) == 0 else {
            throw errno == ENOENT ? PortraitError(.noInput, file: path, .noSuchFile) : .system(.noInput, file: path, errno: errno)
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw PortraitError(.noInput, file: path, .isFolderNotFile) }
        guard type == S_IFREG else { throw PortraitError(.noInput, file: path, .notRegularInput) }
    }
}
