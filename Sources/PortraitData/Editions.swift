import Foundation

extension EmbeddedData {
    /// The embedded files decoded to bytes, oldest first (file names carry the year).
    public static var decodedFiles: [(name: String, bytes: [UInt8])] { files.map(decoded) }

    /// The latest embedded edition (the only one decoded).
    public static var latest: (name: String, bytes: [UInt8])? { files.last.map(decoded) }

    private static func decoded(_ file: (name: String, base64: String)) -> (name: String, bytes: [UInt8]) {
        (file.name, Array(Data(base64Encoded: file.base64) ?? Data()))
    }

    /// The built-in organisation alias file (`Data/organisation-aliases.csv`) decoded to bytes.
    public static var aliasesFile: (name: String, bytes: [UInt8]) {
        (aliases.name, Array(Data(base64Encoded: aliases.base64) ?? Data()))
    }
}
