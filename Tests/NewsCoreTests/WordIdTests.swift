import Testing

@testable import NewsCore

/// The integer word ids of an article (`WordIds`, `ArticleTokens`) and the lexicon's key
/// pre-check (`WordList.contains`) answer exactly as the `String` sets and comparisons they
/// stand in for, including spellings that are equal as `String`s but not in their scalars.
@Suite struct WordIdTests {
    /// Words where byte equality and `String` equality could part: ASCII, capitals, precomposed
    /// and combining accents, the three scalars canonically equal to ASCII, a carriage return.
    static let words = [
        "harbour", "Harbour", "HARBOUR", "harbour's", "harbour’s", "", "a", "K", "\u{212A}", "\u{212A}elvin", "Kelvin",
        ";", "\u{37E}", "`", "\u{1FEF}", "caf\u{E9}", "cafe\u{301}", "Caf\u{E9}", "\u{C9}tienne", "E\u{301}tienne", "a\r\nb",
        "a\rb", "Zoë", "Zoe\u{308}", "x\u{200D}y", "ｔａｎａｋａ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz",
        "@[`{", "Zulu",
    ]

    @Test func equalWordsGetEqualIdsAndOnlyThey() {
        var ids = WordIds(capacity: 4)
        let given = Self.words.map { ids.id($0) }
        for (a, x) in Self.words.enumerated() {
            for (b, y) in Self.words.enumerated() {
                #expect((given[a] == given[b]) == (x == y), "\(x.unicodeScalars.map(\.value)) and \(y.unicodeScalars.map(\.value))")
            }
        }
        // Distinct ids are numbered from 0 without gaps, in order of first appearance.
        #expect(ids.count == Set(Self.words).count)
        #expect(Set(given) == Set(0..<ids.count))
        var next = 0
        for id in given where id >= next {
            #expect(id == next)
            next += 1
        }
    }

    @Test func idsStayTheSameAsTheTableGrows() {
        var ids = WordIds(capacity: 1)
        let first = Self.words.map { ids.id($0) }
        // Enough new words to grow the table several times over.
        for n in 0..<500 { _ = ids.id("word\(n)") }
        #expect(Self.words.map { ids.id($0) } == first)
        #expect(Self.words.map { ids.find($0) } == first.map { Optional($0) })
        #expect(ids.find("word499") == ids.id("word499"))
    }

    @Test func aKeptHashFindsWhatTheWordFinds() {
        var ids = WordIds(capacity: 4)
        for w in Self.words.prefix(12) { _ = ids.id(w) }
        for w in Self.words + ["quay", "harbours"] where w.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(w.utf8)
            let found = bytes.withUnsafeBufferPointer { ids.find(asciiHashed: WordIds.hash(ascii: $0), $0) }
            #expect(found == ids.find(w), "\(w)")
        }
    }

    @Test func aCopyKeepsItsIdsWhenTheOtherGivesNewOnes() {
        var original = WordIds(capacity: 2)
        _ = original.id("quay")
        _ = original.id("Quay")
        var copy = original
        // The copy grows past its capacity; the original must not see its words.
        for n in 0..<40 { _ = copy.id("crane\(n)") }
        #expect(original.count == 2)
        #expect(original.find("crane0") == nil)
        #expect(copy.find("crane39") == 41)
        // And the other way round: a word the original adds is none of the copy's.
        #expect(original.id("dock") == 2)
        #expect(copy.find("dock") == nil)
        #expect(copy.id("quay") == 0)
        #expect(copy.count == 42)
    }

    @Test func findAnswersOnlyForWordsGivenAnId() {
        var ids = WordIds()
        _ = ids.id("cafe\u{301}")
        _ = ids.id("Kelvin")
        #expect(ids.find("caf\u{E9}") == ids.find("cafe\u{301}"))
        #expect(ids.find("\u{212A}elvin") == ids.find("Kelvin"))
        #expect(ids.find("kelvin") == nil)
        #expect(ids.find("cafe") == nil)
        #expect(ids.count == 2)
    }

    @Test func asciiScalarIdsMatchStringIds() {
        var byString = WordIds()
        var byScalars = WordIds()
        for word in Self.words + Self.words.reversed() {
            let scalars = Array(word.unicodeScalars)
            let before = byScalars.count
            let found = scalars.withUnsafeBufferPointer { byScalars.asciiId($0, 0..<scalars.count) }
            // Only plain ASCII is found by its scalars; then the id is the string's.
            #expect((found != nil) == word.unicodeScalars.allSatisfy(\.isASCII))
            let id = found?.id ?? byScalars.id(word)
            #expect(id == byString.id(word))
            #expect(found.map { $0.isNew == (byScalars.count > before) } ?? true)
        }
        #expect(byScalars.count == byString.count)
    }

    /// Ids given as `unshared` after `makeUnshared()` leave a copy made before it as it was.
    @Test func unsharedIdsLeaveAnEarlierCopyAlone() {
        var ids = WordIds(capacity: 2)
        _ = ids.id("quay")
        let copy = ids
        ids.makeUnshared()
        for word in ["Crane", "dock", "quay", "Harbourmaster"] {
            let scalars = Array(word.unicodeScalars)
            guard let found = scalars.withUnsafeBufferPointer({ ids.asciiId($0, 0..<scalars.count, unshared: true) }) else {
                Issue.record("\(word) not read as ASCII")
                continue
            }
            _ = ids.asciiLowerCaseId(of: found.id, unshared: true)
        }
        #expect(copy.count == 1)
        #expect(copy.find("dock") == nil)
        #expect(copy.find("crane") == nil)
        #expect(ids.find("crane") != nil)
        #expect(ids.find("harbourmaster") != nil)
        #expect(ids.count == 6)
    }

    @Test func lowerCaseScalarIdsMatchLowerCaseStrings() {
        var byString = WordIds()
        var byScalars = WordIds()
        for word in Self.words where word.unicodeScalars.allSatisfy(\.isASCII) {
            let scalars = Array(word.unicodeScalars)
            let found = scalars.withUnsafeBufferPointer { byScalars.asciiId($0, 0..<scalars.count, lowercased: true) }
            #expect(found?.id == byString.id(word.lowercased()), "\(word)")
        }
        #expect(byScalars.count == byString.count)
    }

    /// `asciiLowerCaseId(of:)` reads a word's lower case from the table's own bytes: it must be
    /// the id and hash of `lowercased()`, and the word itself when it has no capital.
    @Test func lowerCaseOfAnIdMatchesTheLowerCaseString() {
        var byString = WordIds()
        var byScalars = WordIds(capacity: 1)
        for word in Self.words + Self.words.reversed() + ["Harbourmaster", "QUAY-SIDE", "o'Neill"] where word.unicodeScalars.allSatisfy(\.isASCII) {
            let scalars = Array(word.unicodeScalars)
            guard let found = scalars.withUnsafeBufferPointer({ byScalars.asciiId($0, 0..<scalars.count) }) else {
                Issue.record("\(word) not read as ASCII")
                continue
            }
            #expect(found.id == byString.id(word), "\(word)")
            let before = byScalars.count
            let lower = byScalars.asciiLowerCaseId(of: found.id)
            #expect(lower.id == byString.id(word.lowercased()), "\(word)")
            #expect(lower.isNew == (byScalars.count > before), "\(word)")
            #expect(lower.hash == Array(word.lowercased().utf8).withUnsafeBufferPointer { WordIds.hash(ascii: $0) }, "\(word)")
            if word == word.lowercased() { #expect(lower.id == found.id && !lower.isNew, "\(word)") }
        }
        #expect(byScalars.count == byString.count)
    }

    /// A word read from scalars is written after the table's bytes before it is known to be new:
    /// a copy sharing the table must see neither those bytes nor the new id.
    @Test func aCopyKeepsItsIdsWhenTheOtherReadsScalars() {
        var original = WordIds(capacity: 1)
        _ = original.id("quay")
        let copy = original
        for word in ["Quay", "quay", "harbourside", "crane", "Crane"] {
            let scalars = Array(word.unicodeScalars)
            let found = scalars.withUnsafeBufferPointer { original.asciiId($0, 0..<scalars.count) }
            if let found { _ = original.asciiLowerCaseId(of: found.id) }
        }
        #expect(copy.count == 1)
        #expect(copy.find("quay") == 0)
        #expect(copy.find("Quay") == nil && copy.find("crane") == nil)
        #expect(original.find("harbourside") == 2)
        #expect(original.find("crane") == 3)
        #expect(original.count == 5)
    }

    /// `WordIds.sameBytes` and `hasCapital` read eight bytes at a time: they must answer as
    /// byte-by-byte loops do, for every length up to a few eights and every byte value, with
    /// other bytes around the ones asked about.
    @Test func eightByteReadsMatchByteLoops() {
        let words = ["", "a", "A", "harbour", "Harbour", "harbouR", "quaysidE", "quayside", "harbourmaster",
                     "harbourmasteR", "harbour-masters-office", "HARBOUR-MASTERS-OFFICE", "@[`{", "\u{7F}Z\u{80}", "caf\u{E9}"]
        for word in words {
            for filler: UInt8 in [0, 0x41, 0xFF] {
                let bytes = Array(word.utf8)
                let n = bytes.count
                let padded = [filler, filler] + bytes + [UInt8](repeating: filler, count: 8)
                padded.withUnsafeBufferPointer { p in
                    let start = p.baseAddress! + 2
                    #expect(WordIds.hasCapital(start, n) == bytes.contains { $0 &- 0x41 < 26 }, "\(word)")
                    for other in words {
                        let o = Array(other.utf8)
                        let paddedOther = [UInt8](repeating: filler ^ 1, count: 3) + o + [UInt8](repeating: filler ^ 1, count: 8)
                        let m = min(n, o.count)
                        paddedOther.withUnsafeBufferPointer { q in
                            #expect(WordIds.sameBytes(start, q.baseAddress! + 3, m) == (bytes.prefix(m) == o.prefix(m)), "\(word) \(other)")
                        }
                    }
                }
            }
        }
        // Every byte value alone, and in the last place of eight.
        for b in 0...255 {
            var eight = [UInt8](repeating: 0x61, count: 16)
            eight[0] = UInt8(b)
            eight.withUnsafeBufferPointer { #expect(WordIds.hasCapital($0.baseAddress!, 1) == (b >= 0x41 && b <= 0x5A), "\(b)") }
            eight[0] = 0x61
            eight[7] = UInt8(b)
            eight.withUnsafeBufferPointer { #expect(WordIds.hasCapital($0.baseAddress!, 8) == (b >= 0x41 && b <= 0x5A), "\(b)") }
        }
    }

    /// `WordIds.isPlainAlphanumeric` reads eight bytes at a time: it must answer as
    /// `ClosedListTypes.isPlainAlphanumeric` for every byte value in every place, and for every
    /// token of an article (`ArticleTokens.isPlainAlphanumeric`), in ASCII or not.
    @Test func plainAlphanumericBytesAnswerAsTheString() throws {
        for b in 0...127 {
            for n in [1, 5, 8, 9, 17] {
                for place in [0, n / 2, n - 1] {
                    var bytes = [UInt8](repeating: 0x61, count: n + 8)
                    bytes[place] = UInt8(b)
                    bytes[n] = 0x2E
                    let word = String(decoding: bytes.prefix(n), as: UTF8.self)
                    let got = bytes.withUnsafeBufferPointer { WordIds.isPlainAlphanumeric($0.baseAddress!, n) }
                    #expect(got == ClosedListTypes.isPlainAlphanumeric(word), "\(b) \(n) \(place)")
                }
            }
        }
        let high = [UInt8](repeating: 0xC3, count: 16)
        #expect(!high.withUnsafeBufferPointer { WordIds.isPlainAlphanumeric($0.baseAddress!, 2) })
        let article = try ArticleParser.parse(
            text: """
                R2D2 And The Quay-Side Talks

                Caf\u{E9} owners, 10 a.m. and 3.5% (or 1,200) said: "Ekst\u{F6}m's U.S. harbour_master \u{212A}elvin \
                met O'Neill at 10:30"; x86 e-mail users@quay wrote 2031 times\u{2019} more.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        for i in 0..<t.count {
            #expect(t.isPlainAlphanumeric(i) == ClosedListTypes.isPlainAlphanumeric(t.word(i)), "\(t.word(i))")
        }
        #expect((0..<t.count).filter { t.isPlainAlphanumeric($0) }.count > 10)
    }

    @Test func hashedByteIdsMatchStringIds() {
        var byString = WordIds()
        var byBytes = WordIds()
        for word in Self.words + Self.words.reversed() where word.unicodeScalars.allSatisfy(\.isASCII) {
            let before = byBytes.count
            let found = Array(word.utf8).withUnsafeBufferPointer { b in
                byBytes.asciiId(hashed: WordIds.hash(ascii: b), b)
            }
            #expect(found.id == byString.id(word), "\(word)")
            #expect(found.isNew == (byBytes.count > before))
            // The same table finds it by its `String`: the hash is the one `id(_:)` uses.
            #expect(byBytes.find(word) == found.id, "\(word)")
        }
        #expect(byBytes.count == byString.count)
    }

    /// `sportsStory` looks the sports terms up by hashes kept for them: stories written for this
    /// test, one about sport in its body, one in its headline alone, one about no sport.
    @Test func sportsStoryFindsTheTermsByTheirKeptHashes() throws {
        func story(_ text: String) throws -> ArticleTokens {
            ArticleTokens(article: try ArticleParser.parse(text: text, path: "test.txt"))
        }
        #expect(try story("""
            Tarrow Beat Gullhaven

            The Tarrow striker scored twice for the unbeaten side on Saturday.
            """).sportsStory)
        #expect(try story("""
            SNOOKER - PLAYOFF RESULTS

            Merrowick and Gullhaven went through on Sunday.
            """).sportsStory)
        #expect(try !story("""
            Harbour Talks Resume

            The harbour board met the dockers on Thursday, and the talks went on.
            """).sportsStory)
    }

    /// An article whose first spelling of a word is not ASCII and a later one is ("\u{212A}" is
    /// canonically "K"), with long words and words in capitals, written for this test.
    @Test func articleWordsKeepTheirTextsWhateverSpellingComesFirst() throws {
        let article = try ArticleParser.parse(
            text: """
                \u{212A}elvin Counterrevolutionaries Meet

                Kelvin met the counterrevolutionaries. KELVIN said COUNTERREVOLUTIONARIES and \
                Counterrevolutionaries were one; kelvin and \u{212A}ELVIN agreed at Caf\u{E9} Kelvin.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        for i in 0..<t.count {
            let text = ArticleTokens.string(t.scalars, t.tokens[i].range)
            #expect(t.word(i).utf8.elementsEqual(text.utf8), "\(text)")
            #expect(t.lower(i).utf8.elementsEqual(text.lowercased().utf8), "\(text)")
            for j in 0..<t.count {
                #expect((t.lowerId(i) == t.lowerId(j)) == (t.lower(i) == t.lower(j)))
            }
        }
    }

    /// An article written for this test: words repeat in several cases and spellings.
    static func sample() throws -> ArticleTokens {
        let article = try ArticleParser.parse(
            text: """
                Harbour Strike Talks Collapse In Merrowick

                The harbour strike went on. Merrowick said the HARBOUR board met the Harbour Trust, and \
                the caf\u{E9} stayed shut. Harbour workers and the Cafe\u{301} Nord walked out; the cafe\u{301} owner said so.
                """, path: "test.txt")
        return ArticleTokens(article: article)
    }

    @Test func articleWordsKeepTheirTextsAndLowerForms() throws {
        let t = try Self.sample()
        for i in 0..<t.count {
            let text = ArticleTokens.string(t.scalars, t.tokens[i].range)
            #expect(t.word(i).utf8.elementsEqual(text.utf8))
            #expect(t.lower(i).utf8.elementsEqual(text.lowercased().utf8))
            for j in 0..<t.count {
                #expect((t.lowerId(i) == t.lowerId(j)) == (t.lower(i) == t.lower(j)))
            }
        }
    }

    @Test func articleWordsCarryTheKeysTheListsWouldFind() throws {
        let t = try Self.sample()
        let lists: [WordList] = [["harbour", "the", "cafe\u{301}"], ["caf\u{E9}", "strike", "k"], FunctionWords.closedClass]
        for i in 0..<t.count {
            if let key = t.lowerKey(i) {
                #expect(key == WordKey(ascii: t.lower(i)), "\(t.word(i))")
            } else {
                #expect(t.lower(i).utf8.contains { $0 >= 0x80 }, "a plain-ASCII spelling without its key: \(t.word(i))")
            }
            for list in lists {
                #expect(t.lower(i, isIn: list) == list.contains(t.lower(i)), "\(t.word(i))")
            }
        }
    }

    @Test func articleAnswersAsItsWordSets() throws {
        let t = try Self.sample()
        // The sets the ids stand in for, built as the article's facts are defined.
        var lower: Set<String> = []
        var body: Set<String> = []
        for i in 0..<t.count where t.isWord(i) {
            if t.isLowercaseWord(i) { lower.insert(t.lower(i)) }
            if t.isCapitalised(i), !t.capitalIsWeak(i) { body.insert(t.word(i)) }
        }
        #expect(lower.contains("harbour") && lower.contains("cafe\u{301}") && body.contains("Harbour"))
        for i in 0..<t.count {
            #expect(t.isWrittenInLowerCase(i) == lower.contains(t.lower(i)), "\(t.word(i))")
            #expect(t.isCapitalisedInBody(i) == body.contains(t.word(i)), "\(t.word(i))")
        }
    }

    @Test(arguments: words + ["", "£31m “quoted” — ok", "日本語 text", "\u{1F600} emoji", "a\u{10FFFF}b", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func scalarsAreTheTextsScalars(text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
    }

    /// Lists for `wordListAnswersAsItsSet`: with a key two words share ("it's" and "it’s",
    /// "Harbour" and "harbour"), a list whose only word with a key is not ASCII, repeats (byte
    /// for byte, and by canonical equivalence), and words that are not ASCII but equal an ASCII
    /// string ("\u{212A}" is "K").
    static let listWords: [[String]] = [
        ["harbour", "k", "it's", "a\r\nb"], ["caf\u{E9}", "harbour"], [], ["it’s", "quay"], ["it's", "it’s", "harbou", ""],
        ["Harbour", "harbour", "harbour", "quay", "caf\u{E9}", "cafe\u{301}", "quay"], ["K", "quay", "K"], ["k", "\u{212A}", "harbour", "K"],
        ["\u{212A}"], ["it's", "it's", "its"],
    ]

    @Test(arguments: ["harbour", "Harbour", "harbours", "harbou", "caf\u{E9}", "cafe\u{301}", "\u{212A}", "k", "K", "", "it's", "it’s", "its", "a\r\nb", "quay", "qu\u{212A}"])
    func wordListAnswersAsItsSet(word: String) {
        for words in Self.listWords {
            let list = WordList(words)
            #expect(list.contains(word) == Set(words).contains(word), "\(words)")
            #expect(list.contains(word, key: WordKey(ascii: word)) == Set(words).contains(word), "\(words)")
        }
    }

    @Test func wordListKeepsTheFirstOfEachWord() {
        for words in Self.listWords {
            var seen = Set<String>()
            #expect(WordList(words).words == words.filter { seen.insert($0).inserted }, "\(words)")
        }
    }
}
