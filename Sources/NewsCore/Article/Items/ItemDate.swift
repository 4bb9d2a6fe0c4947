/// Dates as feeds and wire formats write them, made ISO 8601 so that they sort and the list
/// can show their day: RFC 822 (`Tue, 05 May 2026 09:30:00 +0100`, RSS), ISO 8601 basic
/// (`20260505T093000+0100`, NITF) and ISO 8601 itself (Atom, NewsML-G2, JSON Feed).
enum ItemDate {
    /// The date as `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS` and the zone as written; the text as it
    /// is when it is in no form above (a date is never invented).
    static func iso(_ raw: String) -> String {
        let text = HTMLText.clean(raw)
        if ArticleParser.isoDay(text) != nil { return text }
        if let basic = fromBasic(text) { return basic }
        if let rfc = fromRFC822(text) { return rfc }
        return text
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones = ["gmt": "+00:00", "ut": "+00:00", "utc": "+00:00", "z": "+00:00", "est": "-05:00", "edt": "-04:00",
                                "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
                                "bst": "+01:00", "cet": "+01:00", "cest": "+02:00"]

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `Tue, 05 May 2026 09:30:00 +0100` (weekday, seconds and zone optional).
    static func fromRFC822(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.allSatisfy(\.isLetter) { words.removeFirst() }
        guard words.count >= 3, let day = Int(words[0]), (1...31).contains(day),
            let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))), var year = Int(words[2])
        else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        var out = "\(year)-\(two(month + 1))-\(two(day))"
        guard ArticleParser.isoDay(out) != nil else { return nil }
        if words.count >= 4 {
            let clock = words[3].split(separator: ":").compactMap { Int($0) }
            guard clock.count >= 2 else { return out }
            out += "T\(two(clock[0])):\(two(clock[1])):\(two(clock.count > 2 ? clock[2] : 0))"
            if words.count >= 5 { out += zone(words[4]) ?? "" }
        }
        return out
    }

    /// `+0100`, `-0500`, `GMT`, `Z` as `+01:00`.
    private static func zone(_ word: String) -> String? {
        if let named = zones[word.lowercased()] { return named }
        let chars = Array(word)
        guard chars.count == 5, chars[0] == "+" || chars[0] == "-", chars[1...].allSatisfy(\.isNumber) else { return nil }
        return "\(chars[0])\(chars[1])\(chars[2]):\(chars[3])\(chars[4])"
    }

    /// `20260505T093000+0100` or `20260505`.
    static func fromBasic(_ text: String) -> String? {
        let chars = Array(text)
        guard chars.count >= 8, chars[0..<8].allSatisfy(\.isNumber) else { return nil }
        let day = "\(String(chars[0..<4]))-\(String(chars[4..<6]))-\(String(chars[6..<8]))"
        guard ArticleParser.isoDay(day) != nil else { return nil }
        if chars.count == 8 { return day }
        guard chars.count >= 15, chars[8] == "T", chars[9..<15].allSatisfy(\.isNumber) else { return nil }
        var out = "\(day)T\(String(chars[9..<11])):\(String(chars[11..<13])):\(String(chars[13..<15]))"
        let rest = String(chars[15...])
        if rest.isEmpty { return out }
        guard let zone = zone(rest) else { return nil }
        out += zone
        return out
    }
}
