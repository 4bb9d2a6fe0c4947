@testable import NewsCore
import Testing

/// The quote finder's shortcuts over scalars and names must answer exactly as the general code
/// they stand in for: a speed-up may not change a single quotation or speaker.
@Suite struct QuoteScanTests {
    /// A paragraph the team wrote, with straight and curly marks, apostrophes, an initial,
    /// hyphens, digits and a few letters that are not ASCII.
    static let text = "Ms O’Dea told the Harbour Trust: \"We're ready.\" Ada B. Ode-Ilo, 42, said ‘fine’ — Zoë's café agreed; ‚low‘ 'n' \u{201F}odd\u{201E}"

    @Test func wordScalarBitmaskMatchesTheRanges() {
        for v in UInt32(0)..<0x80 {
            let c = Unicode.Scalar(v)!
            let expected = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            #expect(QuoteMarks.isWordScalar(c) == expected, "\(v)")
        }
    }

    /// The inline ASCII key is `WordKey`'s for every ASCII word, and nil for any other.
    @Test func asciiKeyIsTheWordKey() {
        let s = Array(Self.text.unicodeScalars)
        let words = ["Ms", "HARBOUR", "We're", "Ode-Ilo", "42", "B.", "said", "a", "Zoë's", "O’Dea", "café"]
        for word in words {
            let w = Array(word.unicodeScalars)
            let key = w.withUnsafeBufferPointer { WordKey(ascii: $0, 0..<w.count) }
            if word.unicodeScalars.allSatisfy(\.isASCII) {
                #expect(key == WordKey(w, 0..<w.count), "\(word)")
                #expect(key == WordKey(word.lowercased()), "\(word)")
            } else {
                #expect(key == nil, "\(word)")
            }
        }
        // Every range of the paragraph that is ASCII keys as `WordKey` does.
        s.withUnsafeBufferPointer { b in
            for start in 0..<s.count {
                for end in start..<min(s.count, start + 9) {
                    if let key = WordKey(ascii: b, start..<end) { #expect(key == WordKey(s, start..<end)) }
                }
            }
        }
    }

    /// The segmenter's skip stops at each mark a scalar-by-scalar scan would.
    @Test func nextMarkFindsEveryMark() {
        let s = Array(Self.text.unicodeScalars)
        let marks = s.indices.filter { i in
            let v = s[i].value
            return v == 0x22 || v == 0x27 || (0x2018...0x201D).contains(v)
        }
        var found: [Int] = []
        var i = 0
        while i < s.count {
            i = QuoteSegmenter.nextMark(s, from: i, before: s.count)
            if i < s.count { found.append(i) }
            i += 1
        }
        #expect(found == marks)
        #expect(QuoteSegmenter.nextMark(s, from: 0, before: 2) == 2)
    }

    /// The headline check's search answers as `contains`, for ASCII words and others.
    @Test func holdsAnswersAsContains() {
        let body = [" the plan is a disgraceful waste ", " zoë s café is open ", " ", ""]
        let words = [" disgraceful waste ", " waste ", " plan is a ", " a disgrace ", " café ", " zoë s ", "  ", " the plan is a disgraceful waste  "]
        for b in body {
            for w in words { #expect(QuotedAgain.holds(b, w) == b.contains(w), "\(b)|\(w)") }
        }
    }

    /// Title and name keys made without strings are those the strings give.
    @Test func nameWordKeysMatchTheirStrings() {
        for word in ["Dr.", "Mr", "MRS", "Ada", "St.John", "Zoë", "Ódé", "O’Dea", "a.b.c"] {
            let w = Substring(word)
            #expect(SpeakerResolver.keyWithoutStops(w) == WordKey(word.lowercased().filter { $0 != "." }), "\(word)")
            #expect(SpeakerResolver.key(w) == WordKey(word.lowercased()), "\(word)")
        }
    }

    /// A written speaker is matched with the aliases as their lower-case strings would match it,
    /// for ASCII aliases and others, and for last words with spaces around them.
    @Test func aliasMatchesAnswerAsLowerCaseStrings() {
        let aliases = ["Ada Ode", "ADA ODE", "Ode", " Ada  Ode ", "Zoë Ilo", "ZOË ILO", "Ilo Zoë", "Harbour Trust", "  ", "", "Ode\r\nIlo", "Cafe\u{301} Ode"]
        let written = ["ada ode", "ode", "zoë ilo", "ilo zoë", "harbour trust", "trust", "  ", "", "zoë", "café ode", "ode\r\nilo", "ada ode "]
        for alias in aliases {
            let lowered = alias.lowercased()
            for w in written {
                #expect(SpeakerResolver.lowered(alias, is: w) == (lowered == w), "\(alias)|\(w)")
                let last = w.splitAtSpaces().last.map(String.init) ?? w
                let expected = lowered.splitAtSpaces().last.map(String.init) == last
                #expect(SpeakerResolver.lowered(alias, endsWith: last) == expected, "\(alias)|\(last)")
            }
        }
    }

    /// An entity's last word ruled out as an organisation's head by its key is one the list lacks.
    @Test func headRuleOutAnswersAsContains() {
        for word in ["Trust", "TRUST", "Ode", "Council", "Zoë", "Café", "Inc", "Group", "Ltd.", "Co-operative", "O’Dea", "Plc"] {
            let ruledOut = WordKey(ascii: word).map { OrganisationWords.heads.rulesOut($0) } ?? false
            let listed = OrganisationWords.heads.contains(word.lowercased())
            #expect(!(ruledOut && listed), "\(word)")
            if word.unicodeScalars.allSatisfy(\.isASCII) { #expect(ruledOut == !listed, "\(word)") }
        }
    }

    /// The last word found from the end is the last of the words found from the start, for every
    /// stretch of a paragraph with hyphens, apostrophes and letters that are not ASCII.
    @Test func lastWordIsTheLastOfTheWords() {
        let text = Self.text + " -- the 28-year-old' - 'x -'- Ode’ "
        let s = Array(text.unicodeScalars)
        let resolver = SpeakerResolver(
            scalars: s, entities: [], excluded: [], attributor: QuoteAttributor(scalars: s, segments: [], paragraphs: []))
        for start in 0..<s.count {
            for end in start...min(s.count, start + 24) {
                #expect(SpeakerResolver.lastWord(s, start..<end) == resolver.words(start..<end).last, "\(start)..<\(end)")
                // The ends of the words, found without their list, are those of the list.
                let ws = resolver.words(start..<end)
                let ends = resolver.wordEnds(start..<end)
                #expect(ends?.first == ws.first && ends?.last == ws.last && (ends?.several ?? false) == (ws.count >= 2), "\(start)..<\(end)")
            }
        }
    }
}
