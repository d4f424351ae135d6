import Foundation
import PortraitTestSupport
import Testing

/// `portrait query -o` when the output cannot be written: a full disk (a file-size limit, then a small
/// tmpfs), a folder that is not writable (by its permissions, then a read-only file system). Each gives
/// one clear line and exit status 73, and leaves neither a partial file nor a changed original. The
/// browser's export, which writes the same way, is checked under the file-size limit in BrowserExportSafetyE2ETests.
///
/// The tmpfs cases mount in a private user and mount namespace (`unshare -rm`), so they need no privilege
/// and leave nothing mounted; where that is not allowed they are cancelled with the reason, never passed.
@Suite(.tags(.e2e)) struct ExportSafetyTests {
    static let original = "the original, which must survive\n"

    @Test(arguments: [false, true])
    func fileSizeLimitIsAFullDisk(withOriginal: Bool) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.csv").path
        if withOriginal { try Data(Self.original.utf8).write(to: URL(fileURLWithPath: output)) }
        // The embedded selection is about 70 KB; the limit lets 8 KB through. The binary must ignore
        // SIGXFSZ, or the first write over the limit kills it before it can say anything.
        let run = try MeasuredProcess.run("/bin/sh", ["-c", "ulimit -f 16 && exec \"$0\" \"$@\"", Binary.url.path,
                                                      "query", "-o", output] + (withOriginal ? ["--force"] : []))
        #expect(run.status == 73)
        #expect(run.stderr == "portrait: cannot write '\(output)': File too large\n")
        try Self.expectOnly(withOriginal ? ["out.csv"] : [], in: folder)
        if withOriginal { #expect(try String(contentsOfFile: output, encoding: .utf8) == Self.original) }
    }

    /// As root (who may write anywhere), the binary runs as user nobody through setpriv(1).
    @Test func folderWithoutWritePermission() throws {
        let folder = try Binary.temporaryFolder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let output = folder.appendingPathComponent("out.csv").path
        #expect(chmod(folder.path, 0o555) == 0)
        var command = [Binary.url.path, "query", "-o", output]
        if access(folder.path, W_OK) == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                try Test.cancel("this user may write into a folder without write permission, and setpriv is missing")
            }
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        let run = try MeasuredProcess.run(command[0], Array(command.dropFirst()))
        #expect(run.status == 73)
        #expect(run.stderr == "portrait: cannot write '\(output)': cannot create a file in '\(folder.path)': Permission denied\n")
        try Self.expectOnly([], in: folder)
    }

    @Test func fullTmpfs() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try Self.inPrivateTmpfs(options: "size=64k", folder: folder, """
            printf %s "$ORIGINAL" > "$DIR/out.csv"
            "$PORTRAIT" query --force -o "$DIR/out.csv"
            echo "status=$?"
            ls -A "$DIR"
            cat "$DIR/out.csv"
            """)
        #expect(lines.stderr == "portrait: cannot write '\(folder.path)/out.csv': No space left on device\n")
        #expect(lines.stdout == "status=73\nout.csv\n" + Self.original)
    }

    @Test func readOnlyFileSystem() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try Self.inPrivateTmpfs(options: "ro,size=64k", folder: folder, """
            "$PORTRAIT" query -o "$DIR/out.csv"
            echo "status=$?"
            ls -A "$DIR"
            """)
        #expect(lines.stderr == "portrait: cannot write '\(folder.path)/out.csv': cannot create a file in '\(folder.path)': Read-only file system\n")
        #expect(lines.stdout == "status=73\n")
    }

    /// Runs `script` (with $DIR, $PORTRAIT and $ORIGINAL set) after mounting a tmpfs with `options` on
    /// `folder` in a private namespace; returns what it printed. Cancels the test where that is not possible.
    static func inPrivateTmpfs(options: String, folder: URL, _ script: String) throws -> (stdout: String, stderr: String) {
        let setup = "mount -t tmpfs -o \(options) tmpfs \"$DIR\" || exit 99\n"
        let run = try MeasuredProcess.run("/usr/bin/env", ["DIR=\(folder.path)", "PORTRAIT=\(Binary.url.path)", "ORIGINAL=\(original)",
                                                           "unshare", "-rm", "/bin/sh", "-c", setup + script])
        if run.status == 99 || (run.status != 0 && run.stdout.isEmpty) {
            try Test.cancel("cannot mount a tmpfs in a private namespace here (unshare -rm): \(run.stderr)")
        }
        return (run.stdoutText, run.stderr)
    }

    /// The folder holds exactly `names`: no partial output, no temporary file left behind.
    static func expectOnly(_ names: [String], in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names, sourceLocation: sourceLocation)
    }
}
