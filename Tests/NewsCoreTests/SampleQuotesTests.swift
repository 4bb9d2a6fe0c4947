import Foundation
import NewsCore
import Testing

/// The quotations of the sample corpus in `Articles/`, against the hand-made ground truth in
/// `Fixtures/sample-world.json`: every quotation is found, with the right kind and the right
/// speaker (the entity the tagger's entities resolve it to), and every quoted name is a term.
@Suite struct SampleQuotesTests {
    struct World: Decodable, Sendable {
        struct Organisation: Decodable, Sendable {
            var name: String
            var forms: [String]
        }
        struct GoldQuote: Decodable, Sendable, CustomTestStringConvertible {
            var article: String
            var text: String
            var speaker: String?
            var speaker_as_written: String?
            var kind: String
            var style: String

            var testDescription: String { "\(article) [\(style)] «\(text.prefix(50))»" }
        }
        struct NotQuote: Decodable, Sendable, CustomTestStringConvertible {
            var article: String
            var text: String
            var why: String

            var testDescription: String { "\(article) «\(text)» (\(why))" }
        }
        var organizations: [Organisation]
        var quotes: [GoldQuote]
        var not_quotes: [NotQuote]
    }

    /// One article with the quotations the finder reports for it.
    struct Analysed: Sendable {
        var article: Article
        var scalars: [Unicode.Scalar]
        var quotes: [Quote]
    }

    static let world: World = {
        guard let url = Bundle.module.url(forResource: "sample-world", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url), let world = try? JSONDecoder().decode(World.self, from: data)
        else { return World(organizations: [], quotes: [], not_quotes: []) }
        return world
    }()

    /// Every article, analysed once: the standard extractor's entities, then the quote finder.
    static let analysed: [String: Analysed] = {
        let extractor = TaggerEntityExtractor.standard()
        var out: [String: Analysed] = [:]
        for article in (try? SampleCorpusTests.articles()) ?? [] {
            let quotes = QuoteFinder.quotes(in: article, entities: extractor.entities(in: article))
            out[article.path] = Analysed(article: article, scalars: Array(article.text.unicodeScalars), quotes: quotes)
        }
        return out
    }()

    /// Misses the quote finder cannot help, each with its reason; `withKnownIssue` fails once one is fixed.
    static let knownIssues: [(article: String, text: String, reason: String)] = [
        ("city/2026-04-20-saltings-sea-wall-survey.txt", "Design work will begin this year",
         "the article only ever says 'the council': no entity names Merrowick City Council"),
    ]

    static func knownIssue(_ q: World.GoldQuote) -> String? {
        knownIssues.first { $0.article == q.article && q.text.hasPrefix($0.text) }?.reason
    }

    /// The scalar range of `text` in the article: its occurrence right after an opening quotation
    /// mark (the `nth` such occurrence), else its first occurrence anywhere.
    static func span(of text: String, in scalars: [Unicode.Scalar], nth: Int = 0) -> Range<Int>? {
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        var quoted: [Range<Int>] = []
        var anywhere: Range<Int>? = nil
        for i in 0...(scalars.count - needle.count) where scalars[i] == needle[0] && Array(scalars[i..<(i + needle.count)]) == needle {
            if anywhere == nil { anywhere = i..<(i + needle.count) }
            var j = i - 1
            while j >= 0, scalars[j] == " " { j -= 1 }
            if j >= 0, "\u{201C}\"".unicodeScalars.contains(scalars[j]) { quoted.append(i..<(i + needle.count)) }
        }
        return nth < quoted.count ? quoted[nth] : anywhere
    }

    /// How many earlier entries of `list` in the same article have the same text.
    static func occurrence<T>(_ index: Int, in list: [T], article: (T) -> String, text: (T) -> String) -> Int {
        list[..<index].filter { article($0) == article(list[index]) && text($0) == text(list[index]) }.count
    }

    /// Whether a quotation's speaker is the gold one: the same person, or the same organisation
    /// under any of its names; no speaker at all when the gold has none.
    static func speakerIsRight(_ quote: Quote, gold: String?) -> Bool {
        guard let gold else { return quote.speaker == nil && quote.speakerEntity == nil }
        guard let entity = quote.speakerEntity else { return false }
        if entity == gold { return true }
        guard let org = world.organizations.first(where: { $0.name == gold }) else { return false }
        let key = EntityNames.aliasKey(entity, type: .organization)
        return ([org.name] + org.forms).contains { EntityNames.aliasKey($0, type: .organization) == key }
    }

    /// The predicted quotations overlapping gold quote `index`.
    static func predictions(for index: Int) -> (gold: World.GoldQuote, span: Range<Int>?, quotes: [Quote]) {
        let gold = world.quotes[index]
        guard let a = analysed[gold.article] else { return (gold, nil, []) }
        let nth = occurrence(index, in: world.quotes, article: \.article, text: \.text)
        guard let span = span(of: gold.text, in: a.scalars, nth: nth) else { return (gold, nil, []) }
        return (gold, span, a.quotes.filter { $0.range.overlaps(span) })
    }

    @Test func theGroundTruthAndTheArticlesLoad() {
        #expect(Self.world.quotes.count >= 200)
        #expect(Self.world.not_quotes.count >= 10)
        #expect(Self.analysed.count >= 30)
        for q in Self.world.quotes {
            #expect(Self.analysed[q.article] != nil, "no article \(q.article)")
        }
    }

    @Test(arguments: 0..<Self.world.quotes.count)
    func everyQuotationIsFoundWithItsKindAndSpeaker(_ index: Int) throws {
        let (gold, span, found) = Self.predictions(for: index)
        try #require(span != nil, "\(gold.testDescription): the text is not in the article")
        let quote = try #require(found.first, "\(gold.testDescription): not found")
        let seen = "\(quote.kind.rawValue), speaker \(quote.speakerEntity ?? "none") as «\(quote.speakerText ?? "")»"
        #expect(quote.kind.rawValue == gold.kind, "\(gold.testDescription): \(seen); want \(gold.kind)")
        if let reason = Self.knownIssue(gold) {
            withKnownIssue(Comment(rawValue: reason)) {
                #expect(Self.speakerIsRight(quote, gold: gold.speaker), "\(gold.testDescription): \(seen)")
            }
        } else {
            #expect(Self.speakerIsRight(quote, gold: gold.speaker),
                "\(gold.testDescription): \(seen); want \(gold.speaker ?? "none") as «\(gold.speaker_as_written ?? "")»")
        }
    }

    @Test(arguments: 0..<Self.world.not_quotes.count)
    func quotedNamesAreNoQuotations(_ index: Int) throws {
        let name = Self.world.not_quotes[index]
        let a = try #require(Self.analysed[name.article])
        let nth = Self.occurrence(index, in: Self.world.not_quotes, article: \.article, text: \.text)
        let span = try #require(Self.span(of: name.text, in: a.scalars, nth: nth))
        let reported = a.quotes.filter { $0.range.overlaps(span) }
        #expect(!reported.isEmpty && reported.allSatisfy { $0.kind == .term && $0.speaker == nil },
                "\(name.testDescription) is reported as \(reported.map(\.kind.rawValue)), not as a term")
    }

    /// Every predicted quotation lies on a gold quotation: nothing else in the corpus is quoted speech.
    @Test func nothingElseIsAQuotation() {
        var golds: [String: [Range<Int>]] = [:]
        for index in Self.world.quotes.indices {
            let (gold, span, _) = Self.predictions(for: index)
            if let span { golds[gold.article, default: []].append(span) }
        }
        for (path, a) in Self.analysed {
            for q in a.quotes where q.kind.isQuotation && !(golds[path] ?? []).contains(where: { $0.overlaps(q.range) }) {
                Issue.record("\(path): «\(String(String.UnicodeScalarView(a.scalars[q.range])))» is no quotation of the ground truth")
            }
        }
    }

    /// `byline quotes --speaker NAME`: the quotations credited to each speaker are exactly theirs.
    @Test(arguments: Set(Self.world.quotes.compactMap(\.speaker)).sorted())
    func eachSpeakerHasExactlyTheirQuotations(_ speaker: String) {
        var expected: [String] = []
        var known: [String] = []
        for index in Self.world.quotes.indices where Self.world.quotes[index].speaker == speaker {
            let (gold, span, _) = Self.predictions(for: index)
            guard let span else { continue }
            let key = "\(gold.article):\(span.lowerBound)"
            if Self.knownIssue(gold) != nil { known.append(key) } else { expected.append(key) }
        }
        var credited: [String] = []
        for (path, a) in Self.analysed {
            for q in a.quotes where q.speaker != nil && Self.speakerIsRight(q, gold: speaker) {
                // Name the quotation by the gold span it lies on.
                let index = Self.world.quotes.indices.first { i in
                    Self.world.quotes[i].article == path && (Self.predictions(for: i).span?.overlaps(q.range) ?? false)
                }
                let span = index.flatMap { Self.predictions(for: $0).span }
                credited.append("\(path):\(span?.lowerBound ?? q.range.lowerBound)")
            }
        }
        #expect(Set(credited).subtracting(known) == Set(expected), "\(speaker)")
    }
}
