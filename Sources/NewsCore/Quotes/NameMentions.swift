/// A light person-name finder for resolving speakers when no entity tagger has run.
///
/// It reads capitalised word runs, with titles (`Mr`, `Sen.`) kept as evidence of a person and
/// of gender, and first names as evidence of gender. A run counts as a person when a title
/// precedes it, when it has two or more name-shaped words, or when it is a single word that is
/// the surname of such a person. The fullest form of each surname is its canonical name.
struct NameMentions {
    enum Gender: Sendable { case male, female, unknown }

    struct Mention {
        /// The name without its title.
        var range: Range<Int>
        /// The lower-cased last word, which joins `Ada Ode` and `Ode`.
        var surname: WordKey
        var gender: Gender
    }

    var mentions: [Mention] = []
    /// Canonical (longest) range for each surname.
    var canonical: [WordKey: Range<Int>] = [:]
    var genderBySurname: [WordKey: Gender] = [:]

    /// One run of capitalised words as the scan finds it.
    struct Run {
        var range: Range<Int>
        var first: Range<Int>
        var last: Range<Int>
        var count: Int
        var titled: Bool
        var gender: Gender
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x41 && c.value <= 0x5A }
        return ScalarClass.isUpper(c)
    }

    /// The first offset at or after `i` (a place between words) that the scan must read when no
    /// name is open, no title was just read and no sentence is starting: a capital, any
    /// non-ASCII scalar, a stop, a colon or a quotation mark; `end` if none.
    ///
    /// A capital inside a word (`McDonald`'s `D` once `Mc` is skipped, `3M`, `non-Euro`) is no
    /// word's start: the offset goes back to the start of that word, which the scan then reads
    /// whole as before. Everything skipped is ASCII, so a word there is letters, digits and `-`.
    @inline(__always)
    static func skipToCandidate(_ b: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, before end: Int) -> Int {
        let k = ScalarScan.firstInASCIIOrBeyond(
            in: b, from: i, before: end,
            anyASCIIHit: { v in
                let capital = v &- .init(repeating: 0x41) .< .init(repeating: 26)
                let stop = (v .== .init(repeating: 0x2E)) .| (v .== .init(repeating: 0x21)) .| (v .== .init(repeating: 0x3F))
                let mark = (v .== .init(repeating: 0x3A)) .| (v .== .init(repeating: 0x22)) .| (v .== .init(repeating: 0x27))
                return ScalarScan.any(capital .| stop .| mark)
            },
            isHit: { v in v &- 0x41 < 26 || v >= 0x80 || v == 0x2E || v == 0x21 || v == 0x3F || v == 0x3A || v == 0x22 || v == 0x27 })
        // A stop, a colon or a double mark is in no word: the lower-case word before it, read
        // again from its start, would change nothing (most hits are the stops ending sentences).
        if k < end, b[k] == "." || b[k] == "!" || b[k] == "?" || b[k] == ":" || b[k] == "\"" { return k }
        var w = k
        while w > i, QuoteMarks.isWordScalar(b[w - 1]) || b[w - 1] == "-" { w -= 1 }
        return w
    }

    init(_ s: [Unicode.Scalar], paragraphs: [Range<Int>]) {
        var raw: [Run] = []
        raw.reserveCapacity(256)
        // The word lists asked at every capitalised word, read once: each read of a static goes
        // through its lazy initialiser's check.
        let speakerTitles = PersonTitles.speakerTitles, sentenceOpeners = FunctionWords.sentenceOpeners
        let weekdays = CalendarWords.weekdays, monthForms = CalendarWords.monthForms
        // (A word on none of the four, as most capitalised words are, is a name's: one look-up
        // answers for them all.)
        let listed = QuoteWordLists.nameFinderWords
        // The scan reads every scalar of the article: unchecked reads keep it cheap.
        s.withUnsafeBufferPointer { b in
            for p in paragraphs {
                let p = p.clamped(to: 0..<b.count)
                var i = p.lowerBound
                var sentenceStart = true
                var current: Run? = nil
                var titled = false
                var titleGender = Gender.unknown
                while i < p.upperBound {
                    if current == nil, !titled, !sentenceStart {
                        // Between names, lower-case words, digits, spaces and ASCII punctuation
                        // other than a stop, a colon or a quotation mark change nothing: skip to
                        // the next scalar that may (`skipToCandidate`).
                        i = Self.skipToCandidate(b, from: i, before: p.upperBound)
                        guard i < p.upperBound else { break }
                    }
                    let c = b[i]
                    if QuoteMarks.isWordScalar(c) {
                        let start = i
                        while i < p.upperBound {
                            let d = b[i]
                            if QuoteMarks.isWordScalar(d) {
                                i += 1
                            } else if d == "-" || d == "'" || d == "\u{2019}", i + 1 < p.upperBound, QuoteMarks.isWordScalar(b[i + 1]), b[i + 1] != "s" {
                                i += 1
                            } else {
                                break
                            }
                        }
                        let w = start..<i
                        guard Self.isUpper(c) else {
                            if let r = current { raw.append(r) }
                            current = nil
                            titled = false
                            titleGender = .unknown
                            sentenceStart = false
                            continue
                        }
                        let key = WordKey(ascii: b, w) ?? WordKey(s, w)
                        let onAList = listed.contains(key)
                        if onAList, speakerTitles.contains(key) {
                            if let r = current { raw.append(r) }
                            current = nil
                            titled = true
                            titleGender = PersonTitles.male.contains(key) ? .male : PersonTitles.female.contains(key) ? .female : .unknown
                            if i < p.upperBound, b[i] == "." { i += 1 }
                        } else if !onAList
                            || !(sentenceStart && sentenceOpeners.contains(key)) && !weekdays.contains(key)
                                // `Theresa May`: a month's name after a given name is a surname.
                                && (!monthForms.contains(key) || current.map({ PersonNameWords.femaleGivenNames.contains(WordKey(s, $0.last))
                                    || PersonNameWords.maleGivenNames.contains(WordKey(s, $0.last)) }) ?? false)
                        {
                            if current == nil {
                                current = Run(range: w, first: w, last: w, count: 1, titled: titled, gender: titleGender)
                            } else {
                                current!.range = current!.range.lowerBound..<w.upperBound
                                current!.last = w
                                current!.count += 1
                            }
                            if i < p.upperBound, b[i] == ".", w.count == 1 { i += 1 }  // an initial
                        } else {
                            if let r = current { raw.append(r) }
                            current = nil
                            titled = false
                            titleGender = .unknown
                        }
                        sentenceStart = false
                        continue
                    }
                    if c == " " {
                        i += 1
                        continue
                    }
                    if let r = current { raw.append(r) }
                    current = nil
                    titled = false
                    titleGender = .unknown
                    if c == "." || c == "!" || c == "?" || c == ":" || QuoteMarks.isAnyMark(c) { sentenceStart = true }
                    i += 1
                }
                if let r = current { raw.append(r) }
            }
        }
        // Persons: titled runs and runs of two or more words whose first word is a given name or
        // which are short; then single words that are the surname of one of them.
        // Only titled runs and runs of two or three words add a surname: room for them all at
        // once, where growing the tables an entry at a time rehashed them a few times an article.
        let named = raw.reduce(0) { $0 + ($1.titled || (2...3).contains($1.count) ? 1 : 0) }
        canonical.reserveCapacity(named)
        genderBySurname.reserveCapacity(named)
        mentions.reserveCapacity(raw.count)
        for r in raw {
            let surname = WordKey(s, r.last)
            var gender = r.gender
            if gender == .unknown, r.count >= 2 {
                let first = WordKey(s, r.first)
                if PersonNameWords.maleGivenNames.contains(first) { gender = .male } else if PersonNameWords.femaleGivenNames.contains(first) { gender = .female }
            }
            let person = r.titled || (2...3).contains(r.count) && gender != .unknown
                || (2...3).contains(r.count) && canonical[surname] != nil
            if person {
                if let c = canonical[surname], c.count >= r.range.count {} else { canonical[surname] = r.range }
                if gender != .unknown { genderBySurname[surname] = gender }
                mentions.append(Mention(range: r.range, surname: surname, gender: gender))
            } else if r.count == 1, canonical[surname] != nil {
                mentions.append(Mention(range: r.range, surname: surname, gender: r.gender))
            } else if (2...3).contains(r.count) {
                // Name-shaped but of unknown gender: still a candidate person.
                if canonical[surname] == nil { canonical[surname] = r.range }
                mentions.append(Mention(range: r.range, surname: surname, gender: .unknown))
            }
        }
        for k in mentions.indices where mentions[k].gender == .unknown {
            mentions[k].gender = genderBySurname[mentions[k].surname] ?? .unknown
        }
    }
}
