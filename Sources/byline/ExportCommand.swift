import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Writes the analysed corpus for a researcher's pandas or R: one JSON object per article.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every article with its text, entities and quotations as JSON.",
        discussion: """
            Each article is {"path","title","date","text","entities":[{"id","name","type",\
            "mentions":[{"start","end"}]}],"quotes":[{"start","end","kind","speaker",\
            "speaker_entity","speaker_id"}]}. Offsets are Unicode scalar offsets into "text" (the \
            text `byline show --json` prints); "id" and "speaker_id" are corpus-wide entity ids, \
            the same for every article that names the entity.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "JSON Lines: one article object per line, instead of one JSON array.")
    var jsonl = false

    /// Articles read from the index at a time: the export streams, so a 100,000-article corpus
    /// never sits in memory whole.
    static let pageSize = 256

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(corpus.directory)
            // Refreshed (and rebuilt if damaged) first; the articles then stream from it.
            let index = try OpenedCorpus.answering(folder: folder, override: corpus.indexPath) { $0 }
            if !jsonl { emit("[") }
            var first = true
            var offset = 0
            while true {
                let page: [ArticleSummary]
                do {
                    page = try index.articles(offset: offset, limit: Self.pageSize)
                } catch {
                    throw CommandFailure(String(describing: error))
                }
                if page.isEmpty { break }
                offset += page.count
                for summary in page {
                    guard let object = try Self.object(for: summary, in: index) else { continue }
                    let line = object.serialized(pretty: false)
                    if jsonl {
                        emit(line)
                    } else {
                        emit((first ? "" : ",") + line)
                    }
                    first = false
                }
            }
            if !jsonl { emit("]") }
        }
    }

    /// One article's object, or nil (with a warning) when its file can no longer be read.
    static func object(for summary: ArticleSummary, in index: NewsIndex) throws -> JSONValue? {
        let opened: OpenedArticle
        let entities: [StoredArticleEntity]
        let quotes: [StoredQuote]
        do {
            opened = try index.open(summary)
            entities = try index.entities(inArticle: summary.id)
            quotes = try index.quotes(inArticle: summary.id)
        } catch {
            if case .corrupt = error { throw CommandFailure(error.description) }
            warn("\(summary.path.terminalSafeName): \(error.description.terminalSafe); left out")
            return nil
        }
        if opened.isStale {
            // Changed on disk between the refresh and now: its stored offsets would point into
            // text that is no longer there.
            warn("\(summary.path.terminalSafeName): changed while exporting; left out")
            return nil
        }
        return .object([
            ("path", .string(summary.path)),
            ("title", .string(summary.title)),
            ("date", .optional(summary.date)),
            ("text", .string(opened.article.text)),
            ("entities", .array(entities.map { entity in
                .object([
                    ("id", .int(Int(entity.entityID))),
                    ("name", .string(entity.name)),
                    ("type", .string(entity.type.rawValue)),
                    ("mentions", .array(entity.mentions.map { range in
                        .object([("start", .int(range.lowerBound)), ("end", .int(range.upperBound))])
                    })),
                ])
            })),
            ("quotes", .array(quotes.map { stored in
                .object([
                    ("start", .int(stored.quote.range.lowerBound)),
                    ("end", .int(stored.quote.range.upperBound)),
                    ("kind", .string(stored.quote.kind.rawValue)),
                    ("speaker", .optional(stored.quote.speakerText)),
                    ("speaker_entity", .optional(stored.speakerName ?? stored.quote.speakerEntity)),
                    ("speaker_id", .optional(stored.speakerID.map { Int($0) })),
                ])
            })),
        ])
    }
}
