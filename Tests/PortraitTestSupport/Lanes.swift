import Testing

/// The lanes of the suite (docs/CONTRIBUTING.md, "Test lanes"): every suite that runs the binary, takes long
/// or bounds time is tagged, so a run can leave them out while editing and CI still runs them all.
extension Tag {
    /// Runs the real `portrait` binary (PortraitE2ETests, PortraitCLITests).
    @Tag public static var e2e: Self
    /// Takes long: files over 100 MB, headless Chromium, keystroke floods, huge shapes.
    @Tag public static var slow: Self
    /// Bounds time, CPU or memory (ResourceBounds, key timings, signal latency): sensitive to a loaded machine.
    @Tag public static var timing: Self
}
