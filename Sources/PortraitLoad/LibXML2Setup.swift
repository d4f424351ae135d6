internal import CLibXML2

/// libxml2's global state, set up once before any parser is made: its lazy set-up is not safe when two
/// threads make their first parsers at the same time (they deadlock in `xmlDictCreate`), which happens
/// when files are loaded in parallel.
enum LibXML2Setup {
    private static let done: Void = { xmlInitParser() }()

    /// Sets libxml2 up if it was not yet (thread-safe: Swift runs the initialiser once).
    static func prepare() {
        _ = done
    }
}
