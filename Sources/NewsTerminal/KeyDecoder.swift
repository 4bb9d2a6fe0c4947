import CNcurses
import NewsUI

/// What the terminal reported: a key, a new size, or nothing before the timeout.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
    case tick
}

/// Turns `wget_wch` results into events.
enum KeyDecoder {
    /// Waits up to the session's timeout for the next event.
    static func next() -> TerminalEvent {
        var value: wint_t = 0
        let status = wget_wch(byline_stdscr(), &value)
        if status == byline_err() { return .tick }
        if status == byline_key_code_yes() {
            return decodeFunctionKey(Int32(value))
        }
        return decodeCharacter(UInt32(value))
    }

    static func decodeFunctionKey(_ code: Int32) -> TerminalEvent {
        switch code {
        case byline_key_resize(): return .resize
        case byline_key_up(): return .key(.up)
        case byline_key_down(): return .key(.down)
        case byline_key_left(): return .key(.left)
        case byline_key_right(): return .key(.right)
        case byline_key_npage(): return .key(.pageDown)
        case byline_key_ppage(): return .key(.pageUp)
        case byline_key_home(): return .key(.home)
        case byline_key_end(): return .key(.end)
        case byline_key_enter(): return .key(.enter)
        case byline_key_backspace(): return .key(.backspace)
        case byline_key_dc(): return .key(.delete)
        case byline_key_btab(): return .key(.backTab)
        case byline_key_mouse(): return decodeMouse()
        default:
            // KEY_F(n) is KEY_F0 + n; KEY_F0 is 0o410.
            let f0: Int32 = 0o410
            if code > f0, code <= f0 + 24 { return .key(.function(Int(code - f0))) }
            return .tick
        }
    }

    /// Clicks of the first button and the wheel; everything else the mouse does is ignored.
    static func decodeMouse() -> TerminalEvent {
        var x: Int32 = 0
        var y: Int32 = 0
        var buttons: UInt = 0
        guard byline_get_mouse(&x, &y, &buttons) == 0 else { return .tick }
        if buttons & byline_wheel_up() != 0 { return .wheel(x: Int(x), y: Int(y), lines: -3) }
        if buttons & byline_wheel_down() != 0 { return .wheel(x: Int(x), y: Int(y), lines: 3) }
        if buttons & byline_button1_down() != 0 { return .click(x: Int(x), y: Int(y)) }
        return .tick
    }

    static func decodeCharacter(_ value: UInt32) -> TerminalEvent {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            return .key(.control(Character(Unicode.Scalar(value + 96)!)))
        default:
            guard let scalar = Unicode.Scalar(value), !(0..<32).contains(value) else { return .tick }
            return .key(.char(Character(scalar)))
        }
    }
}
