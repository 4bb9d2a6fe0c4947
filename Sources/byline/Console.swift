import Foundation
import NewsCore

/// Everything `byline` writes to standard output and standard error goes through `write`.
///
/// A hostile file name, query, option value or folder name can reach any message, the
/// argument parser's own ("Unknown option '--…'") included, so no call site is trusted to
/// have made its text safe: `write` passes every line through `TerminalText.visible`, which
/// writes each control, escape, bidirectional or invisible character as `<U+…>`. The only
/// escape sequences Byline prints are its own (bold in search snippets, on a terminal), added
/// after that.
enum Console {
    enum Stream {
        case output, error

        var handle: FileHandle { self == .output ? .standardOutput : .standardError }
    }

    /// Writes `text` and a newline to `stream`, made visible (with `oneLine`, line breaks too);
    /// a closed pipe (`byline list | head`) is ignored.
    static func write(_ text: String, to stream: Stream, oneLine: Bool = false) {
        stream.handle.write(Data((TerminalText.visible(text, keepingLineBreaks: !oneLine) + "\n").utf8))
    }

    /// Writes one line of pieces to standard output, the marked ones in bold (for a terminal
    /// that has not asked for no colour): each piece is made visible first.
    static func writeMarkedInBold(_ pieces: [(text: String, marked: Bool)]) {
        var line = ""
        for piece in pieces {
            let text = TerminalText.visible(piece.text, keepingLineBreaks: false)
            line += piece.marked ? "\u{1B}[1m" + text + "\u{1B}[22m" : text
        }
        Stream.output.handle.write(Data((line + "\n").utf8))
    }
}

/// Writes a line of a command's result to standard output.
func emit(_ text: String) {
    Console.write(text, to: .output)
}

/// Writes one line to standard error, after `byline: `: a line break in it (a file name may
/// hold one) is shown as `<U+000A>`, so every warning stays one line.
func warn(_ text: String) {
    Console.write("byline: " + text, to: .error, oneLine: true)
}
