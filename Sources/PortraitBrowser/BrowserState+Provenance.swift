import PortraitText
import PortraitOutput

extension BrowserState {
    /// Whether the rows shown are (or include) the embedded illustrative sample.
    public var isSample: Bool { provenance.contains(where: \.isSample) }

    /// The first screen's message for the sample: "illustrative sample — run `portrait update` for the
    /// official register"; none for official editions or files.
    var sampleNoticeMessage: StatusMessage? {
        ProvenanceText.sampleNotice(provenance, language: interface).map { StatusMessage($0, withFirstHints: true) }
    }
}
