/// The `?` overlay: every key of the key table, grouped by where it works.
///
/// Generated from the same `Keymap` that interprets keys, so help and behaviour cannot drift.
public enum HelpOverlayView {
    enum Line: Equatable {
        case heading(String)
        case binding(keys: String, help: String)
        case blank
    }

    static func lines(keymap: Keymap) -> [Line] {
        var out: [Line] = []
        for context in KeyContext.allCases {
            let bindings = keymap.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append(.blank) }
            out.append(.heading(context.title))
            for binding in bindings {
                out.append(.binding(keys: binding.keys.map(\.label).joined(separator: " "), help: binding.help))
            }
        }
        return out
    }

    public static func lineCount(keymap: Keymap, width: Int) -> Int {
        lines(keymap: keymap).count
    }

    static func box(size: Size, lineCount: Int) -> Rect {
        let width = min(76, size.width - 4)
        let height = min(lineCount + 2, size.height - 3)
        return Rect(x: (size.width - width) / 2, y: max(1, (size.height - 1 - height) / 2), width: width, height: height)
    }

    public static func visibleLines(size: Size) -> Int {
        max(1, min(1000, size.height - 3) - 2)
    }

    public static func render(_ state: AppState, buffer: inout Buffer, theme: Theme) {
        let all = lines(keymap: state.keymap)
        let frame = box(size: state.size, lineCount: all.count)
        guard frame.width > 10, frame.height > 2 else { return }
        buffer.fill(frame, style: theme[.helpText])
        drawBorder(frame, buffer: &buffer, style: theme[.helpBorder])
        let title = " Keys "
        buffer.write(title, x: frame.x + 2, y: frame.y, style: theme[.helpHeading])
        let top = state.helpTop ?? 0
        let inner = frame.inset(dx: 2, dy: 1)
        // As wide as the longest keys (a config may bind many), so the descriptions get the rest:
        // a fixed 24 columns cut the longest one short at 80 columns.
        let longestKeys = all.map { line -> Int in
            if case .binding(let keys, _) = line { return CharacterWidth.of(keys) }
            return 0
        }.max() ?? 0
        let keyColumn = min(longestKeys + 2, 24, inner.width / 3)
        for row in 0..<inner.height {
            let index = top + row
            guard index < all.count else { break }
            let y = inner.y + row
            switch all[index] {
            case .heading(let text):
                buffer.write(text, x: inner.x, y: y, style: theme[.helpHeading], maxWidth: inner.width)
            case .binding(let keys, let help):
                buffer.write(Truncate.toWidth(keys, keyColumn - 1), x: inner.x, y: y, style: theme[.helpKey])
                buffer.write(Truncate.toWidth(help, inner.width - keyColumn), x: inner.x + keyColumn, y: y, style: theme[.helpText])
            case .blank:
                break
            }
        }
        if all.count > inner.height {
            let more = top + inner.height < all.count ? " j/k more " : " end "
            buffer.write(more, x: frame.maxX - more.count - 2, y: frame.maxY - 1, style: theme[.helpBorder])
        }
    }

    static func drawBorder(_ rect: Rect, buffer: inout Buffer, style: Style) {
        for x in rect.x..<rect.maxX {
            buffer.put("─", x: x, y: rect.y, style: style)
            buffer.put("─", x: x, y: rect.maxY - 1, style: style)
        }
        for y in rect.y..<rect.maxY {
            buffer.put("│", x: rect.x, y: y, style: style)
            buffer.put("│", x: rect.maxX - 1, y: y, style: style)
        }
        buffer.put("┌", x: rect.x, y: rect.y, style: style)
        buffer.put("┐", x: rect.maxX - 1, y: rect.y, style: style)
        buffer.put("└", x: rect.x, y: rect.maxY - 1, style: style)
        buffer.put("┘", x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    }
}
