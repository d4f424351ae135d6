import Foundation

extension EmbeddedData {
    /// The embedded files decoded to bytes, oldest first (file names carry the year).
    public static var decodedFiles: [(name: String, bytes: [UInt8])] {
        files.map { file in (file.name, Array(Data(base64Encoded: file.base64) ?? Data())) }
    }

    /// The latest embedded edition.
    public static var latest: (name: String, bytes: [UInt8])? { decodedFiles.last }

    /// The built-in organisation alias file (`Data/organisation-aliases.csv`) decoded to bytes.
    public static var aliasesFile: (name: String, bytes: [UInt8]) {
        (aliases.name, Array(Data(base64Encoded: aliases.base64) ?? Data()))
    }
}
