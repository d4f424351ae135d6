import Foundation
import ZIPFoundation
internal import CZlibChecksum
import PortraitText
import PortraitStore

extension ZipArchiveReader {
    /// The expanded bytes of `entry`, refusing zip bombs: the declared size and ratio are checked
    /// first, then the bytes actually produced are counted and expansion stops as soon as they pass
    /// the declared size (so a header that lies cannot get round the checks) or `limits.maxPartBytes`. `observe` sees the size of each produced chunk (tests use it to check
    /// that expansion stopped early).
    func contents(of entry: ZipEntryInfo, limits: XLSXLimits, observe: (Int) -> Void = { _ in }) throws -> Data {
        let name = XLSXMessageText.plain(entry.name)
        let tooBig = PortraitError(.badData, .partTooLarge, ["part": name, "size": XLSXLimits.describe(bytes: limits.maxPartBytes)])
        let damaged = PortraitError(.badData, .partCannotExpand, ["part": name])
        let overDeclared = PortraitError(.badData, .partOverDeclared,
                                         ["part": name, "size": XLSXLimits.describe(bytes: Int(entry.uncompressedSize))])
        guard !entry.isEncrypted else {
            throw PortraitError(.badData, .partEncrypted, ["part": name])
        }
        let maxBytes = UInt64(limits.maxPartBytes)
        guard entry.uncompressedSize <= maxBytes, entry.compressedSize <= maxBytes else { throw tooBig }
        if entry.uncompressedSize > UInt64(limits.ratioFloorBytes),
           entry.uncompressedSize > entry.compressedSize * UInt64(max(limits.maxCompressionRatio, 1)) {
            throw PortraitError(.badData, .partZipBomb, ["part": name, "ratio": String(limits.maxCompressionRatio)])
        }
        guard let header = try read(at: entry.localHeaderOffset, count: 30).map(ZipBytes.init),
              header.u32(0) == 0x0403_4B50,
              let nameLength = header.u16(26), let extraLength = header.u16(28) else { throw damaged }
        let dataOffset = entry.localHeaderOffset + 30 + UInt64(nameLength) + UInt64(extraLength)
        guard dataOffset <= fileSize, entry.compressedSize <= fileSize - dataOffset else { throw damaged }

        var output = Data()
        output.reserveCapacity(Int(min(entry.uncompressedSize, 64 * 1024 * 1024)))
        var checksum: CRC32 = 0
        let consume: Consumer = { chunk in
            guard output.count + chunk.count <= limits.maxPartBytes else { throw tooBig }
            guard UInt64(output.count + chunk.count) <= entry.uncompressedSize else { throw overDeclared }
            output.append(chunk)
            checksum = Self.crc32(chunk, continuing: checksum)
            observe(chunk.count)
        }
        do {
            switch entry.method {
            case 0:
                try copyStored(entry, from: dataOffset, into: consume)
            case 8:
                try inflate(entry, from: dataOffset, into: consume)
            default:
                throw PortraitError(.badData, .partUnsupportedCompression, ["part": name, "method": String(entry.method)])
            }
        } catch {
            throw Self.portraitError(error, otherwise: damaged)
        }
        guard UInt64(output.count) == entry.uncompressedSize, checksum == entry.crc32 else { throw damaged }
        return output
    }

    private static var chunkSize: Int { 64 * 1024 }

    /// The entry's stored bytes ran out (or the file ended) before its data did.
    private struct EntryDataEnded: Error {}

    /// zlib's CRC-32 of `chunk`, continuing `checksum` (ZIPFoundation's own, on Linux, reads a table a
    /// byte at a time: an eighth of the cost of a sheet of a million formatted rows).
    private static func crc32(_ chunk: Data, continuing checksum: CRC32) -> CRC32 {
        chunk.withUnsafeBytes { bytes in
            guard let base = bytes.bindMemory(to: Bytef.self).baseAddress else { return checksum }
            return CRC32(CZlibChecksum.crc32(uLong(checksum), base, uInt(bytes.count)))
        }
    }

    private func copyStored(_ entry: ZipEntryInfo, from offset: UInt64, into consume: Consumer) throws {
        var position = offset
        var remaining = entry.compressedSize
        while remaining > 0 {
            let count = Int(min(remaining, UInt64(Self.chunkSize)))
            guard let bytes = try read(at: position, count: count) else { throw EntryDataEnded() }
            try consume(Data(bytes))
            position += UInt64(count)
            remaining -= UInt64(count)
        }
    }

    /// Inflates through ZIPFoundation's streaming decoder with a provider that stays inside the
    /// entry: it throws once the compressed bytes are used up (ZIPFoundation's own provider reads on
    /// to the end of the file and, on Linux, spins forever on a truncated deflate stream), and pads a
    /// short last chunk to the size asked (the Linux decoder assumes full chunks).
    private func inflate(_ entry: ZipEntryInfo, from offset: UInt64, into consume: Consumer) throws {
        var position = offset
        var remaining = entry.compressedSize
        let provide: Provider = { _, size in
            guard size > 0 else { return Data() }
            guard remaining > 0 else { throw EntryDataEnded() }
            let count = Int(min(remaining, UInt64(size)))
            guard let bytes = try self.read(at: position, count: count) else { throw EntryDataEnded() }
            position += UInt64(count)
            remaining -= UInt64(count)
            var chunk = Data(bytes)
            if count < size { chunk.append(Data(count: size - count)) }
            return chunk
        }
        _ = try Data.decompress(size: Int64(entry.compressedSize), bufferSize: Self.chunkSize, skipCRC32: true,
                                provider: provide, consumer: consume)
    }
}
