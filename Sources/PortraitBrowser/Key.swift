import PortraitCore

/// A key as the browser understands it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// A control combination, e.g. `.control("u")` for Ctrl-U.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete

    /// How the key is written in the help and the README.
    public func label(_ language: Language) -> String {
        switch self {
        case .character(" "): return UIString.keySpace.text(language)
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return UIString.keyPageUp.text(language)
        case .pageDown: return UIString.keyPageDown.text(language)
        case .home: return UIString.keyHome.text(language)
        case .end: return UIString.keyEnd.text(language)
        case .tab: return UIString.keyTab.text(language)
        case .backTab: return UIString.keyBackTab.text(language)
        case .enter: return UIString.keyEnter.text(language)
        case .escape: return UIString.keyEscape.text(language)
        case .backspace: return UIString.keyBackspace.text(language)
        case .delete: return UIString.keyDelete.text(language)
        }
    }
}

/// What the mouse did, in screen cells (row 0 at the top).
public struct MouseEvent: Hashable, Sendable {
    /// The button action the browser uses.
    public enum Action: Hashable, Sendable {
        case press
        case wheelUp
        case wheelDown
    }

    public var action: Action
    public var row: Int
    public var column: Int

    public init(_ action: Action, row: Int, column: Int) {
        self.action = action
        self.row = row
        self.column = column
    }
}

/// One thing the terminal reports: a key, a mouse action or a new size.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(TermSize)
}
