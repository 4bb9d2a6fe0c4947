import NewsCore

/// A list or a trail written out as CSV, JSON Lines or Markdown: pure text, so the formats can
/// be checked without files.
public enum ExportDocument {
    /// Articles of a list: date, headline, path, read, starred, tags, and a search's snippet.
    public static func articles(_ items: [ArticleListItem], format: ExportFormat) -> String {
        switch format {
        case .csv:
            let header = ["date", "title", "path", "read", "starred", "tags", "snippet"]
            return CSV.document(header: header, rows: items.map { item in
                [item.date ?? "", item.title, item.path, item.isRead ? "true" : "false", item.isStarred ? "true" : "false",
                 item.tags.joined(separator: " "), item.snippet?.text ?? ""]
            })
        case .jsonLines:
            return jsonLines(items.map { item in
                .object([
                    ("date", .optional(item.date)), ("title", .string(item.title)), ("path", .string(item.path)),
                    ("read", .bool(item.isRead)), ("starred", .bool(item.isStarred)),
                    ("tags", .array(item.tags.map(JSONValue.string))), ("snippet", .optional(item.snippet?.text)),
                ])
            })
        case .markdown:
            return items.map { item in
                var line = "- " + Markdown.oneLine(Citation(headline: item.title, date: item.date, location: item.path).text)
                if !item.tags.isEmpty { line += " " + item.tags.map { "#" + $0 }.joined(separator: " ") }
                if let snippet = item.snippet?.text, !snippet.isEmpty { line += "\n  > " + Markdown.oneLine(snippet) }
                return line + "\n"
            }.joined()
        }
    }

    /// Lines of an entity's trail: where each is (date, headline, path, offsets) and its text.
    public static func trail(_ lines: [TrailLine], kind: TrailKind, of entity: ReaderEntity, format: ExportFormat) -> String {
        switch format {
        case .csv:
            let header = ["entity", "date", "title", "path", "start", "end", "kind", "text"]
            return CSV.document(header: header, rows: lines.map { line in
                [entity.name, line.date ?? "", line.title, line.path, String(line.range.lowerBound), String(line.range.upperBound),
                 Self.kind(of: line), line.text.plain]
            })
        case .jsonLines:
            return jsonLines(lines.map { line in
                .object([
                    ("entity", .string(entity.name)), ("date", .optional(line.date)), ("title", .string(line.title)),
                    ("path", .string(line.path)), ("start", .int(line.range.lowerBound)), ("end", .int(line.range.upperBound)),
                    ("kind", .string(Self.kind(of: line))), ("text", .string(line.text.plain)),
                ])
            })
        case .markdown:
            let heading = "## " + kind.title(of: entity) + "\n\n"
            return heading + lines.map { line in
                let citation = Citation(headline: line.title, date: line.date, location: line.path)
                switch line.text {
                case .quotation(let text, _): return "- " + Markdown.oneLine(citation.quoting(text, speaker: entity.name)) + "\n"
                case .context(let marked): return "- " + Markdown.oneLine(citation.mentioning(marked.text)) + "\n"
                }
            }.joined()
        }
    }

    /// Entities of the people view: name, type, corpus counts and newest dated mention (the
    /// view's columns; its rows carry no other forms, which `byline entities --json` gives).
    public static func entities(_ rows: [DirectoryEntity], format: ExportFormat) -> String {
        switch format {
        case .csv:
            let header = ["name", "type", "mentions", "articles", "latest"]
            return CSV.document(header: header, rows: rows.map { row in
                [row.entity.name, row.entity.type.rawValue, row.entity.corpusMentions.map(String.init) ?? "",
                 row.entity.corpusArticles.map(String.init) ?? "", row.latest ?? ""]
            })
        case .jsonLines:
            return jsonLines(rows.map { row in
                .object([
                    ("name", .string(row.entity.name)), ("type", .string(row.entity.type.rawValue)),
                    ("mentions", .optional(row.entity.corpusMentions)), ("articles", .optional(row.entity.corpusArticles)),
                    ("latest", .optional(row.latest)),
                ])
            })
        case .markdown:
            let rows = rows.map { row in
                let counts = [row.entity.corpusMentions.map { "\($0) mentions" }, row.entity.corpusArticles.map { "\($0) articles" },
                              row.latest.map { "latest \($0)" }].compactMap { $0 }
                var line = "- **" + Markdown.oneLine(row.entity.name) + "** (" + row.entity.type.rawValue + ")"
                if !counts.isEmpty { line += ": " + counts.joined(separator: ", ") }
                return line + "\n"
            }
            return rows.joined()
        }
    }

    /// `mention`, or the quotation's kind (`direct`, `partial`).
    static func kind(of line: TrailLine) -> String {
        switch line.text {
        case .context: return "mention"
        case .quotation(_, let kind): return kind == .direct ? "direct" : "partial"
        }
    }

    static func jsonLines(_ values: [JSONValue]) -> String {
        values.map { $0.serialized(pretty: false) + "\n" }.joined()
    }
}

/// RFC 4180 CSV: a field holding a comma, a quotation mark or a line break is quoted, its
/// quotation marks doubled; lines end in CRLF.
enum CSV {
    static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Text made safe for one Markdown list item.
enum Markdown {
    /// Line breaks become spaces, so a quotation stays one item.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
