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

    /// `yyyymmdd` of a string starting with a valid `YYYY-MM-DD`.
    static func parse(_ text: String) -> Int? {
        let b = Array(text.utf8.prefix(10))
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        var digits: [Int] = []
        for i in [0, 1, 2, 3, 5, 6, 8, 9] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) else { return nil }
            digits.append(Int(b[i] - UInt8(ascii: "0")))
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[4] * 10 + digits[5]
        let day = digits[6] * 10 + digits[7]
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return year * 10000 + month * 100 + day
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
