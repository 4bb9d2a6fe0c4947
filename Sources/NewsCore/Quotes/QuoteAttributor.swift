/// Attributes every quoted segment of an article: cue rules inside each paragraph, then
/// neighbours within the paragraph, then neighbouring paragraphs.
struct QuoteAttributor {
    /// One paragraph as attribution sees it.
    struct Paragraph {
        var range: Range<Int>
        /// Whether speakers may be looked for here (captions only yield quotations).
        var speakersAllowed: Bool
        var tokens: [QuoteToken] = []
        /// Token index of each quote token, by segment index.
        var quoteTokens: [(token: Int, segment: Int)] = []
        /// The speaker a closing colon introduces for the paragraphs after it.
        var introduction: Attribution? = nil
    }

    let scalars: [Unicode.Scalar]
    let segments: [QuoteSegment]
    var paragraphs: [Paragraph]
    /// Attribution of each segment, by index.
    var attributions: [Attribution?]

    init(scalars: [Unicode.Scalar], segments: [QuoteSegment], paragraphs: [(range: Range<Int>, speakersAllowed: Bool)]) {
        self.scalars = scalars
        self.segments = segments
        self.paragraphs = paragraphs.map { Paragraph(range: $0.range, speakersAllowed: $0.speakersAllowed) }
        self.attributions = Array(repeating: nil, count: segments.count)
    }

    /// Tokenises the paragraphs and attributes every segment it can.
    mutating func run() {
        var bySegmentParagraph: [[(index: Int, segment: QuoteSegment)]] = Array(repeating: [], count: paragraphs.count)
        for (i, s) in segments.enumerated() { bySegmentParagraph[s.paragraph].append((i, s)) }
        for p in paragraphs.indices {
            // Paragraphs without quotations matter only when they introduce the next one.
            let needed = !bySegmentParagraph[p].isEmpty || endsWithColon(paragraphs[p].range)
            guard needed else { continue }
            paragraphs[p].tokens = ParagraphTokenizer.tokens(scalars, range: paragraphs[p].range, segments: bySegmentParagraph[p])
            paragraphs[p].quoteTokens = paragraphs[p].tokens.indices.compactMap { k in
                paragraphs[p].tokens[k].kind == .quote ? (k, paragraphs[p].tokens[k].segment) : nil
            }
            guard paragraphs[p].speakersAllowed else { continue }
            attributeWithin(p)
        }
        attributeAcross()
    }

    func endsWithColon(_ range: Range<Int>) -> Bool {
        var e = range.upperBound - 1
        while e >= range.lowerBound, QuoteMarks.isSpace(scalars[e]) { e -= 1 }
        return e >= range.lowerBound && scalars[e] == ":"
    }

    /// Own-sentence cues first, then the other quotations of the paragraph.
    mutating func attributeWithin(_ p: Int) {
        let para = paragraphs[p]
        let attributor = ParagraphAttributor(tokens: para.tokens, scalars: scalars)
        var found: [Attribution?] = para.quoteTokens.map {
            transcriptSpeaker(segments[$0.segment]) ?? attributor.attribute(quoteAt: $0.token)
        }
        // Quotations with no cue of their own share one with a neighbour: the previous one in the
        // paragraph (`"…," she said. "…"`), else the next (`"…" "…," she said.`).
        for k in found.indices where found[k] == nil {
            // Quoted words inside a sentence of their own narrative belong to that sentence's subject.
            let q = para.quoteTokens[k].token
            if attributor.sentenceStart(q) < q, let a = attributor.subjectOfSentence(holding: q) {
                found[k] = a
                continue
            }
            if let a = attributor.previousSentenceCue(q) {
                found[k] = a
                continue
            }
            // A quotation with its own cue clause is a better model than quoted words in narrative.
            if let prev = found[..<k].last(where: { $0.map { $0.source == .cueAfter || $0.source == .cueLaterInSentence } ?? false }) ?? nil {
                found[k] = retag(prev, .sameParagraph)
            } else if let prev = found[..<k].last(where: { $0 != nil }) ?? nil {
                found[k] = retag(prev, .sameParagraph)
            } else if let next = found[(k + 1)...].first(where: { $0 != nil }) ?? nil {
                found[k] = retag(next, .sameParagraph)
            }
        }
        for (k, qt) in para.quoteTokens.enumerated() { attributions[qt.segment] = found[k] }
        paragraphs[p].introduction = attributor.introduction()
    }

    /// `"WALLACE: Do you …"`: a transcript line names its speaker before a colon.
    func transcriptSpeaker(_ segment: QuoteSegment) -> Attribution? {
        var i = segment.start
        let limit = min(segment.end, segment.start + 40)
        var words = 0
        var upper = true
        while i < limit {
            let c = scalars[i]
            if c == ":" { break }
            if QuoteMarks.isWordScalar(c) {
                let wordStart = i
                guard c.properties.isUppercase else { return nil }
                while i < limit, QuoteMarks.isWordScalar(scalars[i]) || scalars[i] == "." || scalars[i] == "-" {
                    if scalars[i].properties.isLowercase { upper = false }
                    i += 1
                }
                if i - wordStart > 0 { words += 1 }
                continue
            }
            guard c == " " else { return nil }
            i += 1
        }
        // A colon after one to three capitalised words, all capitals unless it is a single name.
        guard i < limit, scalars[i] == ":", words >= 1, words <= 3, upper || words >= 2 else { return nil }
        var end = i
        while end > segment.start, QuoteMarks.isSpace(scalars[end - 1]) { end -= 1 }
        guard end > segment.start else { return nil }
        return Attribution(speaker: segment.start..<end, head: segment.start..<end, kind: .name, cue: i..<(i + 1), source: .cueBefore)
    }

    func retag(_ a: Attribution, _ source: Attribution.Source) -> Attribution {
        var b = a
        b.source = source
        return b
    }

    /// Paragraphs whose quotations found no speaker inside them take one from a neighbour.
    mutating func attributeAcross() {
        var last: Attribution? = nil
        var lastParagraph = -10
        for p in paragraphs.indices {
            let para = paragraphs[p]
            guard para.speakersAllowed else { continue }
            let unattributed = para.quoteTokens.filter { attributions[$0.segment] == nil }
            if !unattributed.isEmpty {
                let startsWithQuote = para.tokens.first?.kind == .quote
                var inherited: Attribution? = nil
                if p > 0, let intro = paragraphs[p - 1].introduction {
                    // `Ms Ode wrote:` introduces whatever paragraph follows.
                    inherited = retag(intro, .previousParagraph)
                } else if startsWithQuote, p - 1 == lastParagraph, let last {
                    inherited = retag(last, .previousParagraph)
                } else if startsWithQuote, let last {
                    inherited = retag(last, .previousParagraph)
                }
                if let inherited {
                    for qt in unattributed { attributions[qt.segment] = inherited }
                } else {
                    let attributor = ParagraphAttributor(tokens: para.tokens, scalars: scalars)
                    for qt in unattributed {
                        // Narrative with quoted words and no subject to read: the nearest person
                        // named before them in the sentence, if any (an earlier speaker rarely is).
                        attributions[qt.segment] = attributor.subjectOfSentence(holding: qt.token)
                            ?? attributor.nearestName(before: qt.token)
                    }
                }
            }
            if let intro = para.introduction {
                last = intro
                lastParagraph = p
            } else if let a = para.quoteTokens.last.flatMap({ attributions[$0.segment] }) {
                last = a
                lastParagraph = p
            }
        }
    }

    func firstAttribution(_ para: Paragraph) -> Attribution? {
        for qt in para.quoteTokens {
            if let a = attributions[qt.segment], a.source != .sentenceSubject { return a }
        }
        return nil
    }
}
