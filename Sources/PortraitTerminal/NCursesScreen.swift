import CNCurses
import Foundation
import PortraitBrowser
import PortraitCore

/// The terminal, through ncursesw: draws styled wide-character text and reads keys (with `get_wch`, so
/// typed accents arrive as characters), mouse actions and resizes. One instance exists while the
/// browser runs; `close()` gives the terminal back in its normal mode.
public final class NCursesScreen: Screen {
    /// What one read gave.
    public enum Read {
        case event(InputEvent)
        /// Nothing arrived within the read timeout.
        case timeout
        /// A key the browser does not know.
        case ignored
    }

    private let colour: Bool
    private var isOpen = true
    /// How long a read waits, in milliseconds.
    private let timeout: Int32

    /// Starts curses on the terminal; nil when the terminal cannot be used (unknown TERM, or
    /// no cursor addressing, as with TERM=dumb).
    /// `timeout` is how long a read waits (milliseconds) before giving the loop a chance to notice signals.
    public init?(colour wantsColour: Bool, mouse: Bool, timeout: Int32 = 100) {
        guard portrait_newterm() != nil else { return nil }
        self.timeout = timeout
        portrait_configure(timeout)
        colour = wantsColour && portrait_start_colour() != 0
        if colour {
            init_pair(1, Int16(COLOR_CYAN), -1)
            init_pair(2, Int16(COLOR_GREEN), -1)
            init_pair(3, Int16(COLOR_YELLOW), -1)
            init_pair(4, Int16(COLOR_RED), -1)
            init_pair(5, Int16(COLOR_GREEN), -1)
        }
        if mouse { _ = portrait_enable_mouse() }
    }

    deinit { close() }

    /// Ends curses: the terminal gets back its modes (echo, line editing) and the screen it had.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        portrait_move(portrait_lines() - 1, 0)
        endwin()
    }

    public var size: TermSize { TermSize(columns: Int(portrait_cols()), rows: Int(portrait_lines())) }

    public func clear() { portrait_erase() }

    public func put(_ text: String, row: Int, column: Int, style: Style) {
        let current = size
        guard row >= 0, row < current.rows, column >= 0, column < current.columns else { return }
        var characters: [wchar_t] = []
        characters.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { characters.append(wchar_t(bitPattern: scalar.value)) }
        let attributes = attributes(for: style)
        characters.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            portrait_put(Int32(row), Int32(column), base, Int32(buffer.count), attributes.attrs, attributes.pair)
        }
    }

    public func setCursor(_ position: (row: Int, column: Int)?) {
        if let position {
            curs_set(1)
            portrait_move(Int32(position.row), Int32(position.column))
        } else {
            curs_set(0)
        }
    }

    public func present() { portrait_refresh() }

    /// Sends `text` to the terminal's clipboard with OSC 52 (terminals that do not support it ignore it).
    public func copyToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        fflush(nil)
        let bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBufferPointer { Foundation.write(1, $0.baseAddress! + written, $0.count - written) }
            if n <= 0 { break }
            written += n
        }
    }

    /// Reads the next key, mouse action or resize (waiting at most the timeout given at start).
    public func read() -> Read { decode { portrait_get_wch(&$0) } }

    /// Reads a key that has already arrived, without waiting (`.timeout` when none has).
    public func readPending() -> Read { decode { portrait_get_wch_pending(&$0, timeout) } }

    private func decode(_ get: (inout wint_t) -> Int32) -> Read {
        var value: wint_t = 0
        let status = get(&value)
        if status == ERR { return .timeout }
        let code = Int32(bitPattern: value)
        if status == portrait_key_code_yes() {
            return keyCode(code).map { .event($0) } ?? .ignored
        }
        return .event(.key(Self.key(forCharacter: value)))
    }

    /// The key a character stands for: control characters become their keys.
    static func key(forCharacter value: wint_t) -> Key {
        switch value {
        case 0x1B: return .escape
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .character("\u{FFFD}") }
            return .character(Character(scalar))
        }
    }

    private func keyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case portrait_key_up(): return .key(.up)
        case portrait_key_down(): return .key(.down)
        case portrait_key_left(): return .key(.left)
        case portrait_key_right(): return .key(.right)
        case portrait_key_ppage(): return .key(.pageUp)
        case portrait_key_npage(): return .key(.pageDown)
        case portrait_key_home(): return .key(.home)
        case portrait_key_end(): return .key(.end)
        case portrait_key_btab(): return .key(.backTab)
        case portrait_key_enter(): return .key(.enter)
        case portrait_key_backspace(): return .key(.backspace)
        case portrait_key_dc(): return .key(.delete)
        case portrait_key_resize(): return .resize(size)
        case portrait_key_mouse():
            var row: Int32 = 0, column: Int32 = 0
            switch portrait_mouse_event(&row, &column) {
            case 1: return .mouse(MouseEvent(.press, row: Int(row), column: Int(column)))
            case 4: return .mouse(MouseEvent(.wheelUp, row: Int(row), column: Int(column)))
            case 5: return .mouse(MouseEvent(.wheelDown, row: Int(row), column: Int(column)))
            default: return nil
            }
        default: return nil
        }
    }

    /// Curses attributes and colour pair for a style. Without colour the attributes alone keep focus,
    /// selection and matches visible.
    private func attributes(for style: Style) -> (attrs: attr_t, pair: Int16) {
        var attrs = portrait_attr_normal()
        if style.contains(.reverse) { attrs |= portrait_attr_reverse() }
        if style.contains(.bold) { attrs |= portrait_attr_bold() }
        if style.contains(.dim) { attrs |= portrait_attr_dim() }
        if style.contains(.underline) { attrs |= portrait_attr_underline() }
        guard colour else { return (attrs, 0) }
        let pair: Int16
        if style.contains(.match) { pair = 3 }
        else if style.contains(.failure) { pair = 4 }
        else if style.contains(.success) { pair = 5 }
        else if style.contains(.marked) { pair = 2 }
        else if style.contains(.accent) { pair = 1 }
        else { pair = 0 }
        return (attrs, pair)
    }
}
