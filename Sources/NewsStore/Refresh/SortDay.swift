import NewsCore

/// The date an article sorts by, as a `yyyymmdd` integer (0 when it has none).
///
/// The `date` field when it starts with a `YYYY-MM-DD` date, else a `YYYY-MM-DD` prefix of the
/// file name, else none; the reader's list and every "newest first" order use it.
enum SortDay {
    static func of(date: String?, path: String) -> Int {
        if let date, let day = parse(date) { return day }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return parse(name) ?? 0
    }

    /// `yyyymmdd` of a string starting with a `YYYY-MM-DD` that is a day of the calendar.
    static func parse(_ text: String) -> Int? {
        guard let day = ArticleParser.isoDay(text) else { return nil }
        return Int(day.replacingOccurrences(of: "-", with: ""))
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
