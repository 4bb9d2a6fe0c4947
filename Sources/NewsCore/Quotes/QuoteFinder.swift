import Foundation

/// Finds the quotations of an article and who said them.
///
/// Quotation marks are paired paragraph by paragraph (`QuoteSegmenter`), each quoted stretch is
/// classified (`QuoteClassifier`: a direct quotation, a few quoted words inside a paraphrase, or
/// not a quotation at all, like a title or a nickname), attributed from cue verbs and their
/// subjects (`QuoteAttributor`), and the speaker mention is resolved to one of the article's
/// entities (`SpeakerResolver`). Every offset is a Unicode scalar offset into the text given.
public enum QuoteFinder {
    /// The quotations in raw text whose paragraphs are given as scalar ranges.
    ///
    /// - Parameters:
    ///   - text: the article text; every range in the result indexes `text.unicodeScalars`.
    ///   - paragraphs: the paragraphs to search, in text order (see `paragraphs(in:)`).
    ///   - entities: the article's entities, if a tagger has run; speaker spans prefer theirs.
    ///   Ranges are clamped to the text: the attribution code reads the scalars they name.
    public static func quotes(in text: String, paragraphs: [Range<Int>], entities: [ArticleEntity] = []) -> [Quote] {
        let s = text.scalarArray
        let ranges = paragraphs.map { $0.clamped(to: 0..<s.count) }
        return quotes(in: s, paragraphs: ranges.map { ($0, true) }, entities: entities, excluded: [], headline: headline(of: ranges))
    }

    /// The quotations in raw text, its paragraphs being its non-blank lines (see `paragraphs(in:)`).
    public static func quotes(in text: String, entities: [ArticleEntity] = []) -> [Quote] {
        let s = text.scalarArray
        let ranges = paragraphs(in: s)
        return quotes(in: s, paragraphs: ranges.map { ($0, true) }, entities: entities, excluded: [], headline: headline(of: ranges))
    }

    /// The quotations of a parsed article.
    ///
    /// Headline, standfirst, paragraphs and subheadings are searched; captions yield quotations
    /// but never speakers; the photo credit and the agency byline are never speakers.
    public static func quotes(in article: Article, entities: [ArticleEntity] = []) -> [Quote] {
        quotes(in: ArticleScalars(article), entities: entities)
    }

    /// The quotations of a parsed article whose scalars are already decoded (`quotes(in:entities:)`).
    public static func quotes(in text: ArticleScalars, entities: [ArticleEntity] = []) -> [Quote] {
        let article = text.article
        let blocks = article.blocks.map { ($0.range, $0.kind != .caption) }
        var excluded: [String] = []
        if let agency = article.agency { excluded.append(agency) }
        if let credit = article.credit {
            // "Agency/Name, Pool": the whole credit and each name in it.
            excluded.append(credit)
            excluded += credit.split(whereSeparator: { "/,;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let headline = article.blocks.firstIndex { $0.kind == .headline }
        return quotes(in: text.scalars, paragraphs: blocks, entities: entities, excluded: excluded, headline: headline)
    }

    /// The headline of raw text: its first paragraph, when more follow (the corpora open with
    /// the headline on a line of its own); a single paragraph has none.
    static func headline(of paragraphs: [Range<Int>]) -> Int? {
        paragraphs.count >= 2 && !paragraphs[0].isEmpty ? 0 : nil
    }

    /// The paragraphs of raw text: each non-blank line (blank lines separate paragraphs in the
    /// corpora; a line break inside one is treated as a paragraph end too, as the gold pairing does).
    public static func paragraphs(in text: String) -> [Range<Int>] {
        paragraphs(in: text.scalarArray)
    }

    static func paragraphs(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            if i > start { out.append(start..<i) }
            start = i + 1
        }
        if start < scalars.count { out.append(start..<scalars.count) }
        return out
    }

    /// The first mention of the entity called `name` in the headline `line`, ending before
    /// scalar `start` (the quoted words).
    static func headlineMention(of name: String, before start: Int, in line: Range<Int>, _ entities: [ArticleEntity]) -> Range<Int>? {
        guard let e = entities.first(where: { $0.name == name }) else { return nil }
        return e.mentions.first { line.contains($0.lowerBound) && $0.upperBound <= start }
    }

    /// The quotations of `scalars`; `excluded` names that may never be speakers (agency, credit);
    /// `headline` is the index of the paragraph that is the headline, if any.
    static func quotes(
        in scalars: [Unicode.Scalar], paragraphs: [(range: Range<Int>, speakersAllowed: Bool)],
        entities: [ArticleEntity], excluded: [String], headline: Int?
    ) -> [Quote] {
        let segments = QuoteSegmenter.segments(scalars, paragraphs: paragraphs.map(\.range))
        guard !segments.isEmpty else { return [] }
        // A headline in title case says nothing by its capitals about the words it quotes.
        let titleCasedHeadline = headline.map { h in
            QuoteClassifier.isTitleCasedLine(scalars, paragraphs[h].range, segments: segments.filter { $0.paragraph == h })
        } ?? false
        // Each segment's first words, which both the shape and the kind read.
        let words = segments.map { QuoteClassifier.contentWords($0, scalars, limit: QuoteClassifier.wordsRead) }
        var shapes = segments.indices.map { i in
            QuoteClassifier.shape(
                of: segments[i], scalars, paragraph: paragraphs[segments[i].paragraph].range,
                titleCasedLine: titleCasedHeadline && segments[i].paragraph == headline, words: words[i])
        }
        QuoteClassifier.settleTitleLists(&shapes, segments: segments, scalars, headline: headline)
        var attributor = QuoteAttributor(scalars: scalars, segments: segments, paragraphs: paragraphs, excluded: shapes.map { $0 != .open })
        attributor.run()
        var kinds: [Quote.Kind?] = segments.indices.map { i in
            switch shapes[i] {
            case .markup: return nil
            case .term: return .term
            case .open:
                return QuoteClassifier.kind(
                    of: segments[i], index: i, attributor: attributor, isHeadline: segments[i].paragraph == headline, words: words[i])
            }
        }
        var attributions = attributor.attributions
        QuotedAgain.settleTerms(
            &kinds, segments: segments, scalars: scalars, headline: headline, cued: { QuoteClassifier.isCued(attributions[$0]) },
            mentioned: {
                QuoteClassifier.mentionsWords(segments[$0], scalars, paragraph: paragraphs[segments[$0].paragraph].range, attributor: attributor)
            })
        if let headline {
            QuotedAgain.settleHeadline(&kinds, &attributions, segments: segments, scalars: scalars, headline: headline)
        }
        // A description that only its place as the subject makes the speaker, and that is no
        // one (`the disruptions`, `An argument`), gives no speaker; the words keep their kind.
        for i in attributions.indices {
            if let a = attributions[i], a.cue == nil, !attributor.describesSomeone(a) { attributions[i]?.unspoken = true }
        }
        let resolver = SpeakerResolver(scalars: scalars, entities: entities, excluded: excluded, attributor: attributor)
        var out: [Quote] = []
        out.reserveCapacity(segments.count)
        for (i, segment) in segments.enumerated() {
            guard let kind = kinds[i] else { continue }
            var quote = Quote(range: segment.start..<segment.end, kind: kind)
            quote.isOpenEnded = segment.openEnd
            if kind.isQuotation, let a = attributions[i], let resolved = resolver.resolve(a) {
                quote.speaker = a.speaker
                quote.speakerText = ScalarClass.text(scalars, a.speaker)
                quote.speakerEntity = resolved.entity
                quote.cue = a.cue
                quote.evidence = a.source
                quote.speakerIsPronoun = a.kind == .pronoun || a.kind == .relative
                // `Obama sees 'personal insult'`, then `he said` in the body: the headline names
                // the speaker itself, before the words, and that name is the one a reader sees.
                if segment.paragraph == headline, a.source == .nextParagraph, let name = resolved.entity,
                    let m = headlineMention(of: name, before: segment.start, in: paragraphs[segment.paragraph].range, entities)
                {
                    quote.speaker = m
                    quote.speakerText = ScalarClass.text(scalars, m)
                    quote.speakerIsPronoun = false
                }
            }
            out.append(quote)
        }
        return out
    }
}
