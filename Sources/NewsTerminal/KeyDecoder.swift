import CNcurses
import NewsUI

/// What the terminal reported: a key, a new size, or nothing before the timeout.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
    /// Text pasted while bracketed paste is on, delivered whole.
    case paste(String)
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
            if Int32(value) == byline_key_paste_begin() { return readPaste() }
            return decodeFunctionKey(Int32(value))
        }
        return decodeCharacter(UInt32(value))
    }

    /// The next event if one is already waiting, without waiting for one: the run loop handles
    /// typed-ahead keys before it draws.
    static func poll() -> TerminalEvent? {
        wtimeout(byline_stdscr(), 0)
        defer { wtimeout(byline_stdscr(), TerminalSession.inputTimeout) }
        let event = next()
        return event == .tick ? nil : event
    }

    /// The most of one paste kept, in characters: far more than any prompt takes.
    static let pasteLimit = 1_000_000

    /// Reads a bracketed paste up to its end marker. A terminal that never sends the end (the
    /// connection dropped mid-paste) ends it after two seconds of silence.
    static func readPaste() -> TerminalEvent {
        var text = String.UnicodeScalarView()
        var count = 0
        var silentTicks = 0
        while silentTicks < 20 {
            var value: wint_t = 0
            let status = wget_wch(byline_stdscr(), &value)
            if status == byline_err() {
                silentTicks += 1
                continue
            }
            silentTicks = 0
            if status == byline_key_code_yes() {
                if Int32(value) == byline_key_paste_end() { break }
                // Other function keys inside a paste (a resize) are dropped.
                continue
            }
            guard count < pasteLimit, let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            text.append(scalar)
            count += 1
        }
        return .paste(String(text))
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
