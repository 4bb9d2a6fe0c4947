import NewsCore

/// The date an article sorts by, as a `yyyymmdd` integer (0 when it has none).
///
/// The `date` field when it starts with a `YYYY-MM-DD` date, else a `YYYY-MM-DD` prefix of the
/// file name, else none; the reader's list and every "newest first" order use it.
enum SortDay {
    static func of(date: String?, path: String) -> Int {
        if let date, let day = parse(date) { return day }
        let name = fileName(path).map(String.init) ?? path
        return parse(name) ?? 0
    }

    /// The last non-empty component of a path, as `split(separator: "/").last` finds it, but
    /// looked for from the end: splitting the whole path cost 8,000 instructions an article.
    static func fileName(_ path: String) -> Substring? {
        // In ASCII text every byte is a `Character` of its own ("\r\n" aside, which holds no
        // slash), so an ASCII path is searched by byte: stepping back by `Character` cost
        // 400 instructions a step.
        let bytes = path.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let slash = UInt8(ascii: "/")
            guard let last = bytes.lastIndex(where: { $0 != slash }) else { return nil }
            let end = bytes.index(after: last)
            let start = bytes[..<last].lastIndex(of: slash).map { bytes.index(after: $0) } ?? bytes.startIndex
            return path[start..<end]
        }
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        guard end > path.startIndex else { return nil }
        let start = path[..<end].lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return path[start..<end]
    }

    /// `yyyymmdd` of a string starting with a `YYYY-MM-DD` that is a day of the calendar.
    static func parse(_ text: String) -> Int? {
        guard let day = ArticleParser.isoDay(text) else { return nil }
        // The day's eight digits read as one number, skipping its two hyphens (Foundation's
        // `replacingOccurrences` cost 10,000 instructions an article).
        return day.utf8.reduce(0) { n, b in b == UInt8(ascii: "-") ? n : n * 10 + Int(b - UInt8(ascii: "0")) }
    }

    /// `YYYY-MM-DD` for a stored day, nil for 0.
    static func text(_ day: Int) -> String? {
        guard day > 0 else { return nil }
        let y = day / 10000, m = day / 100 % 100, d = day % 100
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
