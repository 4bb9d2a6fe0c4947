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

    @Argument(help: "The article file.", completion: .file(extensions: ["txt", "md"]))
    var path: String

    @Flag(help: "Print JSON: fields, text, blocks with Unicode scalar offsets into text, warnings.")
    var json = false

    func run() throws {
        try reportingFailures {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            let article: Article
            do {
                article = try ArticleLoader.load(url, path: path)
            } catch {
                throw CommandFailure(String(describing: error))
            }
            for warning in article.warnings {
                FileHandle.standardError.write(Data(("byline: \(path.terminalSafeName): \(warning)\n").utf8))
            }
            if json {
                emit(article.json.serialized())
                return
            }
            emit(ArticleText.render(article))
        }
    }
}

/// The plain-text form of an article for `byline show`: blocks apart, fields labelled.
enum ArticleText {
    static func render(_ article: Article) -> String {
        var out: [String] = []
        for block in article.blocks {
            let text = article.text(of: block)
            switch block.kind {
            case .headline:
                out.append(text)
                let meta = [article.date, article.agency].compactMap { $0 } + article.meta.map { "\($0.key): \($0.value)" }
                if !meta.isEmpty { out.append(meta.joined(separator: " · ")) }
            case .subheading:
                out.append("## " + text)
            case .caption:
                out.append("[caption] " + text)
            case .standfirst, .paragraph:
                out.append(text)
            }
        }
        return out.joined(separator: "\n\n")
    }
}
