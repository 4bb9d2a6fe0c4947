import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `byline-lab quotes-world`: the quote finder, with the tagger's entities, against the hand-made
/// ground truth of the sample corpus (`sample-world.json` and `Articles/`).
struct QuotesWorldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes-world",
        abstract: "Score quotations and speakers on the sample corpus against sample-world.json.",
        discussion: """
            Runs QuoteFinder on every article with the standard entity extractor's entities and \
            reports, per quotation style of the ground truth: how many gold quotations were found \
            (an overlapping predicted quotation), with the right kind, and with the right speaker \
            (the speaker's entity is the gold person, or the same organisation; a gold quotation with \
            no speaker needs a prediction with none). Then every predicted quotation that matches no \
            gold one (titles, ship names and other `not_quotes` included), and every miss.
            """
    )

    @Option(help: "The ground truth.")
    var world = "Tests/NewsCoreTests/Fixtures/sample-world.json"

    @Option(help: "The folder of articles the ground truth describes.")
    var articles = "Articles"

    @Flag(help: "Also list the quotations that are right.")
    var all = false

    struct World: Decodable {
        struct Organisation: Decodable {
            var name: String
            var forms: [String]
            var descriptive_forms: [String]?
        }
        struct GoldQuote: Decodable {
            var article: String
            var text: String
            var speaker: String?
            var speaker_as_written: String?
            var kind: String
            var style: String
        }
        struct NotQuote: Decodable {
            var article: String
            var text: String
            var why: String?
        }
        var organizations: [Organisation]
        var quotes: [GoldQuote]
        var not_quotes: [NotQuote]
    }

    struct Tally {
        var gold = 0
        var found = 0
        var kind = 0
        var speaker = 0
        var all = 0
    }

    func run() throws {
        let world = try JSONDecoder().decode(World.self, from: Data(contentsOf: URL(fileURLWithPath: self.world)))
        let root = URL(fileURLWithPath: articles)
        let extractor = TaggerEntityExtractor.standard()
        // Every name and form of each organisation, as alias keys, by canonical name.
        var orgKeys: [String: Set<String>] = [:]
        for o in world.organizations {
            orgKeys[o.name] = Set(([o.name] + o.forms).map { EntityNames.aliasKey($0, type: .organization) })
        }
        var tallies: [String: Tally] = [:]
        var total = Tally()
        var misses: [String] = []
        var rights: [String] = []
        var falseQuotes: [String] = []
        var notQuotesReported = 0
        var notQuotesAsTerms = 0
        let byArticle = Dictionary(grouping: world.quotes, by: \.article)
        let notByArticle = Dictionary(grouping: world.not_quotes, by: \.article)
        let paths = Set(byArticle.keys).union(notByArticle.keys).sorted()
        for path in paths {
            let article: Article
            do {
                article = try ArticleLoader.load(root.appendingPathComponent(path), path: path)
            } catch {
                throw ValidationError("\(path): \(error)")
            }
            let entities = extractor.entities(in: article)
            let found = QuoteFinder.quotes(in: article, entities: entities)
            // Terms are nobody's quotation: scored apart, against the gold's not_quotes.
            let quotes = found.filter(\.kind.isQuotation)
            let scalars = Array(article.text.unicodeScalars)
            for term in found where term.kind == .term {
                let words = String(String.UnicodeScalarView(scalars[term.range]))
                if (notByArticle[path] ?? []).contains(where: { $0.text == words }) { notQuotesAsTerms += 1 }
            }
            var used: Set<Int> = []
            var matched: Set<Int> = []
            for g in byArticle[path] ?? [] {
                var t = tallies[g.style] ?? Tally()
                t.gold += 1
                total.gold += 1
                defer { tallies[g.style] = t }
                guard let span = SampleWorldSpans.locate(g.text, in: scalars, avoiding: &used) else {
                    misses.append("\(path) [\(g.style)] gold text not found in the article: «\(g.text.prefix(60))»")
                    continue
                }
                let hits = quotes.indices.filter { quotes[$0].range.overlaps(span) }
                guard let h = hits.first else {
                    misses.append("\(path) [\(g.style)] NOT FOUND «\(g.text.prefix(70))»")
                    continue
                }
                matched.formUnion(hits)
                let q = quotes[h]
                t.found += 1
                total.found += 1
                let kindOK = q.kind.rawValue == g.kind
                if kindOK {
                    t.kind += 1
                    total.kind += 1
                }
                let speakerOK: Bool
                if let gs = g.speaker {
                    if let e = q.speakerEntity {
                        speakerOK = e == gs || (orgKeys[gs]?.contains(EntityNames.aliasKey(e, type: .organization)) ?? false)
                    } else {
                        speakerOK = false
                    }
                } else {
                    speakerOK = q.speaker == nil && q.speakerEntity == nil
                }
                if speakerOK {
                    t.speaker += 1
                    total.speaker += 1
                }
                if kindOK, speakerOK {
                    t.all += 1
                    total.all += 1
                }
                let line = "\(path) [\(g.style)] «\(g.text.prefix(60))»\(hits.count > 1 ? " (split in \(hits.count))" : "")\n"
                    + "    kind \(q.kind.rawValue)\(kindOK ? "" : " (gold \(g.kind))"); speaker \(q.speakerEntity ?? "none")"
                    + " as «\(q.speakerText ?? "")» via \(q.evidence?.rawValue ?? "-")"
                    + (speakerOK ? "" : " (gold \(g.speaker ?? "none") as «\(g.speaker_as_written ?? "")»)")
                if kindOK, speakerOK {
                    rights.append(line)
                } else {
                    misses.append(line)
                }
            }
            for (k, q) in quotes.enumerated() where !matched.contains(k) {
                let words = String(String.UnicodeScalarView(scalars[q.range]))
                let isNotQuote = (notByArticle[path] ?? []).contains { $0.text == words }
                if isNotQuote { notQuotesReported += 1 }
                falseQuotes.append(
                    "\(path) «\(words.prefix(60))» \(q.kind.rawValue) by \(q.speakerEntity ?? q.speakerText ?? "nobody")"
                        + (isNotQuote ? " [a not_quote]" : ""))
            }
        }
        let styles = tallies.keys.sorted { tallies[$0]!.gold > tallies[$1]!.gold || tallies[$0]!.gold == tallies[$1]!.gold && $0 < $1 }
        func row(_ name: String, _ t: Tally) -> String {
            name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + [t.gold, t.found, t.kind, t.speaker, t.all].map { String($0).leftPadded(8) }.joined()
        }
        print("style".padding(toLength: 16, withPad: " ", startingAt: 0) + ["gold", "found", "kind", "speaker", "all"].map { $0.leftPadded(8) }.joined())
        for s in styles { print(row(s, tallies[s]!)) }
        print(row("total", total))
        print("false quotations: \(falseQuotes.count) (\(notQuotesReported) of them not_quotes, of \(world.not_quotes.count))")
        print("not_quotes found as terms: \(notQuotesAsTerms) of \(world.not_quotes.count)")
        for f in falseQuotes { print("  " + f) }
        print("misses: \(misses.count)")
        for m in misses { print("  " + m) }
        if all {
            print("right: \(rights.count)")
            for r in rights { print("  " + r) }
        }
    }
}

/// Where the ground truth's quotation texts lie in an article.
enum SampleWorldSpans {
    /// The first occurrence of `text` right after an opening quotation mark (else anywhere) that no
    /// earlier gold entry took, as a scalar range.
    static func locate(_ text: String, in scalars: [Unicode.Scalar], avoiding used: inout Set<Int>) -> Range<Int>? {
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        var fallback: Int? = nil
        var i = 0
        while i + needle.count <= scalars.count {
            if !used.contains(i), scalars[i] == needle[0], Array(scalars[i..<(i + needle.count)]) == needle {
                var j = i - 1
                while j >= 0, scalars[j] == " " { j -= 1 }
                if j >= 0, "\u{201C}\"\u{201D}".unicodeScalars.contains(scalars[j]) {
                    used.insert(i)
                    return i..<(i + needle.count)
                }
                if fallback == nil { fallback = i }
            }
            i += 1
        }
        guard let f = fallback else { return nil }
        used.insert(f)
        return f..<(f + needle.count)
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String {
        count >= n ? self : String(repeating: " ", count: n - count) + self
    }
}
