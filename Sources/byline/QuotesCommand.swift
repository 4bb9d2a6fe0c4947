import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Who said what: the quotations of an article or a folder, or of one speaker.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations with their speakers, for an article, a folder, or one speaker."
    )

    @Argument(help: "An article file or a folder (default: ./Articles, else $BYLINE_ARTICLES).", completion: .file(extensions: ["txt", "md", "html", "htm", "xml", "newsml", "nitf", "rss", "atom", "json", "jsonl", "ndjson"]))
    var path: String?

    @Option(help: "Only quotations by this person or institution (any form of the name).")
    var speaker: String?

    @Option(name: .customLong("index"), help: "Index file or folder.")
    var indexPath: String?

    @Flag(help: "Print a JSON array of {\"path\",\"start\",\"end\",\"text\",\"kind\",\"speaker\",\"speaker_start\",\"speaker_end\",\"speaker_entity\"}.")
    var json = false

    func run() throws {
        try reportingFailures {
            // A file, or an item of one (`feed.xml#id`).
            if let path, ![.missing, .folder].contains(PathStatus.kind(ArticlePath.file(of: (path as NSString).expandingTildeInPath))) {
                try quotesOfFile(path)
            } else {
                try quotesOfFolder(try CorpusLocation.resolve(path))
            }
        }
    }

    /// One file, analysed on the spot.
    private func quotesOfFile(_ path: String) throws {
        let article: Article
        do {
            article = try ArticleLoader.load(URL(fileURLWithPath: (path as NSString).expandingTildeInPath), path: path)
        } catch {
            throw CommandFailure(String(describing: error))
        }
        let analysis = Analysis.standard
        let entities = analysis.extractor.entities(in: article)
        // Terms (scare quotes, titles, words mentioned as words) are nobody's quotation.
        var quotes = analysis.findQuotes(article, entities).filter(\.kind.isQuotation)
        if let speaker {
            let wanted = EntityNames.aliasKey(speaker)
            let names = entities.filter { entity in entity.aliases.contains { EntityNames.aliasKey($0) == wanted } }.map(\.name)
            quotes = quotes.filter { quote in
                guard let entity = quote.speakerEntity else { return false }
                return names.contains(entity) || EntityNames.aliasKey(entity) == wanted
            }
        }
        let slice = ScalarSlicer(article.text)
        let named = CorpusLocation.articlePath(path)
        print(quotes.map { (named, $0, slice($0.range)) })
    }

    /// A folder, from its index.
    private func quotesOfFolder(_ folder: URL) throws {
        let rows: [(String, Quote, String)] = try OpenedCorpus.answering(folder: folder, override: indexPath) { index in
            var rows: [(String, Quote, String)] = []
            if let speaker {
                switch try index.lookupEntity(speaker) {
                case .none:
                    throw CommandFailure("no person or institution called \(speaker.terminalSafe) in \(folder.path.terminalSafeName)")
                case .ambiguous(let candidates):
                    let list = candidates.map { "  \($0.name.terminalSafe) (\($0.type.rawValue))" }.joined(separator: "\n")
                    throw CommandFailure("\(speaker.terminalSafe) could be any of these; give a fuller name:\n\(list)")
                case .found(let entity):
                    rows = try index.quotes(bySpeaker: entity.id, offset: 0, limit: Int.max / 2).map { ($0.path, $0.quote, $0.text ?? "") }
                }
            } else {
                var offset = 0
                while true {
                    let page = try index.articles(offset: offset, limit: 500)
                    for summary in page {
                        rows += try index.quotes(inArticle: summary.id).filter(\.quote.kind.isQuotation).map { ($0.path, $0.quote, $0.text ?? "") }
                    }
                    if page.count < 500 { break }
                    offset += page.count
                }
            }
            return rows
        }
        print(rows)
    }

    private func print(_ rows: [(path: String, quote: Quote, text: String)]) {
        if json {
            emit(JSONValue.array(rows.map { row in
                .object([
                    ("path", .string(row.path)),
                    ("start", .int(row.quote.range.lowerBound)),
                    ("end", .int(row.quote.range.upperBound)),
                    ("text", .string(row.text)),
                    ("kind", .string(row.quote.kind.rawValue)),
                    ("speaker", .optional(row.quote.speakerText)),
                    ("speaker_start", .optional(row.quote.speaker?.lowerBound)),
                    ("speaker_end", .optional(row.quote.speaker?.upperBound)),
                    ("speaker_entity", .optional(row.quote.speakerEntity)),
                ])
            }).serialized())
            return
        }
        for row in rows {
            let who = row.quote.speakerEntity ?? row.quote.speakerText ?? "unattributed"
            let kind = row.quote.kind == .partial ? " (partial)" : ""
            emit("\(row.path.terminalSafeName):\(row.quote.range.lowerBound)  “\(row.text.terminalSafe)”  — \(who.terminalSafe)\(kind)")
        }
    }
}
