import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab entities-check DIR`: the extractor on news without ground truth, looking for the
/// mistakes that need none to be seen.
struct EntitiesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities-check",
        abstract: "Run the article-level extractor over a folder and flag mistakes visible without ground truth.",
        discussion: """
            Flags, per article: two person entities where one name is a short form of the other \
            (a surname or given name split from its person); an alias that keeps a title or a \
            possessive; an entity named by the photo credit or the agency byline and not used in \
            the story; a one-word entity that is a function word. Ends with the extraction speed \
            (tokens of article text per second, one thread).
            """
    )

    @Argument(help: "A folder of articles (searched recursively for .txt and .md files).")
    var folder: String

    @Option(help: "How many flagged articles to detail.")
    var show = 20

    func run() throws {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ["txt", "md"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix(".") && !$0.lastPathComponent.hasPrefix("README") }
            .sorted { $0.path < $1.path }
        let extractor = try TaggerEntityExtractor()
        var articles: [Article] = []
        for url in files {
            if let article = try? ArticleParser.parse(Data(contentsOf: url), path: String(url.path.dropFirst(root.path.count + 1))) {
                articles.append(article)
            }
        }
        var flagged: [(String, [String])] = []
        var counts: [String: Int] = [:]
        var tokens = 0
        var seconds = 0.0
        var entityCount = 0
        for article in articles {
            tokens += WordTokenizer.tokens(in: article.text).count
            let start = DispatchTime.now().uptimeNanoseconds
            let entities = extractor.entities(in: article)
            seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            entityCount += entities.count
            let problems = Self.problems(article, entities)
            for p in problems { counts[String(p.prefix { $0 != ":" }), default: 0] += 1 }
            if !problems.isEmpty { flagged.append((article.path, problems)) }
        }
        print("\(articles.count) articles, \(entityCount) entities, \(flagged.count) articles flagged")
        for (kind, n) in counts.sorted(by: { $0.key < $1.key }) { print("  \(kind): \(n)") }
        for (path, problems) in flagged.prefix(show) {
            print("\n== \(path)")
            for p in problems { print("  \(p)") }
        }
        print(String(format: "\nextraction: %d tokens in %.2f s, %.0f tokens/s", tokens, seconds, Double(tokens) / max(seconds, 1e-9)))
    }

    static func problems(_ article: Article, _ entities: [ArticleEntity]) -> [String] {
        var out: [String] = []
        let people = entities.filter { $0.type == .person }
        for a in people {
            for b in people where a != b && a.name.count < b.name.count {
                let short = a.aliases.contains { alias in
                    EntityNames.isShortForm(alias, of: b.name, type: .person)
                        || PersonName(b.name).given.first.map { EntityNames.aliasKey($0) == EntityNames.aliasKey(alias) } == true
                }
                if short { out.append("split person: \(a.name) | \(b.name)") }
            }
        }
        for e in entities {
            for alias in e.aliases {
                let first = alias.split(separator: " ").first.map(String.init) ?? ""
                if e.type == .person, alias.contains(" "), PersonTitles.isTitle(first) { out.append("title in alias: \(alias)") }
                if alias.hasSuffix("’s") || alias.hasSuffix("'s") { out.append("possessive in alias: \(alias)") }
            }
            if !e.name.contains(" "), ["our", "then", "this", "we", "it", "but", "and", "well", "i"].contains(e.name.lowercased()) {
                out.append("function word: \(e.name)")
            }
        }
        // Names from the credit and the byline, where the story itself never uses them.
        var names: [String] = []
        if let credit = article.credit {
            names += credit.split(whereSeparator: { "/,;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if let agency = article.agency { names.append(agency) }
        for name in names where !name.isEmpty {
            let all = article.text.components(separatedBy: name).count - 1
            let inCredit = article.credit?.contains(name) == true ? 1 : 0
            let inDateline = article.text.components(separatedBy: "(\(name))").count - 1
            guard all - inCredit - inDateline <= 0 else { continue }
            let key = EntityNames.aliasKey(name)
            if let e = entities.first(where: { $0.aliases.contains { EntityNames.aliasKey($0) == key } }) {
                out.append("credit or agency: \(e.name)")
            }
        }
        return out
    }
}
