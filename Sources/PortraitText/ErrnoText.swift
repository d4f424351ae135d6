import Foundation

/// The system error causes (`errno`) that portrait says in the interface language; any other is shown in
/// the system's own words.
enum ErrnoText {
    /// The phrase for `code`, when it is one of the causes people meet reading and writing files.
    static func phrase(for code: Int32) -> ErrorText? {
        switch code {
        case ENOENT: return .errnoNoSuchFile
        case EACCES: return .errnoPermissionDenied
        case EPERM: return .errnoNotPermitted
        case ENOSPC: return .errnoNoSpace
        case EDQUOT: return .errnoQuota
        case EROFS: return .errnoReadOnly
        case EFBIG: return .errnoFileTooLarge
        case ENAMETOOLONG: return .errnoNameTooLong
        case ENOTDIR: return .errnoNotFolder
        case EISDIR: return .errnoIsFolder
        case EIO: return .errnoInputOutput
        case EMFILE, ENFILE: return .errnoTooManyOpen
        case ELOOP: return .errnoLinkLoop
        case EEXIST: return .errnoExists
        default: return nil
        }
    }
}
