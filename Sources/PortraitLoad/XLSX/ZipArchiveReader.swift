import Foundation
import PortraitText
import PortraitStore

/// A zip archive opened read-only, with its central directory parsed by hand.
///
/// Only the last 64 KB of the file are scanned for the directory (ZIPFoundation scans the whole
/// file, which is slow on a large non-zip file), and every offset and size is checked against the
/// file before use. Entries are expanded by `ZipArchiveReader+Extract.swift`.
final class ZipArchiveReader {
    /// The entries in directory order.
    let entries: [ZipEntryInfo]
    /// The file's size in bytes.
    let fileSize: UInt64
    let file: ReadOnlyFile
    private let index: [String: Int]

    private static let notZip = PortraitError(.badData, .notZip)
    private static let localHeaderSignature: UInt32 = 0x0403_4B50
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let directorySignature: UInt32 = 0x0201_4B50

    /// Opens `path` for reading only (without blocking, checked to be a regular file) and reads its central directory.
    init(path: UserPath, limits: XLSXLimits) throws {
        let file = try ReadOnlyFile(path: path)
        self.file = file
        do {
            fileSize = UInt64(file.size)
            entries = try Self.readDirectory(file: file, fileSize: fileSize, limits: limits)
        } catch {
            throw Self.portraitError(error, otherwise: Self.notZip)
        }
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where !entry.name.hasSuffix("/") {
            let key = ZipEntryInfo.lookupKey(entry.name)
            if index[key] == nil { index[key] = position }
        }
        self.index = index
    }

    /// The entry stored under `path` (compared as OPC part names: case-insensitive, `/` or `\`).
    func entry(_ path: String) -> ZipEntryInfo? {
        index[ZipEntryInfo.lookupKey(path)].map { entries[$0] }
    }

    /// Reads exactly `count` bytes at `offset`, or nil if the file ends first.
    func read(at offset: UInt64, count: Int) throws -> [UInt8]? {
        try Self.read(file, at: offset, count: count)
    }

    /// `error` as a `PortraitError`, or `fallback` when it is some other error.
    static func portraitError(_ error: Error, otherwise fallback: PortraitError) -> PortraitError {
        (error as? PortraitError) ?? fallback
    }

    private static func read(_ file: ReadOnlyFile, at offset: UInt64, count: Int) throws -> [UInt8]? {
        guard count >= 0, offset <= UInt64(Int.max) else { return nil }
        if count == 0 { return [] }
        let bytes = try file.read(at: Int(offset), count: count)
        return bytes.count == count ? bytes : nil
    }

    private static func readDirectory(file: ReadOnlyFile, fileSize: UInt64, limits: XLSXLimits) throws -> [ZipEntryInfo] {
        guard fileSize >= 22, let head = try read(file, at: 0, count: 4) else { throw notZip }
        let magic = ZipBytes(bytes: head).u32(0)
        guard magic == localHeaderSignature || magic == endSignature else { throw notZip }

        let tailCount = Int(min(fileSize, 65_535 + 22))
        let tailStart = fileSize - UInt64(tailCount)
        guard let tailBytes = try read(file, at: tailStart, count: tailCount) else { throw notZip }
        let tail = ZipBytes(bytes: tailBytes)
        guard let endPosition = findEnd(in: tail) else {
            throw PortraitError(.badData, .zipNoDirectory)
        }
        var count = UInt64(tail.u16(endPosition + 10) ?? 0)
        var directorySize = UInt64(tail.u32(endPosition + 12) ?? 0)
        var directoryOffset = UInt64(tail.u32(endPosition + 16) ?? 0)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF,
           let locator = tail.slice(endPosition - 20, 20).map({ ZipBytes(bytes: Array($0)) }),
           locator.u32(0) == zip64LocatorSignature, let recordOffset = locator.u64(8),
           recordOffset < fileSize, let record = try read(file, at: recordOffset, count: 56).map(ZipBytes.init),
           record.u32(0) == zip64EndSignature {
            count = record.u64(32) ?? count
            directorySize = record.u64(40) ?? directorySize
            directoryOffset = record.u64(48) ?? directoryOffset
        }
        guard directorySize <= UInt64(limits.maxDirectoryBytes) else {
            throw PortraitError(.badData, .zipDirectoryTooLarge, ["size": XLSXLimits.describe(bytes: limits.maxDirectoryBytes)])
        }
        guard directoryOffset <= fileSize, directorySize <= fileSize - directoryOffset,
              let directory = try read(file, at: directoryOffset, count: Int(directorySize)) else {
            throw PortraitError(.badData, .zipDirectoryOutOfBounds)
        }
        return try parseDirectory(ZipBytes(bytes: directory), declaredCount: count)
    }

    /// The position in `tail` of the last end-of-central-directory record that fits.
    private static func findEnd(in tail: ZipBytes) -> Int? {
        var position = tail.bytes.count - 22
        while position >= 0 {
            if tail.u32(position) == endSignature, let commentLength = tail.u16(position + 20),
               position + 22 + Int(commentLength) <= tail.bytes.count {
                return position
            }
            position -= 1
        }
        return nil
    }

    private static func parseDirectory(_ directory: ZipBytes, declaredCount: UInt64) throws -> [ZipEntryInfo] {
        let damaged = PortraitError(.badData, .zipBadEntry)
        var entries: [ZipEntryInfo] = []
        var position = 0
        while position + 46 <= directory.bytes.count && UInt64(entries.count) < declaredCount {
            guard directory.u32(position) == directorySignature,
                  let flags = directory.u16(position + 8), let method = directory.u16(position + 10),
                  let crc = directory.u32(position + 16),
                  let compressed32 = directory.u32(position + 20), let uncompressed32 = directory.u32(position + 24),
                  let nameLength = directory.u16(position + 28).map(Int.init),
                  let extraLength = directory.u16(position + 30).map(Int.init),
                  let commentLength = directory.u16(position + 32).map(Int.init),
                  let offset32 = directory.u32(position + 42),
                  let nameBytes = directory.slice(position + 46, nameLength),
                  let extra = directory.slice(position + 46 + nameLength, extraLength) else { throw damaged }
            var sizes = (UInt64(uncompressed32), UInt64(compressed32), UInt64(offset32))
            if uncompressed32 == 0xFFFF_FFFF || compressed32 == 0xFFFF_FFFF || offset32 == 0xFFFF_FFFF {
                sizes = zip64Sizes(in: ZipBytes(bytes: Array(extra)), declared: sizes)
            }
            entries.append(ZipEntryInfo(name: String(decoding: nameBytes, as: UTF8.self), flags: flags, method: method,
                                        crc32: crc, compressedSize: sizes.1, uncompressedSize: sizes.0,
                                        localHeaderOffset: sizes.2))
            position += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// The sizes and offset completed from the ZIP64 extra field (id 1): each value saturated at
    /// 0xFFFFFFFF in the directory is read there, in order.
    private static func zip64Sizes(in extra: ZipBytes, declared: (UInt64, UInt64, UInt64)) -> (UInt64, UInt64, UInt64) {
        var position = 0
        while let id = extra.u16(position), let length = extra.u16(position + 2).map(Int.init) {
            if id == 1 {
                var result = declared
                var field = position + 4
                let end = field + length
                func next(_ value: UInt64) -> UInt64 {
                    guard value == 0xFFFF_FFFF, field + 8 <= end, let wide = extra.u64(field) else { return value }
                    field += 8
                    return wide
                }
                result.0 = next(declared.0)
                result.1 = next(declared.1)
                result.2 = next(declared.2)
                return result
            }
            position += 4 + length
        }
        return declared
    }
}
