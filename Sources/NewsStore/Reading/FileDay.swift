import Foundation
import NewsCore

/// A file's modification time as a calendar day, as `ls -l` shows it: in local time.
public enum FileDay {
    /// `YYYY-MM-DD` of a time in nanoseconds since 1970.
    public static func text(ofNanoseconds nanoseconds: Int64) -> String {
        var seconds = time_t(nanoseconds / 1_000_000_000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let year = Int(parts.tm_year) + 1900, month = Int(parts.tm_mon) + 1, day = Int(parts.tm_mday)
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// The modification day of the file at `path` (for an item, `feed.xml#id`, its file's), nil
    /// when it cannot be read.
    public static func of(path: String) -> String? {
        CorpusScanner.status(URL(fileURLWithPath: ArticlePath.file(of: path))).map { text(ofNanoseconds: $0.modifiedNanoseconds) }
    }
}

/// Where the date shown for an article comes from.
public enum ArticleDateSource: String, Sendable {
    case article
    case fileName = "file name"
    case fileModified = "file modified"

    /// The date an article is shown with, and where it comes from: its own (`date:` field),
    /// else a `YYYY-MM-DD-` prefix of its file name, else the file's modification day.
    public static func shown(date: String?, file: URL) -> (date: String, source: ArticleDateSource)? {
        if let date, SortDay.parse(date) != nil { return (String(date.prefix(10)), .article) }
        if let day = SortDay.parse(file.lastPathComponent), let text = SortDay.text(day) { return (text, .fileName) }
        return FileDay.of(path: file.path).map { ($0, .fileModified) }
    }
}
