/// The default entity extractor: the trained two-pass tagger, then alias merging.
///
/// The article is tokenised block by block (the headline and each paragraph are separate
/// sentences), tagged as one document so that names introduced in the body inform the headline
/// and later surnames, cleaned up (titles and possessives out of the ranges, `Putin-Trump`
/// split into two names), and merged with `AliasMerger`. A caption's photo credit is never read
/// and the agency byline is never a mention.
public struct TaggerEntityExtractor: EntityExtractor {
    public let tagger: EntityTagger

    public init(tagger: EntityTagger) {
        self.tagger = tagger
    }

    /// The extractor over the model shipped in NewsCore's resources.
    public init() throws(NERModel.LoadError) {
        tagger = try EntityTagger.bundled()
    }

    /// This extractor if the bundled model loads, otherwise the rule-based `CapitalisationExtractor`.
    public static func standard() -> any EntityExtractor {
        (try? TaggerEntityExtractor()) ?? CapitalisationExtractor()
    }

    public func entities(in article: Article) -> [ArticleEntity] {
        let ms = mentions(in: article)
        var entities = AliasMerger.merge(ms)
        // A title-case headline capitalises every word, so a name found only there is too weak.
        if Self.isTitleCase(article) {
            let headline = article.blocks.first { $0.kind == .headline }?.range ?? 0..<0
            entities.removeAll { e in e.mentions.allSatisfy { headline.contains($0.lowerBound) } }
        }
        if let agency = article.agency {
            let key = EntityNames.aliasKey(agency)
            entities.removeAll { $0.type == .person && EntityNames.aliasKey($0.name) == key }
        }
        return entities
    }

    /// Every entity mention in the article, in text order, before merging.
    public func mentions(in article: Article) -> [EntityMention] {
        let scalars = Array(article.text.unicodeScalars)
        var doc = TaggerDocument(scalars: scalars.map(\.value))
        var tokens: [WordToken] = []
        var headlineEnd = -1
        for block in article.blocks {
            var range = block.range
            if block.kind == .caption, let cut = Self.creditStart(article, block) { range = range.lowerBound..<cut }
            if block.kind == .headline { headlineEnd = range.upperBound }
            doc.endSentence()
            var previousStarted = false
            for token in WordTokenizer.tokens(in: scalars, range: range) {
                // A sentence opens at its first token (an opening quote then the word share it).
                if token.startsSentence && !previousStarted { doc.endSentence() }
                previousStarted = token.startsSentence
                doc.addToken(range: token.range)
                tokens.append(token)
            }
        }
        guard !tokens.isEmpty else { return [] }
        let tags = tagger.tag(doc)
        func word(_ i: Int) -> String { String(String.UnicodeScalarView(scalars[tokens[i].range])) }

        var out: [EntityMention] = []
        for (span, type) in EntityTag.spans(tags) {
            var a = span.lowerBound
            var b = span.upperBound
            var type = type
            var title: String? = nil
            // Titles are evidence, not part of the name.
            while b - a > 1, tokens[a].kind == .word, PersonTitles.isTitle(word(a)) {
                title = word(a)
                a += 1
            }
            while b > a, tokens[b - 1].kind == .possessive || tokens[b - 1].kind == .punctuation { b -= 1 }
            while a < b, tokens[a].kind == .punctuation { a += 1 }
            guard a < b else { continue }
            if title == nil, a > 0, tokens[a - 1].kind == .word, PersonTitles.isTitle(word(a - 1)) { title = word(a - 1) }
            if title == nil, a > 1, tokens[a - 1].range.count == 1, scalars[tokens[a - 1].range.lowerBound] == ".",
                tokens[a - 2].kind == .word, PersonTitles.isTitle(word(a - 2))
            {
                title = word(a - 2)
            }
            if title != nil { type = .person }
            for piece in Self.hyphenPieces(tokens, scalars, a, b) {
                let range = tokens[piece.lowerBound].range.lowerBound..<tokens[piece.upperBound - 1].range.upperBound
                let text = String(String.UnicodeScalarView(scalars[range]))
                // The wire agency in a dateline, "LONDON (Reuters) –", is a byline, not a mention.
                if let agency = article.agency, text == agency, piece.lowerBound > 0,
                    scalars[tokens[piece.lowerBound - 1].range.lowerBound] == "("
                {
                    continue
                }
                out.append(EntityMention(
                    range: range, text: text, type: type, title: piece.lowerBound == a ? title : nil,
                    gender: piece.lowerBound == a ? title.flatMap(PersonTitles.gender(ofTitle:)) : nil,
                    inHeadline: range.lowerBound < headlineEnd))
            }
        }
        Self.addRepeatedNames(&out, tokens: tokens, scalars: scalars, headlineEnd: headlineEnd, word: word)
        Self.addPronounHints(&out, tokens: tokens, word: word)
        return out
    }

    /// Document consistency: a capitalised word the tagger left untagged becomes a mention when the
    /// article names the same entity elsewhere (a person's surname, or a one-word name), so
    /// "Orlov’s aides" at a sentence start joins "Mr Orlov". A capitalised word just before a
    /// surname that the article never writes in lower case is taken as the given name ("Viktor").
    static func addRepeatedNames(
        _ ms: inout [EntityMention], tokens: [WordToken], scalars: [Unicode.Scalar], headlineEnd: Int, word: (Int) -> String
    ) {
        var surnames: Set<String> = []
        var oneWordNames: [String: EntityType] = [:]
        for m in ms {
            if m.type == .person {
                surnames.insert(PersonName(m.text).lastWordKey)
            } else if !m.text.contains(" "), oneWordNames[EntityNames.aliasKey(m.text)] == nil {
                oneWordNames[EntityNames.aliasKey(m.text)] = m.type
            }
        }
        guard !surnames.isEmpty || !oneWordNames.isEmpty else { return }
        var covered = [Bool](repeating: false, count: tokens.count)
        var lowerWords: Set<String> = []
        var k = 0
        let sortedRanges = ms.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        for (i, t) in tokens.enumerated() {
            while k < sortedRanges.count, sortedRanges[k].upperBound <= t.range.lowerBound { k += 1 }
            if k < sortedRanges.count, sortedRanges[k].lowerBound < t.range.upperBound { covered[i] = true }
            if t.kind == .word, scalars[t.range.lowerBound].properties.isLowercase { lowerWords.insert(word(i)) }
        }
        func isCapitalisedWord(_ i: Int) -> Bool {
            tokens[i].kind == .word && scalars[tokens[i].range.lowerBound].properties.isUppercase
        }
        var added: [EntityMention] = []
        for i in tokens.indices where !covered[i] && isCapitalisedWord(i) {
            let key = EntityNames.aliasKey(word(i))
            var type: EntityType
            var start = i
            if surnames.contains(key) {
                type = .person
                if i > 0, !covered[i - 1], isCapitalisedWord(i - 1), !tokens[i].hyphenJoined,
                    !PersonTitles.isTitle(word(i - 1)), !lowerWords.contains(word(i - 1).lowercased()),
                    oneWordNames[EntityNames.aliasKey(word(i - 1))] == nil
                {
                    start = i - 1
                }
            } else if let t = oneWordNames[key] {
                type = t
            } else {
                continue
            }
            let range = tokens[start].range.lowerBound..<tokens[i].range.upperBound
            var title: String? = nil
            if type == .person, start > 0, tokens[start - 1].kind == .word, PersonTitles.isTitle(word(start - 1)) { title = word(start - 1) }
            added.append(EntityMention(
                range: range, text: String(String.UnicodeScalarView(scalars[range])), type: type, title: title,
                gender: title.flatMap(PersonTitles.gender(ofTitle:)), inHeadline: range.lowerBound < headlineEnd))
        }
        ms = (ms + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: - Pieces

    /// The cues that open a caption's credit (the article parser's list).
    static let creditCues = ["Photograph:", "Photographs:", "Photo:", "Photos:", "Illustration:", "Image:"]

    /// Where a caption's photo credit ("Photograph: …") begins, if it has one.
    static func creditStart(_ article: Article, _ block: Block) -> Int? {
        let text = article.text(of: block)
        var best: String.Index? = nil
        for cue in Self.creditCues {
            if let r = text.range(of: cue, options: .backwards), best.map({ r.lowerBound > $0 }) ?? true { best = r.lowerBound }
        }
        guard let best else { return nil }
        var start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: best)
        // Keep an opening bracket around the credit out of the caption, too.
        let before = Array(text.unicodeScalars.prefix(start))
        if let last = before.last(where: { $0 != " " }), last == "(" {
            start = before.lastIndex(of: "(")!
        }
        return block.range.lowerBound + start
    }

    /// Splits `Putin-Trump` (two names joined for a modifier: "Putin-Trump summit") into its names,
    /// but keeps `Jean-Paul Sartre` and `Al-Hassan` whole.
    static func hyphenPieces(_ tokens: [WordToken], _ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> [Range<Int>] {
        guard b - a >= 3, (a..<b).contains(where: { tokens[$0].hyphenJoined }) else { return [a..<b] }
        // Only a compound that is the whole span: word - word (- word …).
        for k in a..<b {
            let isWord = (k - a) % 2 == 0
            if isWord {
                guard tokens[k].kind == .word, k == a || tokens[k].hyphenJoined, tokens[k].range.count >= 3 else { return [a..<b] }
            } else {
                guard tokens[k].kind == .punctuation else { return [a..<b] }
            }
        }
        guard (b - a) % 2 == 1 else { return [a..<b] }
        let first = String(String.UnicodeScalarView(scalars[tokens[a].range])).lowercased()
        if PersonName.particles.contains(first) { return [a..<b] }
        // A capitalised word after the compound means it is a name's first part (Jean-Paul Sartre).
        if b < tokens.count, tokens[b].kind == .word, let s = scalars[tokens[b].range].first, s.properties.isUppercase {
            return [a..<b]
        }
        return stride(from: a, to: b, by: 2).map { $0..<($0 + 1) }
    }

    /// Gives each person mention without a title the gender of the next he/she pronoun before
    /// another person is named (within 30 tokens).
    static func addPronounHints(_ ms: inout [EntityMention], tokens: [WordToken], word: (Int) -> String) {
        let starts = tokens.map(\.range.lowerBound)
        func tokenIndex(at offset: Int) -> Int {
            var lo = 0
            var hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let personStarts = Set(ms.filter { $0.type == .person }.map(\.range.lowerBound))
        for k in ms.indices where ms[k].type == .person && ms[k].gender == nil {
            var i = tokenIndex(at: ms[k].range.upperBound)
            let limit = min(tokens.count, i + 30)
            while i < limit {
                if personStarts.contains(tokens[i].range.lowerBound) { break }
                if tokens[i].kind == .word, let g = PersonTitles.gender(ofPronoun: word(i)) {
                    ms[k].gender = g
                    break
                }
                i += 1
            }
        }
    }

    /// Whether the headline capitalises most of its longer words (so capitals there say little).
    static func isTitleCase(_ article: Article) -> Bool {
        guard let headline = article.blocks.first(where: { $0.kind == .headline }) else { return false }
        let words = article.text(of: headline).split(separator: " ").filter { $0.count >= 4 }
        guard words.count >= 3 else { return false }
        let capitalised = words.filter { w in w.first?.isUppercase == true && w.contains(where: \.isLowercase) }
        return capitalised.count * 10 >= words.count * 7
    }
}
