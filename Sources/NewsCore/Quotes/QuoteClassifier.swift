/// Tells a direct quotation from a few quoted words inside a paraphrase, and both from quoted
/// words that are nobody's speech: terms, scare quotes, titles, nicknames and slogans.
///
/// Two passes. Before attribution, the shape of a stretch alone may settle it: markup is no
/// quotation at all, and title-case words that name a work, a programme or a thing (after a
/// possessive, after a word for a work, after `on`, before a noun they name, a title with a
/// subtitle) are a term, left out of attribution so that they lend no speaker to their
/// neighbours. After attribution, a cited piece's title (`"…," by Name`) is a term, and
/// `kind(of:)` reads what attribution found: quoted words that no cue ties to anyone, in a
/// sentence that reports no speech and after one that reports none either, are a term; so are
/// quoted words mentioned as words (`the term "blog"`, `such as "affect"`), a quoted modifier of
/// the noun after it (`the "nearly-men" tag`), and a short stretch in a list of them.
enum QuoteClassifier {
    /// What a stretch is by its shape alone.
    enum Shape: Sendable, Equatable {
        /// An attribute value of embedded markup: no quotation and no term.
        case markup
        /// A name of a work, a programme or a thing: a term whatever attribution finds.
        case term
        /// Attribution decides.
        case open
    }

    /// The shape of `segment`, read from its words and their neighbours in the paragraph.
    ///
    /// In a line written in title case (`Ode Says Plan Is 'A Disgrace'`), every quoted stretch is in
    /// title case too, so title case there is no sign of a name or a title: `titleCasedLine` turns
    /// those tests off, and the headline rules (`kind`, `QuotedAgain`) decide.
    /// `words` are `contentWords(segment, s, limit: wordsRead)`, when the caller has them.
    static func shape(
        of segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>, titleCasedLine: Bool = false, words: [Range<Int>]? = nil
    ) -> Shape {
        if insideMarkup(segment, s) { return .markup }
        let words = words ?? contentWords(segment, s, limit: wordsRead)
        if isSubheading(segment, words, s, paragraph: paragraph) || isLabel(segment, words, s, paragraph: paragraph) { return .term }
        // An owner's name before the marks (`Ode's 'Night Train'`) still names a work there.
        if titleCasedLine { return isTitleCase(words, s) && followsPossessive(segment, s, paragraph: paragraph) ? .term : .open }
        if isSubtitledTitle(segment, s) { return .term }
        guard isTitleCase(words, s) else { return .open }
        if namesSomething(segment, s, paragraph: paragraph) || isNickname(segment, words, s, paragraph: paragraph) { return .term }
        return .open
    }

    /// Quoted words that label rather than say: a stage direction in brackets (`"(CROSSTALK.)"`),
    /// a heading ending in a colon (`"Related:"`), a gloss of a hashtag (`#PorteOuverte - "open
    /// door"`), a title or slogan with its year after it (`"No to Free Lawyers" (2016)`).
    static func isLabel(_ segment: QuoteSegment, _ words: [Range<Int>], _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        let first = segment.start
        var last = segment.end - 1
        while last > first, QuoteMarks.isSpace(s[last]) { last -= 1 }
        if s[first] == "(", s[last] == ")" || s[last] == "." && last > first && s[last - 1] == ")" { return true }
        if words.count <= 2, s[last] == ":" { return true }
        if let open = segment.openMark, open - 3 >= paragraph.lowerBound {
            // `#Tag - "gloss"`
            var j = open - 1
            while j > paragraph.lowerBound, QuoteMarks.isSpace(s[j]) { j -= 1 }
            if j > paragraph.lowerBound, s[j] == "-" || s[j] == "\u{2014}" || s[j] == "\u{2013}" {
                j -= 1
                while j > paragraph.lowerBound, QuoteMarks.isSpace(s[j]) { j -= 1 }
                var k = j + 1
                while k > paragraph.lowerBound, QuoteMarks.isWordScalar(s[k - 1]) { k -= 1 }
                if k > paragraph.lowerBound, k <= j, s[k - 1] == "#" { return true }
            }
        }
        if let close = segment.closeMark {
            // `"…" (2016)`
            var j = close + 1
            while j < paragraph.upperBound, s[j] == " " { j += 1 }
            if j + 5 < paragraph.upperBound, s[j] == "(", s[j + 5] == ")", (j + 1...j + 4).allSatisfy({ ScalarClass.isNumeric(s[$0]) }) {
                return true
            }
        }
        return false
    }

    /// `"Harbour lights go out," by Ana Ribeiro`: the title of a piece with its author after it, as a
    /// review, a reading list or a press round-up cites it. Speech is never credited with `by`
    /// after a comma; a passive cue has no comma and mostly a lower-case quotation (`branded
    /// "reckless" by the council`, `labelled "Mostly False" by the checkers`).
    static func isCitedTitle(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        guard let close = segment.closeMark else { return false }
        // A title may open with a quoted name of its own: `"'Night Desk' returns," by …`.
        var first = segment.start
        if QuoteMarks.isAnyMark(s[first]), first + 1 < segment.end { first += 1 }
        guard ScalarClass.isUpper(s[first]) || ScalarClass.isNumeric(s[first]) else { return false }
        var last = segment.end - 1
        while last > segment.start, QuoteMarks.isSpace(s[last]) { last -= 1 }
        // A title may end on a quoted name of its own too: `"Ode leaves 'Night Desk,'" by …`.
        if last > first, QuoteMarks.isAnyMark(s[last]) { last -= 1 }
        var j = close + 1
        // The comma inside the marks (`"…," by`) or just outside them (`"…", by`).
        if s[last] != "," {
            guard j < paragraph.upperBound, s[j] == "," else { return false }
            j += 1
        }
        guard j + 4 < paragraph.upperBound, s[j] == " ", s[j + 1] == "b", s[j + 2] == "y", s[j + 3] == " " else { return false }
        return ScalarClass.isUpper(s[j + 4])
    }

    /// `"Long Road Home: A Life in Politics"`: title-case words, a colon and a title-case
    /// subtitle, the shape of a book's or a film's full title. Speech in title case is a slogan
    /// or a chant, and those have no subtitle.
    static func isSubtitledTitle(_ segment: QuoteSegment, _ s: [Unicode.Scalar]) -> Bool {
        // Most quotations open in lower case or are no title at all: read no further for those.
        guard ScalarClass.isUpper(s[segment.start]) || ScalarClass.isNumeric(s[segment.start]) else { return false }
        var colon: Int? = nil
        for i in segment.start..<min(segment.end, segment.start + 60) where s[i] == ":" {
            colon = i
            break
        }
        guard let colon, colon > segment.start, QuoteMarks.isWordScalar(s[colon - 1]), colon + 2 < segment.end, s[colon + 1] == " ",
            ScalarClass.isUpper(s[colon + 2])
        else { return false }
        let head = contentWords(in: segment.start..<colon, s, limit: 9)
        let tail = contentWords(in: (colon + 1)..<segment.end, s, limit: 13)
        return head.count <= 8 && tail.count <= 12 && isTitleCase(head, s) && isTitleCase(tail, s, maxWords: 12)
    }

    /// `Rep. Robert C. "Bobby" Scott`: one or two title-case words between the parts of a name.
    static func isNickname(_ segment: QuoteSegment, _ words: [Range<Int>], _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        guard words.count <= 2, let open = segment.openMark, let close = segment.closeMark, open >= paragraph.lowerBound + 3,
            close + 2 < paragraph.upperBound, s[open - 1] == " ", s[close + 1] == " ",
            // A name word or an initial before: `Robert C. "Bobby" Scott`.
            QuoteMarks.isWordScalar(s[open - 2]) || s[open - 2] == "." && ScalarClass.isUpper(s[open - 3]),
            QuoteMarks.isWordScalar(s[segment.end - 1]), ScalarClass.isUpper(s[close + 2])
        else { return false }
        guard let before = wordsBefore(segment, s, paragraph: paragraph, limit: 1).first, ScalarClass.isUpper(s[before.lowerBound]),
            !SpeechVerbs.cues.contains(WordKey(s, before))
        else {
            return false
        }
        // Not a sentence's first word: `"…," Ode said. "Bobby" Scott …` has a stop before.
        return !FunctionWords.sentenceOpeners.contains(WordKey(s, before))
    }

    /// `'A really tough decision.'` alone on its line: a subheading made of quoted words, in
    /// single marks (double marks alone on a line are as often a quotation paragraph), or in
    /// title case or capitals (`"DIVISIVE, STUPID AND WRONG"`).
    static func isSubheading(_ segment: QuoteSegment, _ words: [Range<Int>], _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        guard words.count >= 2, words.count <= 10, segment.mark == .single || isTitleCase(words, s), !endsLikeUtterance(segment, s),
            let open = segment.openMark, let close = segment.closeMark
        else { return false }
        var first = paragraph.lowerBound
        while first < paragraph.upperBound, QuoteMarks.isSpace(s[first]) { first += 1 }
        var last = paragraph.upperBound - 1
        while last > first, QuoteMarks.isSpace(s[last]) || s[last] == "." { last -= 1 }
        return first == open && last == close
    }

    /// Whether an attribution rests on a cue of the quotation's own sentence (`said`, `according
    /// to`, `her claim that`), rather than on a neighbour or on a sentence's subject alone.
    static func isCued(_ a: Attribution?) -> Bool {
        guard let a else { return false }
        return a.source == .cueAfter || a.source == .cueBefore || a.source == .cueLaterInSentence
    }

    /// The kind of segment `index` once attribution has run; nil when it is no quotation at all.
    /// `words` are `contentWords(segment, s, limit: wordsRead)`, when the caller has them.
    static func kind(
        of segment: QuoteSegment, index: Int, attributor: QuoteAttributor, isHeadline: Bool, words: [Range<Int>]? = nil
    ) -> Quote.Kind {
        let s = attributor.scalars
        let a = attributor.attributions[index]
        let cued = isCued(a)
        let words = words ?? contentWords(segment, s, limit: wordsRead)
        let paragraph = attributor.paragraphs[segment.paragraph].range
        let base: Quote.Kind = looksDirect(segment, words.count, s) || isUtterance(segment, a, s) ? .direct : .partial

        // `"…," by Name`: a cited piece's title. Decided here rather than by shape, so that the
        // title still takes part in attribution and the excerpt after it (`by Name: "…"`) keeps
        // its author as before; the title itself gets no speaker.
        if isCitedTitle(segment, s, paragraph: paragraph) { return .term }
        // `A placard read "…"`: words written on a thing are a slogan, nobody's speech.
        if let a, a.kind == .nominal, let head = lastWord(of: a.head, s), QuotedNameWords.inscriptions.contains(WordKey(s, head)) {
            return .term
        }
        if isInscribed(segment, s, paragraph: paragraph) { return .term }
        // A headline's quoted words are settled by what the body quotes (`QuotedAgain`), unless
        // they describe the noun after them (`Clinton blasts Trump over 'deportation force' idea`).
        if isHeadline {
            return words.count <= 4 && modifiesNextNoun(segment, s, paragraph: paragraph) ? .term : base
        }
        // A title, a name or a slogan in title case that nothing ties to anyone, neither a cue nor
        // a subject: `in the "Arab Spring" uprisings`.
        if isTitleCase(words, s), a == nil, !endsLikeUtterance(segment, s) {
            return .term
        }
        // `the "nearly-men" tag`, `a "must-have" buy`: quoted words that describe the noun after them.
        if words.count <= 4, !cued, modifiesNextNoun(segment, s, paragraph: paragraph) { return .term }
        guard base == .partial else { return base }
        let lowerCase = ScalarClass.isLower(s[segment.start])
        // `the term "blog"`, `words such as "incumbent"`, `so-called "rebels"`: words mentioned as words.
        if words.count <= 2, lowerCase, !cued, mentionsWords(segment, s, paragraph: paragraph, attributor: attributor) { return .term }
        // Quoted words that nobody is said to have said: no speaker and no cue in the sentence,
        // or a short stretch that only a paragraph before could speak.
        let context = attributor.cueContext[index]
        guard let a else { return context.inSentence || isUnclaimedPhrase(segment, wordCount: words.count, s) ? .partial : .term }
        if a.source == .previousParagraph, words.count <= 3 { return .term }
        // Quoted words in a sentence that reports no speech, after one that reports none either,
        // whose subject is a thing (`call centres have a high "churn rate"`): a term. (A person,
        // an organisation or a document as the subject is left a partial quotation: `Ode likened
        // it to a "snake"` may say it with a verb the cue list lacks.)
        if !cued, !context.inSentence, !context.inPreviousSentence, a.source == .sentenceSubject || a.source == .sameParagraph,
            a.kind == .nominal, !attributor.isAgent(a, broadly: false)
        {
            return .term
        }
        // `"retro" has become popular`, `decide to "offshore" their operations`: a single word
        // used as a noun or a verb of the narrative's own sentence.
        if words.count == 1, lowerCase, a.source != .cueBefore, a.source != .cueAfter, usedAsWord(segment, s, paragraph: paragraph) {
            return .term
        }
        // `"have-nets" and "have-nots"`, `"too loud" or "too shrill"`: short stretches listed together.
        if words.count <= 2, !context.inSentence, inListOfShortQuotes(index, attributor: attributor) { return .term }
        return .partial
    }

    /// `"Never again," he said`: however short, a quotation that opens like a sentence, ends in a
    /// comma, question or exclamation mark inside its marks and is followed straight away by its
    /// cue clause is a whole utterance, not words borrowed into a paraphrase.
    static func isUtterance(_ segment: QuoteSegment, _ a: Attribution?, _ s: [Unicode.Scalar]) -> Bool {
        guard let a, a.source == .cueAfter || a.source == .cueLaterInSentence, let close = segment.closeMark,
            ScalarClass.isUpper(s[segment.start])
        else { return false }
        guard endsLikeUtterance(segment, s) else { return false }
        let clause = min(a.speaker.lowerBound, a.cue?.lowerBound ?? a.speaker.lowerBound)
        guard clause > close else { return false }
        return s[(close + 1)..<clause].allSatisfy { QuoteMarks.isSpace($0) || $0 == "," }
    }

    /// The last word of a range of text.
    static func lastWord(of r: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int>? {
        var e = r.upperBound
        while e > r.lowerBound, !QuoteMarks.isWordScalar(s[e - 1]) { e -= 1 }
        var b = e
        while b > r.lowerBound, QuoteMarks.isWordScalar(s[b - 1]) || s[b - 1] == "-" { b -= 1 }
        return b < e ? b..<e : nil
    }

    /// The quoted words end in an exclamation or a question mark: `chants of "Marco! Marco!"`.
    static func endsLikeCry(_ segment: QuoteSegment, _ s: [Unicode.Scalar]) -> Bool {
        var j = segment.end - 1
        while j > segment.start, QuoteMarks.isSpace(s[j]) || s[j] == "," { j -= 1 }
        return s[j] == "!" || s[j] == "?"
    }

    /// The quoted words end in a comma, a question or an exclamation mark: the shape of `"Yes," she said`.
    static func endsLikeUtterance(_ segment: QuoteSegment, _ s: [Unicode.Scalar]) -> Bool {
        var j = segment.end - 1
        while j > segment.start, QuoteMarks.isSpace(s[j]) { j -= 1 }
        return s[j] == "," || s[j] == "?" || s[j] == "!"
    }

    /// How many words of a quotation its shape and kind are read from: every rule asks only
    /// whether there are at most ten, and the title-case test reads at most eight, so a long
    /// quotation need not be read to its end.
    static let wordsRead = 11

    /// Scalar ranges of the words inside the segment, the first `limit` of them.
    static func contentWords(_ segment: QuoteSegment, _ s: [Unicode.Scalar], limit: Int = .max) -> [Range<Int>] {
        contentWords(in: segment.start..<segment.end, s, limit: limit)
    }

    /// Scalar ranges of the words inside `range`, the first `limit` of them.
    static func contentWords(in range: Range<Int>, _ s: [Unicode.Scalar], limit: Int = .max) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(min(limit, 16))
        // Each quotation's words are read several times over: from the buffer, without bounds checks.
        s.withUnsafeBufferPointer { b in
            var i = range.lowerBound
            let end = min(range.upperBound, b.count)
            while i < end, out.count < limit {
                guard QuoteMarks.isWordScalar(b[i]) else {
                    i += 1
                    continue
                }
                let start = i
                while i < end, QuoteMarks.isWordScalar(b[i]) || b[i] == "'" || b[i] == "\u{2019}" || b[i] == "-" || b[i] == "&" { i += 1 }
                out.append(start..<i)
            }
        }
        return out
    }

    /// Whether a line is written in title case: at least four words outside its quotation marks,
    /// and all but one of those that are not small words capitalised (or numbers).
    static func isTitleCasedLine(_ s: [Unicode.Scalar], _ line: Range<Int>, segments: [QuoteSegment]) -> Bool {
        var words = 0
        var lower = 0
        var i = line.lowerBound
        var next = 0
        while i < line.upperBound {
            while next < segments.count, (segments[next].closeMark ?? segments[next].end) < i { next += 1 }
            if next < segments.count, let open = segments[next].openMark, open <= i, i <= (segments[next].closeMark ?? segments[next].end) {
                i = (segments[next].closeMark ?? segments[next].end) + 1
                continue
            }
            guard QuoteMarks.isWordScalar(s[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < line.upperBound, QuoteMarks.isWordScalar(s[i]) || s[i] == "-" || s[i] == "'" || s[i] == "\u{2019}" { i += 1 }
            guard !SmallWords.inQuotedTitles.contains(ScalarClass.wordKey(s, start..<i)) else { continue }
            words += 1
            if !(ScalarClass.isUpper(s[start]) || ScalarClass.isNumeric(s[start])) { lower += 1 }
        }
        return words >= 4 && lower <= 1
    }

    /// At most eight words (or `maxWords`), every one that is not a small word capitalised (or a number).
    static func isTitleCase(_ words: [Range<Int>], _ s: [Unicode.Scalar], maxWords: Int = 8) -> Bool {
        guard !words.isEmpty, words.count <= maxWords else { return false }
        var content = 0
        for w in words where !SmallWords.inQuotedTitles.contains(ScalarClass.wordKey(s, w)) {
            let c = s[w.lowerBound]
            guard ScalarClass.isUpper(c) || ScalarClass.isNumeric(c) else { return false }
            content += 1
        }
        return content > 0
    }

    /// The words before the opening mark, nearest first, back to a sentence stop (at most `limit`).
    static func wordsBefore(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>, limit: Int) -> [Range<Int>] {
        guard let open = segment.openMark else { return [] }
        var before: [Range<Int>] = []
        var i = open - 1
        while i >= paragraph.lowerBound, before.count < limit {
            if QuoteMarks.isWordScalar(s[i]) {
                let end = i + 1
                while i >= paragraph.lowerBound, QuoteMarks.isWordScalar(s[i]) || s[i] == "'" || s[i] == "\u{2019}" || s[i] == "-" { i -= 1 }
                before.append((i + 1)..<end)
                continue
            }
            if s[i] == "." || s[i] == "!" || s[i] == "?" || s[i] == ":" { break }
            i -= 1
        }
        return before
    }

    /// The word right after the closing mark, when a space and a word follow it.
    static func wordAfter(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Range<Int>? {
        guard let close = segment.closeMark else { return nil }
        var j = close + 1
        guard j < paragraph.upperBound, QuoteMarks.isSpace(s[j]) else { return nil }
        while j < paragraph.upperBound, QuoteMarks.isSpace(s[j]) { j += 1 }
        let start = j
        while j < paragraph.upperBound, QuoteMarks.isWordScalar(s[j]) || s[j] == "-" || s[j] == "'" || s[j] == "\u{2019}" { j += 1 }
        return j > start ? start..<j : nil
    }

    /// `Ode's`, `the firm’s`: an owner's name, not a contraction (`It's`, `that's`, `here's`).
    static func isPossessive(_ w: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard w.count > 2, s[w.upperBound - 1] == "s", s[w.upperBound - 2] == "'" || s[w.upperBound - 2] == "\u{2019}" else { return false }
        let stem = WordKey(s, w.lowerBound..<(w.upperBound - 2))
        return !Pronouns.subjects.contains(stem) && !QuoteWords.contracted.contains(stem)
    }

    /// The word right before the opening mark is an owner's name.
    static func followsPossessive(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        guard segment.openMark != nil, let prev = wordsBefore(segment, s, paragraph: paragraph, limit: 1).first else { return false }
        return isPossessive(prev, s)
    }

    /// The word before the opening mark and the word after the closing mark decide whether
    /// title-case words name a work, a programme or a thing.
    static func namesSomething(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        guard segment.openMark != nil else { return false }
        let before = wordsBefore(segment, s, paragraph: paragraph, limit: 6)
        if let prev = before.first {
            if isPossessive(prev, s) { return true }
            let key = WordKey(s, prev)
            if key == QuoteWords.onKey { return true }
            if before.prefix(2).contains(where: { QuotedNameWords.works.contains(WordKey(s, $0)) }) { return true }
            // `the ferry "Sea Lark"`, `a new ale, "Harbour Gold",`
            if QuotedNameWords.namingNouns.contains(key) { return true }
            // `an inquiry, codenamed "Operation Kestrel"`; `a group called "…"` (after a common
            // noun; `Ode called Ilo "…"` is speech).
            if QuotedNameWords.namingVerbs.contains(key) { return true }
            if QuotedNameWords.nameGivingVerbs.contains(key), before.count > 1, !ScalarClass.isUpper(s[before[1].lowerBound]),
                !Pronouns.subjects.contains(WordKey(s, before[1])), !SpeechVerbs.cues.contains(WordKey(s, before[1]))
            {
                return true
            }
            // `known to its fans as "the Robins"`
            if key == QuoteWords.asKey, before.dropFirst().contains(where: { WordKey(s, $0) == QuoteWords.knownKey }) { return true }
            // `the author of "Destiny and Power"`, `an interview with "The View"`: title-case words
            // after a preposition name a work (chants and cries are speech: `chants of "Bobby!"`).
            if QuotedNameWords.titlePrepositions.contains(key), !ScalarClass.isUpper(s[prev.lowerBound]), !endsLikeCry(segment, s),
                !(before.count > 1 && QuotedNameWords.cries.contains(WordKey(s, before[1])))
            {
                return true
            }
        }
        // `One ad, "Balanced Rebellion," stars …`: a title in apposition to a word for a work.
        if let open = segment.openMark, open >= paragraph.lowerBound + 2, s[open - 1] == " " && s[open - 2] == "," || s[open - 1] == ",",
            let prev = before.first, QuotedNameWords.works.contains(WordKey(s, prev)) || QuotedNameWords.namedNouns.contains(WordKey(s, prev))
        {
            return true
        }
        // The word after the closing mark.
        if let close = segment.closeMark {
            if let next = wordAfter(segment, s, paragraph: paragraph) {
                let key = WordKey(s, next)
                if QuotedNameWords.namedNouns.contains(key) { return true }
                // `"Equity," a thriller about …`: the title's comma inside its marks, then a description.
                if FunctionWords.indefiniteArticles.contains(key), s[segment.end - 1] == "," { return true }
            }
            // `"Operation Kestrel", a six-week inquiry`: a description in apposition.
            let j = close + 1
            if j < paragraph.upperBound, s[j] == "," {
                var k = j + 1
                while k < paragraph.upperBound, QuoteMarks.isSpace(s[k]) { k += 1 }
                let w = k
                while k < paragraph.upperBound, QuoteMarks.isWordScalar(s[k]) { k += 1 }
                if k > w, FunctionWords.indefiniteArticles.contains(WordKey(s, w..<k)) { return true }
            }
        }
        return false
    }

    /// `the term "blog"`, `such as "affect"`, `so-called "rebels"`, `the "nearly-men" tag`, and the
    /// later stretches of a list that one of those opens (`such as "incumbent", "electoral" and …`).
    static func mentionsWords(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>, attributor: QuoteAttributor) -> Bool {
        if let next = wordAfter(segment, s, paragraph: paragraph), QuotedNameWords.mentionNouns.contains(WordKey(s, next)) { return true }
        var first = segment
        // Step back over a list of quoted words to the stretch that opens it.
        var k = attributor.segmentIndex(startingAt: segment.start) ?? -1
        while k > 0 {
            let prev = attributor.segments[k - 1]
            guard prev.paragraph == segment.paragraph, let close = prev.closeMark, let open = first.openMark, close < open,
                onlyListJoiners(s, (close + 1)..<open)
            else { break }
            first = prev
            k -= 1
        }
        let before = wordsBefore(first, s, paragraph: paragraph, limit: 2)
        guard let prev = before.first else { return false }
        let key = WordKey(s, prev)
        if QuotedNameWords.distancing.contains(key) { return true }
        if key == QuoteWords.asKey, before.count > 1, WordKey(s, before[1]) == QuoteWords.suchKey { return true }
        if QuotedNameWords.mentionNouns.contains(key), before.count > 1, FunctionWords.determiners.contains(WordKey(s, before[1])) { return true }
        return false
    }

    /// Only spaces, commas and `and` or `or` between two quoted stretches.
    static func onlyListJoiners(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count <= 8 else { return false }
        let text = String(String.UnicodeScalarView(s[range])).lowercased()
        let stripped = text.filter { !$0.isWhitespace && $0 != "," }
        return stripped.isEmpty || stripped == "and" || stripped == "or"
    }

    /// The stretch and a neighbour in the same paragraph, both of at most two words, are joined
    /// only by a comma, `and` or `or`.
    static func inListOfShortQuotes(_ index: Int, attributor: QuoteAttributor) -> Bool {
        let s = attributor.scalars
        let segment = attributor.segments[index]
        for other in [index - 1, index + 1] where other >= 0 && other < attributor.segments.count {
            let o = attributor.segments[other]
            guard o.paragraph == segment.paragraph, contentWords(o, s, limit: 3).count <= 2 else { continue }
            let (left, right) = other < index ? (o, segment) : (segment, o)
            if let close = left.closeMark, let open = right.openMark, close < open, onlyListJoiners(s, (close + 1)..<open) { return true }
        }
        return false
    }

    /// Whether quoted words end without punctuation and a noun they describe follows: `the
    /// "nearly-men" tag`. The word after must be a lower-case content word, not a function word,
    /// a verb form, an adverb in -ly or a preposition.
    static func modifiesNextNoun(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        var j = segment.end - 1
        while j > segment.start, QuoteMarks.isSpace(s[j]) { j -= 1 }
        guard QuoteMarks.isWordScalar(s[j]), let next = wordAfter(segment, s, paragraph: paragraph),
            ScalarClass.isLower(s[next.lowerBound]), next.count >= 3
        else { return false }
        if QuotedNameWords.mentionNouns.contains(WordKey(s, next)) { return true }
        return isContentNoun(s, next)
    }

    /// A lower-case word that may be a noun: no function word, auxiliary, cue, or word ending in
    /// -ly, -ing or -ed.
    static func isContentNoun(_ s: [Unicode.Scalar], _ w: Range<Int>) -> Bool {
        let key = WordKey(s, w)
        if FunctionWords.closedClass.contains(key) || FunctionWords.sentenceOpeners.contains(key) || FunctionWords.prepositions.contains(key)
            || ClauseWords.interveners.contains(key) || ClauseWords.beForms.contains(key) || ClauseWords.haveForms.contains(key)
            || Pronouns.all.contains(key) || Pronouns.relatives.contains(key) || SpeechVerbs.cues.contains(key)
            || ClauseWords.introductoryWords.contains(key) || ClauseWords.clauseConjunctions.contains(key)
        {
            return false
        }
        let n = w.count
        let last2 = String(String.UnicodeScalarView(s[(w.upperBound - 2)..<w.upperBound]))
        if last2 == "ly" || last2 == "ed" { return false }
        if n > 4, last2 == "ng", s[w.upperBound - 3] == "i" { return false }
        return true
    }

    /// A single quoted word that the narrative uses as its own noun or verb: a verb or an
    /// auxiliary follows it (`"retro" has become`), or a determiner (`to "offshore" their operations`).
    static func usedAsWord(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        var j = segment.end - 1
        while j > segment.start, QuoteMarks.isSpace(s[j]) { j -= 1 }
        guard QuoteMarks.isWordScalar(s[j]), let next = wordAfter(segment, s, paragraph: paragraph) else { return false }
        let key = WordKey(s, next)
        return ClauseWords.beForms.contains(key) || ClauseWords.haveForms.contains(key) || Pronouns.possessiveDeterminers.contains(key)
            || FunctionWords.articles.contains(key)
    }

    /// An attribute value of embedded markup: `<tweet id="…">`.
    static func insideMarkup(_ segment: QuoteSegment, _ s: [Unicode.Scalar]) -> Bool {
        guard let open = segment.openMark else { return false }
        // `date="May 2` and a line break, then `">Text…`: a mark that closes a tag broken over
        // two lines. No quotation opens on the end of a tag.
        if s[segment.start] == ">" { return true }
        // Back to the paragraph's start for each quotation (at most 400 scalars): the last `<`,
        // `>` or line break before the mark, eight scalars at a time.
        return s.withUnsafeBufferPointer { b in
            let found = ScalarScan.last(
                in: b, from: max(0, open - 400), before: open,
                anyHit: { v in
                    ScalarScan.any((v .== .init(repeating: 0x3C)) .| (v .== .init(repeating: 0x3E)) .| (v .== .init(repeating: 0x0A)))
                },
                isHit: { v in v == 0x3C || v == 0x3E || v == 0x0A })
            guard let i = found, b[i] == "<" else { return false }
            return i + 1 < b.count && QuoteMarks.isWordScalar(b[i + 1])
        }
    }

    /// A direct quotation starts like a sentence (a capital letter) and runs to several words;
    /// shorter or lower-case stretches are words borrowed into a paraphrase.
    static func looksDirect(_ segment: QuoteSegment, _ words: Int, _ s: [Unicode.Scalar]) -> Bool {
        let first = s[segment.start]
        return words >= 4 && (ScalarClass.isUpper(first) || segment.openEnd || first == "." || first == "\u{2026}")
    }
}
