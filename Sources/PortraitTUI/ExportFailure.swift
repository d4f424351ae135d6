import Foundation
import PortraitCore

/// The bottom-line message for an export that failed: the cause first, short and in the interface
/// language, then the file or folder it concerns, named once ("Export impossible : dossier non accessible
/// en écriture (/proc)"). Causes it does not recognise keep the error's own reason.
enum ExportFailure {
    /// The causes the browser puts in its own words.
    enum Cause: Equatable {
        case exists, notWritable, noSpace, isFolder, notRegular, symbolicLink, noFolder

        var text: UIString {
            switch self {
            case .exists: return .exportExists
            case .notWritable: return .exportNotWritable
            case .noSpace: return .exportNoSpace
            case .isFolder: return .exportIsFolder
            case .notRegular: return .exportNotRegular
            case .symbolicLink: return .exportSymbolicLink
            case .noFolder: return .exportNoFolder
            }
        }

        /// Whether the cause is about the folder rather than the file.
        var concernsFolder: Bool { [.notWritable, .noSpace, .noFolder].contains(self) }
    }

    /// The message for `error`, raised while writing `path` (as typed), which is `resolved` on disk.
    static func message(for error: Error, path: String, resolved: String, language: Language) -> String {
        let reason = (error as? PortraitError)?.reason ?? String(describing: error)
        let (detail, inFolder) = splitFolder(reason)
        let typedFolder = (path as NSString).deletingLastPathComponent
        let folder = typedFolder.isEmpty ? (resolved as NSString).deletingLastPathComponent : typedFolder
        let resolvedFolder = (resolved as NSString).deletingLastPathComponent
        guard let cause = cause(of: detail, folderExists: isFolder(resolvedFolder.isEmpty ? "/" : resolvedFolder)) else {
            return UIString.exportFailedAt.text(language, ["reason": TerminalSafe.visible(detail),
                                                           "path": TerminalSafe.visible(inFolder ? folder : path)])
        }
        return UIString.exportFailedAt.text(language, ["reason": cause.text.text(language),
                                                       "path": TerminalSafe.visible(cause.concernsFolder ? folder : path)])
    }

    /// The cause named by a reason of `AtomicFile` (its own words, or the system's text for an errno).
    static func cause(of detail: String, folderExists: Bool) -> Cause? {
        if detail.hasPrefix("is a folder") { return .isFolder }
        if detail.contains("symbolic link") { return .symbolicLink }
        if detail.contains("not a regular file") { return .notRegular }
        if detail.hasPrefix("file exists") { return .exists }
        func isSystemText(_ codes: [Int32]) -> Bool { codes.contains { detail == String(cString: strerror($0)) } }
        if isSystemText([EACCES, EPERM, EROFS]) { return .notWritable }
        if isSystemText([ENOSPC, EDQUOT, EFBIG]) { return .noSpace }
        if isSystemText([EISDIR]) { return .isFolder }
        if isSystemText([EEXIST]) { return .exists }
        // A folder that exists but will not take a new file (/proc) says "no such file" too.
        if isSystemText([ENOENT, ENOTDIR]) { return folderExists ? .notWritable : .noFolder }
        return nil
    }

    /// "cannot create a file in 'dir': cause" → ("cause", true); any other reason as it is.
    private static func splitFolder(_ reason: String) -> (detail: String, inFolder: Bool) {
        let prefix = "cannot create a file in '"
        guard reason.hasPrefix(prefix), let end = reason.range(of: "': ", options: .backwards) else { return (reason, false) }
        return (String(reason[end.upperBound...]), true)
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
