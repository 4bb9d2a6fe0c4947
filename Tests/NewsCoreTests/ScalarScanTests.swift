import Testing

@testable import NewsCore

/// The eight-at-a-time scans (`ScalarScan`) find what a scalar-by-scalar walk finds, wherever the
/// scalar sought falls in or after an eight-scalar block, and the name finder that skips with one
/// reads words whole as before.
@Suite struct ScalarScanTests {
    static let texts = [
        "",
        "plain words only here and more of them to pass eight",
        "\u{201C}Open,\u{201D} she said.",
        "a \"straight\" pair after some words, and 'single' ones",
        "Zoë Ashgrove’s café: £4m raised! Was it enough? Yes.",
        String(repeating: "abcdefg ", count: 5) + "\u{2018}late\u{2019}",
        "1234567.9 and 12345678!",
    ]

    /// The first offset from `i` on whose scalar `hit` accepts, one scalar at a time.
    static func walk(_ s: [Unicode.Scalar], from i: Int, _ hit: (UInt32) -> Bool) -> Int {
        var j = i
        while j < s.count, !hit(s[j].value) { j += 1 }
        return j
    }

    @Test(arguments: texts)
    func theNextMarkIsTheOneAWalkFinds(text: String) {
        let s = Array(text.unicodeScalars)
        for i in 0...s.count {
            let expected = Self.walk(s, from: i) { $0 == 0x22 || $0 == 0x27 || (0x2018...0x201D).contains($0) }
            #expect(QuoteSegmenter.nextMark(s, from: i, before: s.count) == expected, "from \(i)")
        }
    }

    /// `nextMarkOrBeyondASCII` stops no later than `nextMark`, at a mark or a scalar beyond
    /// ASCII, and passes over only ASCII scalars that are no mark.
    @Test(arguments: texts + [
        "the quiet evening of long talks went on in the hall until late, and then “they” all went home",
        "plain ascii words for more than sixteen scalars, then café and naïve \u{2014} a dash, then 'single' and \"double\" ones",
    ])
    func theSegmenterStopsAtEveryMarkAndBeyondASCII(text: String) {
        let s = Array(text.unicodeScalars)
        for i in 0...s.count {
            let stop = QuoteSegmenter.nextMarkOrBeyondASCII(s, from: i, before: s.count)
            #expect(stop <= QuoteSegmenter.nextMark(s, from: i, before: s.count), "from \(i)")
            #expect(s[i..<stop].allSatisfy { $0.isASCII && $0 != "\"" && $0 != "'" }, "from \(i)")
            if stop < s.count { #expect(!s[stop].isASCII || s[stop] == "\"" || s[stop] == "'", "from \(i)") }
        }
    }

    /// `Discourse.nextStopOrBeyondASCII` stops no later than the next stop, at a stop or a
    /// scalar beyond ASCII, and passes over only ASCII scalars that are no stop.
    @Test(arguments: texts + [
        "A long first sentence with no stop for sixteen scalars or more. Then Zoë’s café! Was it? Yes\u{2026} done",
    ])
    func theSentenceScanStopsAtEveryStopAndBeyondASCII(text: String) {
        let s = Array(text.unicodeScalars)
        let stops: Set<Unicode.Scalar> = [".", "!", "?"]
        for i in 0...s.count {
            let stop = s.withUnsafeBufferPointer { Discourse.nextStopOrBeyondASCII(in: $0, from: i, before: s.count) }
            #expect(stop <= Self.walk(s, from: i) { stops.contains(Unicode.Scalar($0)!) }, "from \(i)")
            #expect(s[i..<stop].allSatisfy { $0.isASCII && !stops.contains($0) }, "from \(i)")
            if stop < s.count { #expect(!s[stop].isASCII || stops.contains(s[stop]), "from \(i)") }
        }
    }

    @Test(arguments: texts)
    func theNextStopIsTheOneAWalkFinds(text: String) {
        let s = Array(text.unicodeScalars)
        let stops: Set<UInt32> = [0x2E, 0x21, 0x3F]
        for i in 0...s.count {
            let found = s.withUnsafeBufferPointer { b in
                ScalarScan.first(
                    in: b, from: i, before: s.count,
                    anyHit: { v in
                        ScalarScan.any((v .== .init(repeating: 0x2E)) .| (v .== .init(repeating: 0x21)) .| (v .== .init(repeating: 0x3F)))
                    },
                    isHit: { stops.contains($0) })
            }
            #expect(found == Self.walk(s, from: i) { stops.contains($0) }, "from \(i)")
        }
    }

    @Test(arguments: texts + ["<p class=\"x\">He said\n“no” and <b>then</b> left the building at once"])
    func theLastTagSignIsTheOneAWalkBackFinds(text: String) {
        let s = Array(text.unicodeScalars)
        let signs: Set<UInt32> = [0x3C, 0x3E, 0x0A]
        for end in 0...s.count {
            for floor in [0, max(0, end - 9), max(0, end - 3)] {
                var expected: Int? = nil
                var j = end
                while j > floor, expected == nil {
                    j -= 1
                    if signs.contains(s[j].value) { expected = j }
                }
                let found = s.withUnsafeBufferPointer { b in
                    ScalarScan.last(
                        in: b, from: floor, before: end,
                        anyHit: { v in
                            ScalarScan.any((v .== .init(repeating: 0x3C)) .| (v .== .init(repeating: 0x3E)) .| (v .== .init(repeating: 0x0A)))
                        },
                        isHit: { signs.contains($0) })
                }
                #expect(found == expected, "\(floor)..<\(end)")
            }
        }
    }

    /// The name finder's skip set (`NameMentions.skipToCandidate`): a capital, a stop, a colon,
    /// a quotation mark, or any scalar past ASCII.
    static func isNameCandidate(_ v: UInt32) -> Bool {
        v &- 0x41 < 26 || v >= 0x80 || v == 0x2E || v == 0x21 || v == 0x3F || v == 0x3A || v == 0x22 || v == 0x27
    }

    @Test(arguments: texts + [
        "the quiet evening of long talks went on in the hall until late, and then they all went home to bed",
        "the quiet evening of long talks went on in the hall until late, and zoë went home to her café after",
        "nothing here but lower case words and commas, digits 1234 \u{2013} and hyphens - for sixteen or more scalars: done",
    ])
    func theByteScanFindsWhatTheEightLaneScanFinds(text: String) {
        let s = Array(text.unicodeScalars)
        for i in 0...s.count {
            let (bytes, lanes) = s.withUnsafeBufferPointer { b in
                (
                    ScalarScan.firstInASCIIOrBeyond(
                        in: b, from: i, before: s.count,
                        anyASCIIHit: { v in
                            let capital = v &- .init(repeating: 0x41) .< .init(repeating: 26)
                            let stop = (v .== .init(repeating: 0x2E)) .| (v .== .init(repeating: 0x21)) .| (v .== .init(repeating: 0x3F))
                            let mark = (v .== .init(repeating: 0x3A)) .| (v .== .init(repeating: 0x22)) .| (v .== .init(repeating: 0x27))
                            return ScalarScan.any(capital .| stop .| mark)
                        },
                        isHit: Self.isNameCandidate),
                    ScalarScan.first(
                        in: b, from: i, before: s.count,
                        anyHit: { v in
                            let capital = v &- .init(repeating: 0x41) .< .init(repeating: 26)
                            let stop = (v .== .init(repeating: 0x2E)) .| (v .== .init(repeating: 0x21)) .| (v .== .init(repeating: 0x3F))
                            let mark = (v .== .init(repeating: 0x3A)) .| (v .== .init(repeating: 0x22)) .| (v .== .init(repeating: 0x27))
                            return ScalarScan.any(capital .| (v .>= .init(repeating: 0x80)) .| stop .| mark)
                        },
                        isHit: Self.isNameCandidate)
                )
            }
            let walked = Self.walk(s, from: i, Self.isNameCandidate)
            #expect(bytes == walked, "from \(i)")
            #expect(lanes == walked, "from \(i)")
        }
    }

    @Test func aCapitalInsideAWordStartsNoName() {
        let text = Array(
            "Ada Ode spoke first at the hall. Then the anti-Ode camp, the proOde blog and 3Ode replied, and Ode left.".unicodeScalars)
        let names = NameMentions(text, paragraphs: [0..<text.count])
        let written = names.mentions.map { String(String.UnicodeScalarView(text[$0.range])) }
        #expect(written == ["Ada Ode", "Ode"])
    }

    /// The scan reads on from a stop, a colon or a double mark without going back to the start
    /// of the word before it: names right after them are found as before, and a word with an
    /// apostrophe or a capital inside it is still read whole.
    @Test func namesAfterStopsColonsAndMarksAreFound() {
        let text = Array(
            ("the plan was agreed. Ada Ode said so! was it? yes: Ben Kay agreed \"Tamsin Okonkwo\" would chair, "
                + "and the proOde blog's editor didn't. then co-op members met Mr Kay.")
                .unicodeScalars)
        let names = NameMentions(text, paragraphs: [0..<text.count])
        let written = names.mentions.map { String(String.UnicodeScalarView(text[$0.range])) }
        #expect(written == ["Ada Ode", "Ben Kay", "Tamsin Okonkwo", "Kay"])
    }

    @Test func namesAfterLongLowerCaseStretchesAndNonASCIIAreFound() {
        let text = Array(
            "after a long and quiet evening of talks in the hall, Mr Tamsin Okonkwo said “Zoë Ashgrove” would chair; Okonkwo left.".unicodeScalars)
        let names = NameMentions(text, paragraphs: [0..<text.count])
        let written = names.mentions.map { String(String.UnicodeScalarView(text[$0.range])) }
        #expect(written == ["Tamsin Okonkwo", "Zoë Ashgrove", "Okonkwo"])
        #expect(names.mentions.first?.gender == .male)
    }
}

/// The narrative walk's eight-lane search for the next word that may open a phrase finds what
/// the scalar-by-scalar search finds, from every offset, at and after a paragraph's start.
@Suite struct PhraseOpeningScanTests {
    static let texts = ScalarScanTests.texts + [
        "He said that the board had agreed; she thought this a start. Then an aide said a vote was due",
        "that HE and THE Aide, 12th stage, a1 s2 t3 h4, x-the y'she z\u{2019}he and\tthe\nhe (she) [the] \"a\"",
        "Zoë’s café said the señora hated this; Ébéne asked them. Ðthe ßhe ﬁshe Ωa 3the",
        "\u{201C}Stop,\u{201D} she said \u{2014} the crowd, the aide and a host of others heard \u{2026} then hush",
        "éhe éshe ñthe ça aa ha sa ta \u{0301}the \u{2019}he \u{00A0}she",
    ]

    @Test(arguments: texts)
    func theEightLaneScanFindsWhatTheScalarScanFinds(text: String) {
        let s = Array(text.unicodeScalars)
        s.withUnsafeBufferPointer { b in
            for paragraphStart in Set([0, min(5, s.count), min(13, s.count)]) {
                for from in paragraphStart...s.count {
                    for limit in Set([s.count, min(s.count, from + 9), from]) {
                        let lanes = Discourse.nextPhraseOpening(in: b, from: from, before: limit, paragraphStart: paragraphStart)
                        let scalars = Discourse.nextPhraseOpeningByScalar(in: b, from: from, before: limit, paragraphStart: paragraphStart)
                        #expect(lanes == scalars, "from \(from) before \(limit), paragraph at \(paragraphStart)")
                    }
                }
            }
        }
    }
}
