import Foundation

/// The project's shared generator of synthetic portraits (`make_portrait.py`), found where a checkout
/// and CI keep it: `../shared/bench/` beside the repository, whatever folder the repository is in.
public enum SharedGenerator {
    /// The script's path (it may be missing on a machine without `../shared`).
    public static var path: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // PortraitTestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the repository
            .deletingLastPathComponent()
            .appendingPathComponent("shared/bench/make_portrait.py").path
    }

    /// The arguments that run it with python3 for `rows` rows written to `output`.
    public static func arguments(rows: Int, output: String) -> [String] {
        ["python3", path, String(rows), output]
    }
}
