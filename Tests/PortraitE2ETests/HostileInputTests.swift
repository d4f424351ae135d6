import Foundation
import PortraitTestSupport
import Testing

/// Every malformed or odd input of `HostileInput.all`, through the real binary (`validate`, then `query`):
/// the exit status, exactly one line `portrait: cannot read 'PATH': …` for a refused file, the row count
/// for a file that loads; never a crash, a hang, more than its `ResourceBounds`; and the
/// input left as it was.
@Suite(.tags(.e2e, .timing), .serialized) struct HostileInputTests {
    @Test(arguments: HostileInput.all)
    func hostileInput(_ input: HostileInput) throws {
        try input.checkThroughBinary(rowsLabel: "  rows:       ", quietWhenLoaded: true)
    }

    @Test func aThirtyMegabyteFieldArrivesWhole() throws {
        let input = try #require(HostileInput.all.first { $0.fileName == "big-field.csv" })
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(input.fileName).path
        try input.make(path)
        let run = try ResourceBounds.run(["query", "--format", "json", path], input.name)
        let objects = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: String]])
        #expect(objects.first?["benefits"]?.utf8.count == 30 << 20)
    }

    @Test func nulBytesAreKeptInJSONAndShownAsPlaceholdersInMarkdown() throws {
        let input = try #require(HostileInput.all.first { $0.fileName == "nul.csv" })
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(input.fileName).path
        try input.make(path)
        let json = try ResourceBounds.run(["query", "--format", "json", path], input.name)
        #expect(json.stdoutText.contains(#""name": "Tri\u0000des courriels""#))
        let markdown = try ResourceBounds.run(["query", "--format", "md", path], input.name)
        #expect(markdown.stdoutText.contains("| Tri␀des courriels |"))
        #expect(!markdown.stdout.contains(0))
    }

    /// Every command reads its input without writing to it: same bytes, same modification and change times.
    @Test func everyCommandLeavesItsInputUntouched() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("portrait.csv").path
        try HostileInput.text(HostileInput.header + "\n" + HostileInput.row + "\n")(path)
        let before = try FileState(path)
        let commands = [["validate", path], ["summary", path], ["stats", path], ["stats", "--by", "org", "--format", "json", path],
                        ["query", path], ["query", "--format", "md", path], ["query", path, "-o", folder.appendingPathComponent("out.csv").path],
                        ["browse", "--print-screen", "100x30", path]]
        for arguments in commands {
            let run = try ResourceBounds.run(arguments, arguments.joined(separator: " "))
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(try FileState(path) == before, "\(arguments) changed its input")
        }
    }
}

/// A file's bytes and its modification and change times (or, for what is not a regular file, its type).
struct FileState: Equatable {
    var type: mode_t
    var modified: timespec
    var changed: timespec
    var bytes: Data?

    init(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw TmuxError(message: "lstat \(path): \(String(cString: strerror(errno)))") }
        type = info.st_mode & S_IFMT
        #if os(Linux)
        modified = info.st_mtim
        changed = info.st_ctim
        #else
        modified = info.st_mtimespec
        changed = info.st_ctimespec
        #endif
        // Reading a FIFO would block; a folder has no bytes.
        bytes = type == S_IFREG ? try Data(contentsOf: URL(fileURLWithPath: path)) : nil
    }

    static func == (a: FileState, b: FileState) -> Bool {
        a.type == b.type && a.bytes == b.bytes && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}
