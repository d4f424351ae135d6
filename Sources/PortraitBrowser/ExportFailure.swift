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
        let typedFolder = OutputPath(path).folder
        let resolvedFolder = OutputPath(resolved).folder
        let folder = typedFolder.isEmpty ? resolvedFolder : typedFolder
        guard let error = error as? PortraitError else {
            return UIString.exportFailedAt.text(language, ["reason": TerminalSafe.visible(String(describing: error)),
                                                           "path": TerminalSafe.visible(path)])
        }
        let inFolder = error.message == .cannotCreateIn
        guard let cause = cause(of: error, folderExists: isFolder(resolvedFolder.isEmpty ? "/" : resolvedFolder)) else {
            let reason = inFolder ? error.values["cause"] ?? error.reason(in: language) : error.reason(in: language)
            return UIString.exportFailedAt.text(language, ["reason": TerminalSafe.visible(reason),
                                                           "path": TerminalSafe.visible(inFolder ? folder : path)])
        }
        return UIString.exportFailedAt.text(language, ["reason": cause.text.text(language),
                                                       "path": TerminalSafe.visible(cause.concernsFolder ? folder : path)])
    }

    /// The cause of an error of `AtomicFile`: its own message, or the system's (`errno`) text it carries.
    static func cause(of error: PortraitError, folderExists: Bool) -> Cause? {
        switch error.message {
        case .outputIsFolder: return .isFolder
        case .outputIsSymbolicLink: return .symbolicLink
        case .outputNotRegular: return .notRegular
        case .outputExists: return .exists
        case .systemError, .cannotCreateIn: break
        default: return nil
        }
        let detail = error.values["cause"] ?? ""
        func isSystemText(_ codes: [Int32]) -> Bool { codes.contains { detail == String(cString: strerror($0)) } }
        if isSystemText([EACCES, EPERM, EROFS]) { return .notWritable }
        if isSystemText([ENOSPC, EDQUOT, EFBIG]) { return .noSpace }
        if isSystemText([EISDIR]) { return .isFolder }
        if isSystemText([EEXIST]) { return .exists }
        // A folder that exists but will not take a new file (/proc) says "no such file" too.
        if isSystemText([ENOENT, ENOTDIR]) { return folderExists ? .notWritable : .noFolder }
        return nil
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
