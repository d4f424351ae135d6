/// The program's version, the one constant that `portrait --version` and the HTTP client's `User-Agent`
/// print.
public enum PortraitVersion {
    /// Semantic version of this release.
    public static let current = "0.3.0"
}
