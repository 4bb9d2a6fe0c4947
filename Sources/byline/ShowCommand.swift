import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Prints one parsed article.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article: its fields and text, or JSON with offsets."
    )

    @Argument(help: "The article file, or one article of a feed or JSON Lines file (FILE#ID, as `list` prints it).", completion: .file(extensions: ["txt", "md", "html", "htm", "xml", "newsml", "nitf", "rss", "atom", "json", "jsonl", "ndjson"]))
    var path: String

    @Flag(help: "Print JSON: fields, text, blocks with Unicode scalar offsets into text, warnings.")
    var json = false

    func run() throws {
        try reportingFailures {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            var article: Article
            do {
                article = try ArticleLoader.load(url, path: CorpusLocation.articlePath(path))
            } catch {
                throw CommandFailure(String(describing: error))
            }
            // Names and quotations are looked for in the first 100,000 characters only: said
            // here as the indexer says it, on standard error and in the JSON's warnings.
            article.warnings = article.warningsWithLimits
            for warning in article.warnings {
                warn("\(path.terminalSafeName): \(warning)")
            }
            // Other versions of the story, when the folder it lies in has an index.
            let versions = StoryVersions.of(url)
            if json {
                let analysis = Analysis.standard
                let entities = analysis.extractor.entities(in: article)
                let quotes = analysis.findQuotes(article, entities)
                guard case .object(var fields) = article.json else { return }
                if let modified = FileDay.of(path: url.path) {
                    fields.insert(("modified", .string(modified)), at: fields.count - 1)
                }
                let slice = ScalarSlicer(article.text)
                fields.insert(("entities", .array(entities.map { ArticleJSON.entity($0, slice: slice) })), at: fields.count - 1)
                fields.insert(("quotes", .array(quotes.map { ArticleJSON.quote($0, slice: slice, path: article.path) })), at: fields.count - 1)
                fields.insert(("versions", .int(versions?.count ?? 1)), at: fields.count - 1)
                fields.insert(("version_paths", versions.map { .array($0.map(JSONValue.string)) } ?? .null), at: fields.count - 1)
                emit(JSONValue.object(fields).serialized())
                return
            }
            emit(ArticleText.render(article, shownDate: ArticleDateSource.shown(date: article.date, file: URL(fileURLWithPath: ArticlePath.file(of: url.path)))))
            if let versions, versions.count > 1 {
                emit("\n\(versions.count) versions of this story: " + versions.map(\.terminalSafeName).joined(separator: ", "))
            }
        }
    }
}

/// The plain-text form of an article for `byline show`: blocks apart, fields labelled.
enum ArticleText {
    static func render(_ article: Article, shownDate: (date: String, source: ArticleDateSource)? = nil) -> String {
        var out: [String] = []
        let slice = ScalarSlicer(article.text)
        for block in article.blocks {
            let text = slice(block.range)
            switch block.kind {
            case .headline:
                out.append(text)
                // A date the article does not give itself says where it comes from.
                var date = article.date
                if let shown = shownDate, shown.source != .article {
                    date = "\(shown.date) (\(shown.source == .fileName ? "from the file name" : "file modified; the article gives no date"))"
                }
                // A web page's source and author are fields of their own; a text file's are also in its meta.
                let named = [article.source, article.author].compactMap { $0 }.filter { value in !article.meta.contains { $0.value == value } }
                let meta = [date].compactMap { $0 } + named + [article.agency].compactMap { $0 } + article.meta.map { "\($0.key): \($0.value)" }
                if !meta.isEmpty { out.append(meta.joined(separator: " · ")) }
                // Where a saved page or a feed item came from.
                if let url = article.url, !url.isEmpty, !article.meta.contains(where: { $0.value == url }) { out.append(url) }
            case .subheading:
                out.append("## " + text)
            case .caption:
                out.append("[caption] " + text)
            case .blockquote:
                out.append("> " + text)
            case .listItem:
                out.append("• " + text)
            case .standfirst, .paragraph:
                out.append(text)
            }
        }
        return out.joined(separator: "\n\n")
    }
}

/// The entity and quotation objects of the JSON output.
enum ArticleJSON {
    /// `{"name","type","aliases":[...],"mentions":[{"start","end","text"}]}`
    static func entity(_ entity: ArticleEntity, slice: ScalarSlicer) -> JSONValue {
        .object([
            ("name", .string(entity.name)),
            ("type", .string(entity.type.rawValue)),
            ("aliases", .array(entity.aliases.map(JSONValue.string))),
            ("mentions", .array(entity.mentions.map { range in
                .object([("start", .int(range.lowerBound)), ("end", .int(range.upperBound)), ("text", .string(slice(range)))])
            })),
        ])
    }

    /// `{"path","start","end","text","kind","speaker","speaker_start","speaker_end","speaker_entity"}`
    static func quote(_ quote: Quote, slice: ScalarSlicer, path: String) -> JSONValue {
        .object([
            ("path", .string(path)),
            ("start", .int(quote.range.lowerBound)),
            ("end", .int(quote.range.upperBound)),
            ("text", .string(slice(quote.range))),
            ("kind", .string(quote.kind.rawValue)),
            ("speaker", .optional(quote.speakerText)),
            ("speaker_start", .optional(quote.speaker?.lowerBound)),
            ("speaker_end", .optional(quote.speaker?.upperBound)),
            ("speaker_entity", .optional(quote.speakerEntity)),
        ])
    }
}

/// Cuts many scalar ranges out of one text: `Article.slice` walks the text from its start on
/// every call, which made printing an article with thousands of blocks or mentions quadratic.
struct ScalarSlicer {
    private let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The text covered by a scalar range, clamped to the text.
    func callAsFunction(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
}
