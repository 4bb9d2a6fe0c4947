/// A mention in the making: a token range of `ArticleTokens` and what the rules know about it.
struct DraftMention {
    /// Token range.
    var a: Int
    var b: Int
    var type: EntityType
    /// The token of the title before the name ("Mr", "Mayor"), which the range leaves out: an
    /// index rather than its text, so that a draft holds no reference and copies as plain bytes
    /// (the rules copy and move drafts many times an article). `title(_:)` gives the word.
    var title: Int?
    /// How much the tagger's label counts (see `TypeEvidence.taggerWeight`).
    var taggerWeight = 2
    var firm: EntityType? = nil
    /// A scalar end inside the last token ("Osaka" of "Osaka-based").
    var end: Int? = nil
    /// The scalar range of the name this one writes in another script (see
    /// `EntityMention.sameAs`), read as text only when the mention is made.
    var sameAs: Range<Int>? = nil
    /// The type a closed list gives the name, which decides as a name's head word does
    /// (`TypeEvidence.nameType`) without fixing it: "Google", or "Chelsea" in a sports story.
    var listType: EntityType? = nil

    /// The title's word, if the name has one.
    func title(_ t: ArticleTokens) -> String? {
        title.map { t.word($0) }
    }
}

/// The rules that turn the tagger's spans into an article's mentions. Each is a general rule of
/// English news prose; `TaggerEntityExtractor` applies them in order.
enum MentionRules {
    /// `EntityNames.aliasKey(t.word(i))`: for a whole word of letters and digits in plain ASCII
    /// (nearly every word of a name), its lower case, which the tokens hold already, rather than
    /// a key made again at every question.
    static func wordKey(_ t: ArticleTokens, _ i: Int) -> String {
        t.isPlainAlphanumeric(i) ? t.lower(i) : EntityNames.aliasKey(t.word(i))
    }

    // MARK: - From tagger spans

    /// The tagger's spans, with titles taken out of the range (kept as evidence) and stray
    /// punctuation and possessives trimmed.
    static func drafts(_ spans: [(range: Range<Int>, type: EntityType)], _ t: ArticleTokens) -> [DraftMention] {
        // (Room for every span at once: growing the array a draft at a time copied the drafts
        // several times an article.)
        var out: [DraftMention] = []
        out.reserveCapacity(spans.count)
        // (The list read into a local once: each read of the global in the loop called `swift_once`.)
        let titles = PersonTitles.all
        for (span, tagged) in spans {
            var a = span.lowerBound
            var b = span.upperBound
            var type = tagged
            var title: Int? = nil
            while b - a > 1, t.isWord(a), isTitle(t, a, titles: titles),
                type == .person || PersonTitles.honorifics.contains(PersonTitles.normalised(t.word(a))) || NameShape.headType(t, a..<b) == nil
            {
                title = a
                a += 1
            }
            while b > a, t.tokens[b - 1].kind == .possessive || t.tokens[b - 1].kind == .punctuation { b -= 1 }
            while a < b, t.tokens[a].kind == .punctuation { a += 1 }
            // A name has letters: a number alone ("1984") is none.
            guard a < b, (a..<b).contains(where: { t.isWord($0) }) else { continue }
            if title == nil, type == .person || NameShape.headType(t, a..<b) == nil {
                // (Not across a block's end: after the headline "Merrowick Athletics chief",
                // the story's first "Merrowick Athletics" has no title.)
                if a > 0, t.isWord(a - 1), isTitle(t, a - 1, titles: titles), !t.inTitleCase(a - 1), !t.sentenceBreak[a] {
                    title = a - 1
                } else if a > 1, t.isPunctuation(a - 1, "."), t.isWord(a - 2), isTitle(t, a - 2, titles: titles) {
                    title = a - 2
                }
            }
            if title != nil { type = .person }
            out.append(DraftMention(a: a, b: b, type: type, title: title, taggerWeight: t.capitalIsWeak(a) ? 1 : 2))
        }
        return out
    }

    // MARK: - Rules

    /// Names the tagger missed whose last word says what they are: a run of capitalised words the
    /// story does not use as ordinary words, ending in an organisation's or a place's word
    /// ("Tidewater Brewery, the club’s shirt sponsor", "Ebb Street").
    /// (`capitalised` is `TaggerEntityExtractor.pronounsAndCapitals(t).capitalised`: only those
    /// words can start a name, so the walk goes from one to the next rather than over every token.)
    static func headedNames(_ ds: inout [DraftMention], _ t: ArticleTokens, capitalised: [Int]) {
        var covered = TokenMarks(count: t.count)
        for d in ds { covered.mark(d.a..<min(d.b + 1, t.count)) }
        var added: [DraftMention] = []
        // (The lists read into locals once: each read of a global in the loop called `swift_once`.)
        let titles = PersonTitles.all
        let organisationHeads = OrganisationWords.heads
        let placeHeads = PlaceWords.heads
        let ambiguousHeads = PlaceWords.ambiguousHeads
        // (Where the walk goes on: past a name found, and past the run of words after one that
        // was not.)
        var next = 0
        for i in capitalised where i >= next {
            // (The title-case line, an array's answer, before the word's lists.)
            guard !covered[i], !t.inTitleCase(i), !t.isOrdinaryWord(i), !isTitle(t, i, titles: titles) else { continue }
            var j = i + 1
            while j < t.count, !covered[j], t.isCapitalised(j), !t.isOrdinaryWord(j) { j += 1 }
            // The head word: an organisation's or an unambiguous place's.
            if j < t.count, !covered[j], t.isCapitalised(j), j - i <= 3 {
                let type: EntityType? =
                    t.lower(j, isIn: organisationHeads) ? .organization
                    : t.lower(j, isIn: placeHeads) && !t.lower(j, isIn: ambiguousHeads) ? .place : nil
                if let type, !(t.isCapitalised(j + 1) && !t.isOrdinaryWord(j + 1)) {
                    added.append(DraftMention(a: i, b: j + 1, type: type, taggerWeight: 0))
                    next = j + 1
                    continue
                }
            }
            next = j
        }
        addSorted(&ds, added)
    }

    /// `ds = (ds + added).sorted { $0.a < $1.a }`, without making either array when nothing is
    /// added to drafts already in order (most articles, at most of the rules that call this):
    /// the sort, stable, would leave them as they are.
    static func addSorted(_ ds: inout [DraftMention], _ added: [DraftMention]) {
        if added.isEmpty, ds.indices.dropFirst().allSatisfy({ ds[$0 - 1].a <= ds[$0].a }) { return }
        ds = (ds + added).sorted { $0.a < $1.a }
    }

    /// A span the tagger ended one word early, before an organisation's word ("Tallyhouse" +
    /// "Research").
    static func extendToHeads(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        // (Whether another draft starts at the word asked last, by a walk over the drafts: the
        // rule's words rule out nearly every draft first, and a set of the starts cost more. The
        // rule changes no draft's start.)
        for k in ds.indices where ds[k].firm == nil {
            let j = ds[k].b
            guard j < t.count, t.isCapitalised(j), !t.capitalIsWeak(j),
                t.lower(j, isIn: OrganisationWords.heads), !(t.isCapitalised(j + 1)), !ds.contains(where: { $0.a == j })
            else { continue }
            ds[k].b += 1
            if ds[k].type == .person || ds[k].type == .other { ds[k].type = .organization }
            ds[k].title = nil
        }
    }

    /// A name that fills a quotation by itself is the title of a work, a ship, a product or an
    /// operation (“Albatross Venture”, “Low Tide Porter”), not a person or a company: the whole
    /// quoted name becomes one mention of type `other`.
    static func quotedTitles(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        func isTitleWord(_ i: Int) -> Bool {
            t.isCapitalised(i) || (t.isLowercaseWord(i) && t.lower(i, isIn: SmallWords.inTitles)) || t.tokens[i].kind == .number
        }
        func opens(_ i: Int) -> Bool {
            guard i >= 0, t.tokens[i].kind == .punctuation else { return false }
            let s = t.scalars[t.tokens[i].range.lowerBound]
            return s == "\u{201C}" || (s == "\"" && ArticleTokens.opensQuote(t.scalars, at: t.tokens[i].range.lowerBound))
        }
        func closes(_ i: Int) -> Bool {
            guard i < t.count, t.tokens[i].kind == .punctuation else { return false }
            let s = t.scalars[t.tokens[i].range.lowerBound]
            return s == "\u{201D}" || s == "\""
        }
        var replaced: [DraftMention] = []
        for d in ds {
            // (The marks first: the quotation opens at most five tokens before the name and
            // closes at most four after it, and most names have no quotation mark so near.)
            guard (max(0, d.a - 5)..<max(0, d.a)).contains(where: opens), (d.b..<max(d.b, min(t.count, d.b + 5))).contains(where: closes)
            else { continue }
            var l = d.a
            while l > 0, d.a - l < 4, t.tokens[l - 1].kind != .punctuation, isTitleWord(l - 1) { l -= 1 }
            var r = d.b
            while r < t.count, r - d.b < 4, t.tokens[r].kind != .punctuation, isTitleWord(r) { r += 1 }
            guard opens(l - 1), closes(r), t.isCapitalised(l), t.isCapitalised(r - 1) || t.tokens[r - 1].kind == .number,
                r - l <= 6
            else { continue }
            replaced.append(DraftMention(a: l, b: r, type: .other, taggerWeight: 0, firm: .other))
        }
        guard !replaced.isEmpty else { return }
        ds.removeAll { d in replaced.contains { $0.a <= d.a && d.b <= $0.b } }
        for r in replaced where !ds.contains(where: { $0.a == r.a && $0.b == r.b }) { ds.append(r) }
        ds.sort { $0.a < $1.a }
    }

    /// "Tanner’s Lane", "St Mary’s Road": a name, a possessive and a street word are one place,
    /// not a person and a second name.
    static func possessivePlaces(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        var joined: [DraftMention] = []
        for d in ds {
            // The draft is the owner ("Tanner") or the street word ("Lane").
            var owner = d.b
            var head = d.b + 1
            if d.b - d.a == 1, d.a >= 2, t.tokens[d.a - 1].kind == .possessive, t.isCapitalised(d.a - 2) {
                owner = d.a - 1
                head = d.a
            }
            guard owner < t.count, t.tokens[owner].kind == .possessive, t.isCapitalised(head), t.isCapitalised(owner - 1),
                t.lower(head, isIn: PlaceWords.heads), !t.isCapitalised(head + 1)
            else { continue }
            var start = owner - 1
            while start > 0, t.isCapitalised(start - 1), !t.isOrdinaryWord(start - 1) { start -= 1 }
            joined.append(DraftMention(a: start, b: head + 1, type: .place, taggerWeight: 0, firm: .place))
        }
        guard !joined.isEmpty else { return }
        ds.removeAll { d in joined.contains { $0.a <= d.a && d.b <= $0.b } }
        for j in joined where !ds.contains(where: { $0.a == j.a && $0.b == j.b }) { ds.append(j) }
        ds.sort { $0.a < $1.a }
    }

    /// "the United Harbour Workers and Greyfinch Shipping": two names of two words or more each,
    /// joined by "and", are two mentions ("Bosnia and Herzegovina", "Marks and Spencer" stay one).
    static func splitAtAnd(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        var out: [DraftMention] = []
        out.reserveCapacity(ds.count + 2)
        for d in ds {
            guard d.firm == nil, let k = (d.a..<d.b).first(where: { t.wordIs($0, "and") }),
                k - d.a >= 2, d.b - k - 1 >= 2,
                (d.a..<d.b).allSatisfy({ $0 == k || t.isCapitalised($0) || t.tokens[$0].kind == .possessive })
            else {
                out.append(d)
                continue
            }
            var left = d
            left.b = k
            var right = d
            right.a = k + 1
            right.title = nil
            out.append(left)
            out.append(right)
        }
        ds = out
    }

    /// A person's name the tagger cut short, made whole: two parts joined by a particle ("Rhodri" +
    /// "ap" + "Gwilym"), a double-barrelled surname cut at its hyphen ("Shaun Wright" + "-Phillips"),
    /// a hyphenated given name ("Lars-" + "Erik Holm"),
    /// a particle between a title and the name ("Mr ap Gwilym"), and a given name the tagger left
    /// out ("Tomás" before "Ó Briain", "Sue" in "Finance Minister Sue Essex").
    static func completePersonNames(_ ds: inout [DraftMention], _ t: ArticleTokens, _ lists: NameLists) {
        // (The list read into a local once: each read of the global in the loops called `swift_once`.)
        let particles = PersonNameWords.particles
        func isParticle(_ i: Int) -> Bool {
            t.isWord(i) && t.lower(i, isIn: particles) && (t.isLowercaseWord(i) || !t.capitalIsWeak(i))
        }
        ds.sort { $0.a < $1.a }
        // Parts joined by particles.
        var k = 0
        while k + 1 < ds.count {
            let x = ds[k]
            let y = ds[k + 1]
            var c = x.b
            while c < y.a, isParticle(c) { c += 1 }
            if x.firm == nil, y.firm == nil, c == y.a, x.b < y.a, x.end == nil, x.b - x.a <= 2, y.b - y.a == 1,
                x.type == .person || y.type == .person, !(x.a..<y.b).contains(where: { $0 > x.a && t.sentenceBreak[$0] })
            {
                ds[k].b = y.b
                ds[k].type = .person
                ds[k].end = y.end
                ds.remove(at: k + 1)
                continue
            }
            // A hyphenated given name the tagger cut at its hyphen: "Jean" then "-Marc Olier".
            // (Not "Al-Jazeera Arabic", "ASK-Raymond James" or "Sci-Fi Channel": a particle, an
            // acronym or a name with an organisation's head word.)
            if x.firm == nil, y.firm == nil, x.end == nil, x.b - x.a == 1, y.a == x.b + 1, y.b - y.a >= 2, y.type == .person,
                t.isPunctuation(x.b, "-"), t.tokens[y.a].hyphenJoined, t.isCapitalised(x.a), t.isCapitalised(y.a),
                !t.lower(x.a, isIn: PersonNameWords.particles), t.word(x.a).unicodeScalars.dropFirst().allSatisfy({ !TokenHashing.isUpper($0.value) }),
                NameShape.headType(t, y.a..<y.b) == nil
            {
                ds[k].b = y.b
                ds[k].type = .person
                ds[k].end = y.end
                ds.remove(at: k + 1)
                continue
            }
            k += 1
        }
        // (Marks by token: a set of indices hashed each one.)
        var covered = TokenMarks(count: t.count)
        for d in ds { covered.mark(d.a..<d.b) }
        for k in ds.indices where ds[k].firm == nil && ds[k].end == nil {
            var d = ds[k]
            // A double-barrelled surname: "Shaun Wright" then "-Phillips".
            while d.b - d.a >= 2, d.type == .person || NameShape.headType(t, d.a..<d.b) == nil, d.b + 1 < t.count,
                t.isPunctuation(d.b, "-"), t.tokens[d.b + 1].hyphenJoined, t.isCapitalised(d.b + 1)
            {
                d.b += 2
            }
            // A hyphenated given name: "Lars-" before "Erik Holm".
            while d.type == .person, d.a >= 2, t.tokens[d.a].hyphenJoined, t.isPunctuation(d.a - 1, "-"), t.isCapitalised(d.a - 2),
                !covered[d.a - 2]
            {
                d.a -= 2
            }
            // Particles between a title and the name: "Mr ap Gwilym".
            var a = d.a
            while a > 1, isParticle(a - 1), !covered[a - 1] { a -= 1 }
            if a < d.a, t.isWord(a - 1), isTitle(t, a - 1) {
                d.a = a
                d.title = a - 1
                d.type = .person
            }
            // A given name left out.
            let g = d.a - 1
            if d.title == nil, g >= 0, !covered[g], t.isCapitalised(g),
                d.type == .person, NameShape.headType(t, d.a..<d.b) == nil, d.b - d.a <= 2,
                !isTitle(t, g), !t.isOrdinaryWord(g), !t.lower(g, isIn: CalendarWords.names),
                !t.word(g).unicodeScalars.dropFirst().contains(where: { TokenHashing.isUpper($0.value) }),
                !t.sentenceBreak[d.a], !lists.isPlace(t, g),
                lists.isGivenName(t, g) || (t.initial[g] && d.b - d.a == 1) || (t.isWord(g - 1) && isTitle(t, g - 1))
            {
                d.a = g
                if t.isWord(g - 1), isTitle(t, g - 1) { d.title = g - 1 }
            }
            // (Written back only when a rule grew it: most drafts are left as they were.)
            if d.a != ds[k].a || d.b != ds[k].b || d.title != ds[k].title || d.type != ds[k].type { ds[k] = d }
        }
        // Drop drafts the grown ones now cover ("Hayes" of "Whitfield-Hayes").
        dropCovered(&ds)
    }

    /// Removes, keeping the others in order, each draft whose tokens another draft's strictly
    /// contain: one that starts no later and ends no earlier, and is not the same span.
    static func dropCovered(_ ds: inout [DraftMention]) {
        // (In one pass when the drafts are in order of their first token, as nearly always: a
        // draft is covered when a draft starting before it reaches its end, or one starting with
        // it reaches past it. Every draft against every other cost a few thousand instructions
        // an article.)
        guard ds.indices.dropFirst().allSatisfy({ ds[$0 - 1].a <= ds[$0].a }) else {
            let grown = ds
            ds.removeAll { d in grown.contains { g in (g.a < d.a && d.b <= g.b) || (g.a <= d.a && d.b < g.b) } }
            return
        }
        // The furthest end of the drafts that start before the current first token.
        var reachBefore = Int.min
        var kept = 0
        var i = 0
        while i < ds.count {
            // The drafts starting at the same token, `i..<j`, and the furthest of their ends.
            let a = ds[i].a
            var j = i
            var reachSame = Int.min
            while j < ds.count, ds[j].a == a {
                reachSame = max(reachSame, ds[j].b)
                j += 1
            }
            for k in i..<j where reachBefore < ds[k].b && reachSame <= ds[k].b {
                // (Moved only once a draft before it was dropped: most drafts stay where they are.)
                if kept != k { ds[kept] = ds[k] }
                kept += 1
            }
            reachBefore = max(reachBefore, reachSame)
            i = j
        }
        ds.removeLast(ds.count - kept)
    }

    /// Double-barrelled surnames the article writes after a given name ("Shaun Wright-Phillips")
    /// stay whole where they stand alone ("Wright-Phillips’ pace", "Ruiz" with "-Whitcombe" left
    /// untagged); returns their keys, so that the hyphen-pair split leaves them whole.
    static func doubleBarrelledSurnames(_ ds: inout [DraftMention], _ t: ArticleTokens) -> Set<String> {
        var doubleBarrelled: Set<String> = []
        for d in ds where d.b - d.a >= 4 && d.firm == nil {
            if let h = ((d.a + 1)..<(d.b - 1)).first(where: { t.isPunctuation($0, "-") && t.tokens[$0 + 1].hyphenJoined }) {
                doubleBarrelled.insert(EntityNames.aliasKey(t.text(t.tokens[h - 1].range.lowerBound..<t.tokens[d.b - 1].range.upperBound)))
            }
        }
        if !doubleBarrelled.isEmpty {
            func compound(_ i: Int) -> Bool {
                t.isPunctuation(i, "-") && i + 1 < t.count && t.tokens[i + 1].hyphenJoined && t.isCapitalised(i + 1)
                    && doubleBarrelled.contains(EntityNames.aliasKey(t.text(t.tokens[i - 1].range.lowerBound..<t.tokens[i + 1].range.upperBound)))
            }
            // "Ruiz" with "-Whitcombe" untagged after it.
            for k in ds.indices where ds[k].end == nil && compound(ds[k].b) && !ds.contains(where: { $0.a == ds[k].b + 1 }) {
                ds[k].b += 2
                ds[k].type = .person
            }
            var k = 0
            while k + 1 < ds.count {
                let x = ds[k]
                let y = ds[k + 1]
                if x.end == nil, y.a == x.b + 1, t.isPunctuation(x.b, "-"), t.tokens[y.a].hyphenJoined,
                    doubleBarrelled.contains(EntityNames.aliasKey(t.text(t.tokens[x.b - 1].range.lowerBound..<t.tokens[y.b - 1].range.upperBound)))
                {
                    ds[k].b = y.b
                    ds[k].end = y.end
                    ds[k].type = .person
                    ds.remove(at: k + 1)
                    continue
                }
                k += 1
            }
        }
        return doubleBarrelled
    }

    /// "Misaki Tanaka (田中 美咲)" and "田中美咲 (Misaki Tanaka)": a name in a non-Latin script beside a
    /// name, in brackets on either side, is the same entity written in its own script.
    static func otherScriptNames(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        func isOtherScript(_ i: Int) -> Bool {
            guard t.isWord(i) else { return false }
            let v = t.scalars[t.tokens[i].range.lowerBound].value
            let latin = v < 0x0370 || (0x1E00...0x1EFF).contains(v) || (0x2C60...0x2C7F).contains(v) || (0xA720...0xA7FF).contains(v)
            return !latin
        }
        var added: [DraftMention] = []
        for d in ds where d.firm == nil && d.end == nil {
            let name = TaggerEntityExtractor.range(d, t)
            // After the name.
            if t.isPunctuation(d.b, "(") {
                var k = d.b + 1
                while k < t.count, isOtherScript(k), k - d.b <= 4 { k += 1 }
                if k > d.b + 1, t.isPunctuation(k, ")") {
                    added.append(DraftMention(a: d.b + 1, b: k, type: d.type, title: nil, taggerWeight: 0, sameAs: name))
                }
            }
            // Before it, the name in brackets.
            if t.isPunctuation(d.a - 1, "("), t.isPunctuation(d.b, ")") {
                var k = d.a - 1
                while k > 0, isOtherScript(k - 1), d.a - k <= 4 { k -= 1 }
                if k < d.a - 1 {
                    added.append(DraftMention(a: k, b: d.a - 1, type: d.type, title: nil, taggerWeight: 0, sameAs: name))
                }
            }
        }
        addSorted(&ds, added.filter { n in !ds.contains { $0.a < n.b && n.a < $0.b } })
    }

    /// "the World Health Organization (WHO)": an acronym in brackets right after a name is a mention
    /// of the same entity, which the tagger often leaves untagged.
    static func bracketedAcronyms(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        var added: [DraftMention] = []
        for d in ds where d.firm == nil && d.end == nil && d.b - d.a >= 2 {
            let k = d.b + 1
            guard t.isPunctuation(d.b, "("), t.isPunctuation(k + 1, ")"), t.isWord(k), !ds.contains(where: { $0.a == k }) else { continue }
            let w = t.word(k).filter { $0 != "." }
            guard (2...8).contains(w.count), w.allSatisfy(\.isLetter), w.filter(\.isUppercase).count >= 2, w.first!.isUppercase else { continue }
            added.append(DraftMention(a: k, b: k + 1, type: d.type, taggerWeight: 0))
        }
        addSorted(&ds, added)
    }

    /// "Osaka-based", "a Lindqvist-backed plan": the name is the capitalised part before the hyphen.
    /// The tagger's label for such a word describes the adjective, so it counts for nothing.
    static func trimCompounds(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        var out: [DraftMention] = []
        out.reserveCapacity(ds.count)
        // (The list read into a local once: each read of the global in the loop called `swift_once`.)
        let prefixes = WordPrefixes.all
        for var d in ds {
            let last = d.b - 1
            // "Party Co-Chairman", cut by the tokenizer at the hyphen.
            if d.firm == nil, t.isWord(last), t.lower(last, isIn: prefixes), t.isPunctuation(d.b, "-") {
                guard d.b - d.a > 1 else { continue }
                d.b -= 1
            }
            if d.firm == nil, t.isWord(last), let cut = compoundCut(t, last) {
                // "Conservative Party Co-chairman": a prefix, not a name, before the hyphen.
                if WordPrefixes.all.contains(t.text(t.tokens[last].range.lowerBound..<cut).lowercased()) {
                    guard d.b - d.a > 1 else { continue }
                    d.b -= 1
                    out.append(d)
                    continue
                }
                guard cut - t.tokens[last].range.lowerBound >= 2 || d.b - d.a > 1 else { continue }
                d.end = cut
                if d.type == .other { d.taggerWeight = 0 }
            }
            out.append(d)
        }
        ds = out
    }

    /// Where the capitalised part of a "Name-lowercase" word ends, if it is one.
    static func compoundCut(_ t: ArticleTokens, _ i: Int) -> Int? {
        let r = t.tokens[i].range
        // (The word's scalars read through the buffer: the rules ask this of most capitalised
        // words, and the array's check at each scalar was most of the scan.)
        return t.scalars.withUnsafeBufferPointer { s -> Int? in
            guard r.lowerBound >= 0, r.lowerBound < s.count, r.upperBound <= s.count, TokenHashing.isUpper(s[r.lowerBound].value) else { return nil }
            for k in r where s[k] == "-" {
                guard k + 1 < r.upperBound, TokenHashing.isLower(s[k + 1].value) else { return nil }
                return k
            }
            return nil
        }
    }

    /// A capitalised word that is an ordinary word capitalised by its position ("Our midwives…",
    /// "Then…", "I’d…") or an initialism of an ordinary noun ("ID cards") is no name; in a
    /// title-case headline, ordinary words at either end of a
    /// span are trimmed.
    static func dropOrdinaryWords(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        var out: [DraftMention] = []
        out.reserveCapacity(ds.count)
        // (The lists read into locals once: each read of a global in the loop called `swift_once`.)
        let closedClass = FunctionWords.closedClass
        let initialisms = CommonInitialisms.nouns
        for var d in ds {
            if t.isWord(d.a), isPronounContraction(t, d.a) { continue }
            // ("The Hague" keeps its article: the alias key drops it anyway.)
            while d.b - d.a > 1, t.capitalIsWeak(d.a), t.isWord(d.a), !t.lowerIs(d.a, "the"), t.lower(d.a, isIn: closedClass) {
                d.a += 1
                d.title = nil
            }
            // "The Orlov-Brandt summit": the article belongs to the summit, not to the names.
            if d.b - d.a >= 2, d.a + 3 < t.count, t.isWord(d.a), t.lowerIs(d.a, "the"), t.isPunctuation(d.a + 2, "-"),
                t.tokens[d.a + 3].hyphenJoined
            {
                d.a += 1
                d.title = nil
            }
            // A name does not end in "of" or "the" ("In The Name Of The").
            while d.b - d.a > 1, d.firm == nil, t.isWord(d.b - 1), t.lower(d.b - 1, isIn: closedClass) { d.b -= 1 }
            if t.inTitleCase(d.a), d.firm == nil {
                while d.a < d.b, !t.isWord(d.a) || t.isOrdinaryWord(d.a) || t.isHeadlineStyleWord(d.a) { d.a += 1 }
                while d.b > d.a, !t.isWord(d.b - 1) || t.isOrdinaryWord(d.b - 1) || t.isHeadlineStyleWord(d.b - 1) { d.b -= 1 }
                guard d.a < d.b else { continue }
            }
            if d.b - d.a == 1, d.end == nil, t.capitalIsWeak(d.a), t.isOrdinaryWord(d.a), d.title == nil { continue }
            // "ID cards", "TV licence": an initialism of an ordinary noun names nothing.
            if d.b - d.a == 1, d.end == nil, d.title == nil, t.isWord(d.a), t.lower(d.a, isIn: initialisms) { continue }
            out.append(d)
        }
        ds = out
    }

    /// The words before a person's name that only describe them: function words anywhere ("My
    /// Forsyth"), an ordinary word opening a sentence ("Sprinter Walker quits") or a clause of a
    /// quotation ("Vote Ode, Get Ross"), a compound
    /// modifier ("New Zealand-born Campbell"), a people's adjective that is no surname ("the
    /// best European Ode impersonator"); and in the headline, whatever surrounds a surname
    /// the story gives a person ("Rocker Doherty" for Pete Doherty, "Blair Labour" for Tony Blair).
    static func trimPersonDescriptors(_ ds: inout [DraftMention], _ t: ArticleTokens, _ lists: NameLists) {
        /// The alias keys of a draft's words when it is one of the story's full person names.
        func fullNameWords(_ d: DraftMention) -> [String]? {
            guard d.type == .person, !t.inHeadline(d.a), d.b - d.a >= 2, d.firm == nil else { return nil }
            let words = (d.a..<d.b).filter { t.isWord($0) }.map { wordKey(t, $0) }
            return words.count >= 2 ? words : nil
        }
        // How often each word stands before each surname in the story's full person names, as
        // the drafts stand now. (Counted only when a rule first asks: most articles' drafts
        // never do, and the counts cost two dictionaries of `String`s.)
        let draftsBefore = ds
        var givenCountsMade: [String: [String: Int]]? = nil
        func givenCounts() -> [String: [String: Int]] {
            if let made = givenCountsMade { return made }
            var made: [String: [String: Int]] = [:]
            for d in draftsBefore {
                guard let words = fullNameWords(d) else { continue }
                for w in words.dropLast() { made[words.last!, default: [:]][w, default: 0] += 1 }
            }
            givenCountsMade = made
            return made
        }
        // (The sets below are made only when a rule first needs them: most articles' drafts never
        // ask, and making them cost a set a surname.)
        var givenBySurnameMade: [String: Set<String>]? = nil
        func givenBySurname() -> [String: Set<String>] {
            if let made = givenBySurnameMade { return made }
            let made = givenCounts().mapValues { Set($0.keys) }
            givenBySurnameMade = made
            return made
        }
        // Words of the people the story names in full elsewhere.
        var knownMade: Set<String>? = nil
        func known() -> Set<String> {
            if let made = knownMade { return made }
            var made: Set<String> = []
            for (key, given) in givenBySurname() { made.insert(key); made.formUnion(given) }
            knownMade = made
            return made
        }
        /// "Using", "Continued", "Interestingly": a verb form or an adverb opening a sentence.
        func isVerbOrAdverb(_ i: Int) -> Bool {
            let w = t.lower(i)
            return w.count >= 6 && (w.hasSuffix("ing") || w.hasSuffix("ed") || w.hasSuffix("ly"))
                && !lists.isFirstName(t, i) && !lists.isSurname(t, i)
        }
        /// "Vote Ode, Get Ross": in a quotation, speech written down runs clauses together with
        /// commas, and a capitalised word after one opens a clause as a sentence's first word
        /// does; its capital is no more evidence of a name than that one's.
        func opensClause(_ i: Int) -> Bool {
            t.capitalIsWeak(i) || (t.inQuote[i] && t.isPunctuation(i - 1, ","))
        }
        /// Whether the story capitalises word `i` somewhere other than where a sentence or a
        /// clause opens (a clause's first word in a quotation counts in `isCapitalisedInBody`
        /// itself, so its other uses are looked for).
        func capitalisedElsewhere(_ i: Int) -> Bool {
            guard t.isCapitalisedInBody(i) else { return false }
            if t.capitalIsWeak(i) { return true }
            let w = t.word(i)
            return (0..<t.count).contains { j in j != i && t.isCapitalised(j) && !opensClause(j) && t.word(j) == w }
        }
        /// "Earlier Tony Blair", "Vote Blair", "Vote Blair, Get Brown": a word opening a
        /// sentence or a quotation's clause (`opensClause`) before a surname that
        /// the story's other full names give other first words, which no list calls a first
        /// name and the story never capitalises elsewhere ("Anil Ambani" opening a sentence
        /// beside "Mukesh Ambani" stays whole when "Anil" comes back on its own). `original` is
        /// the draft as it was before trimming, whose own words are left out of the count.
        func givenElsewhereOnly(_ d: DraftMention, original: DraftMention) -> Bool {
            let words = (d.a..<d.b).filter { t.isWord($0) }
            guard words.count >= 2, words[0] == d.a, !lists.isGivenName(t, d.a), !capitalisedElsewhere(d.a)
            else { return false }
            let surname = wordKey(t, words.last!)
            let first = wordKey(t, d.a)
            guard var others = givenCounts()[surname] else { return false }
            if let own = fullNameWords(original), own.last == surname {
                for w in own.dropLast() { others[w, default: 0] -= 1 }
            }
            return (others[first] ?? 0) <= 0 && others.values.contains { $0 > 0 }
        }
        // "The best European Rosco impersonator": a people's adjective that is no one's name,
        // before a given name, describes the person (the tagger may call the whole unclassified).
        for k in ds.indices where ds[k].type == .person || ds[k].type == .other {
            let d = ds[k]
            guard d.firm == nil, d.title == nil, d.end == nil, d.b - d.a >= 2, t.isWord(d.a), t.isWord(d.a + 1) else { continue }
            guard lists.isDemonym(t, d.a), !lists.isFirstName(t, d.a), !lists.isSurname(t, d.a), lists.isFirstName(t, d.a + 1) else { continue }
            ds[k].a += 1
            ds[k].type = .person
        }
        for k in ds.indices where ds[k].type == .person && ds[k].firm == nil && ds[k].title == nil {
            var d = ds[k]
            if let c = ((d.a)..<(d.b - 1)).last(where: { t.isWord($0) && compoundCut(t, $0) != nil }) { d.a = c + 1 }
            while d.b - d.a > 1, t.isWord(d.a), !lists.isGivenName(t, d.a),
                t.lower(d.a, isIn: FunctionWords.closedClass)
                    || (opensClause(d.a) && (t.isOrdinaryWord(d.a) || t.lower(d.a, isIn: PersonNouns.nouns)
                        || t.lower(d.a, isIn: PersonNouns.modifiers) || t.lower(d.a, isIn: PersonNouns.sentenceOpeners)))
                    || (opensClause(d.a) && isVerbOrAdverb(d.a) && t.isWord(d.a + 1) && known().contains(wordKey(t, d.a + 1)))
                    || (opensClause(d.a) && givenElsewhereOnly(d, original: ds[k]))
            {
                d.a += 1
            }
            if t.inHeadline(d.a), d.b - d.a >= 2, !givenCounts().isEmpty,
                let j = (d.a..<d.b).first(where: { t.isWord($0) && givenBySurname()[wordKey(t, $0)] != nil })
            {
                let given = givenBySurname()[wordKey(t, j)]!
                if !(d.a..<j).allSatisfy({ !t.isWord($0) || given.contains(wordKey(t, $0)) }) { d.a = j }
                if j + 1 < d.b, !t.isPunctuation(j + 1, "-") { d.b = j + 1 }
            }
            ds[k] = d
        }
    }

    /// "Tory MP Ada Ode", "Democrat Ada Ode", "Sceptic Ode": a party's or a stance's label, and
    /// the office after it, open a politician's span but are no part of the name. A span that is
    /// all label ("Lib Dem", "Labour MPs") names no person: it is the party's word, `other`, or
    /// the party itself ("Labour").
    /// (A label that is also a name, "Green", goes only before an office: "Green MEP Ada Ode".)
    static func partyLabels(_ ds: inout [DraftMention], _ t: ArticleTokens, _ lists: NameLists) {
        // (The lists read into locals once: each read of a global in the loops called `swift_once`.)
        let partyNames = PartyLabels.partyNames
        let parties = PartyLabels.parties
        let roles = PartyLabels.roles
        // A party's own name alone is the party, whatever the tagger said ("the Tories" as a place).
        for k in ds.indices where ds[k].b - ds[k].a == 1 && ds[k].firm == nil && ds[k].title == nil && ds[k].type != .person {
            if t.isWord(ds[k].a), t.lower(ds[k].a, isIn: partyNames) {
                ds[k].type = .organization
                ds[k].listType = .organization
            }
        }
        for k in ds.indices where ds[k].type == .person && ds[k].firm == nil && ds[k].end == nil {
            var d = ds[k]
            var i = d.a
            var labelled = false
            while i < d.b, t.isWord(i) {
                if t.lower(i, isIn: parties),
                    !(lists.isFirstName(t, i) || lists.isSurname(t, i)) || (t.isWord(i + 1) && t.lower(i + 1, isIn: roles))
                {
                    labelled = true
                } else if labelled, t.lower(i, isIn: roles) {
                    // ("Tory co-chairman", "Labour leadership hopeful")
                } else {
                    break
                }
                i += 1
            }
            guard labelled else { continue }
            if i < d.b, t.isCapitalised(i) {
                d.a = i
                d.title = nil
            } else if i == d.b, d.b - d.a == 1, t.lower(d.a, isIn: partyNames) {
                // (Not fixed: "Labour" still joins "the Labour Party".)
                d.type = .organization
                d.listType = .organization
            } else if i == d.b {
                d.type = .other
                d.firm = .other
            }
            ds[k] = d
        }
    }

    /// "In Tears of the Sun Willis plays": a span after "the" whose last word is the surname of
    /// a person the story names in full elsewhere (with a given name a list knows), and whose
    /// words before it are none of that person's given names (nor, if the tagger called the span
    /// a person's, a common given name: "the Moon" is rarely one), is that surname alone. The
    /// words before it end a title, and glued on they would make a second person of the
    /// surname's mentions.
    static func cutGluedWords(_ ds: inout [DraftMention], _ t: ArticleTokens, _ lists: NameLists) {
        func key(_ i: Int) -> String { wordKey(t, i) }
        func commonGivenName(_ i: Int) -> Bool {
            t.lower(i, isIn: PersonNameWords.maleGivenNames) || t.lower(i, isIn: PersonNameWords.femaleGivenNames)
        }
        // The given names before each surname in the story's full person names, by draft, as
        // the drafts stand now. (Found only when a name after "the" first needs them: few do,
        // and the table cost an array and a dictionary of `String`s an article.)
        let draftsBefore = ds
        var givenMade: [String: [(draft: Int, words: [String])]]? = nil
        func given() -> [String: [(draft: Int, words: [String])]] {
            if let made = givenMade { return made }
            var made: [String: [(draft: Int, words: [String])]] = [:]
            for (k, d) in draftsBefore.enumerated() where d.type == .person && d.firm == nil && !t.inHeadline(d.a) && d.b - d.a >= 2 {
                let words = (d.a..<d.b).filter { t.isWord($0) }
                guard words.count >= 2, lists.isFirstName(t, words[0]) || commonGivenName(words[0]) else { continue }
                made[key(words.last!), default: []].append((k, words.dropLast().map(key)))
            }
            givenMade = made
            return made
        }
        for k in ds.indices where ds[k].firm == nil && ds[k].title == nil && ds[k].end == nil {
            let d = ds[k]
            // ("the" before the name first: the array of its words is made only after it, since
            // few names have one.)
            guard d.a > 0, t.isLowercaseWord(d.a - 1), t.lowerIs(d.a - 1, "the") else { continue }
            let words = (d.a..<d.b).filter { t.isWord($0) }
            guard words.count >= 2, lists.isSurname(t, words.last!),
                d.type != .person || !commonGivenName(words[0])
            else { continue }
            let names = Set((given()[key(words.last!)] ?? []).filter { $0.draft != k }.flatMap(\.words))
            guard !names.isEmpty, words.dropLast().allSatisfy({ !names.contains(key($0)) && !t.initial[$0] }) else { continue }
            ds[k].a = words.last!
            ds[k].type = .person
        }
    }

    /// Whether the word at `i` is "I’d", "I’ll", "I’m" or "I’ve" (straight or curly apostrophe),
    /// read from the token's scalars without making its word.
    static func isPronounContraction(_ t: ArticleTokens, _ i: Int) -> Bool {
        let r = t.tokens[i].range
        guard r.count >= 3 else { return false }
        let second = t.scalars[r.lowerBound + 1]
        return t.scalars[r.lowerBound] == "I" && (second == "'" || second == "\u{2019}")
    }

    /// `PersonTitles.isTitle(t.word(i))`: the word in lower case on the titles' list, asked by
    /// the key the token holds, unless it ends in a full stop (which the list leaves off).
    static func isTitle(_ t: ArticleTokens, _ i: Int) -> Bool {
        isTitle(t, i, titles: PersonTitles.all)
    }

    /// `isTitle(t, i)`, given `titles`, `PersonTitles.all` read once by a caller that asks it
    /// in a loop (each read of the global is a call to `swift_once`).
    @inline(__always)
    static func isTitle(_ t: ArticleTokens, _ i: Int, titles: WordList) -> Bool {
        if t.scalars[t.tokens[i].range.upperBound - 1] == "." { return PersonTitles.isTitle(t.word(i)) }
        return t.lower(i, isIn: titles)
    }

    /// A title alone ("Mayor", "Chief") names nobody, unless the article uses it as a word of a
    /// longer organisation or place name ("the General" for "Merrowick General Hospital").
    static func dropBareTitles(_ ds: inout [DraftMention], _ t: ArticleTokens) {
        // (Drafts kept in a new array sized at once, and the long names found only if a bare
        // title needs them: `compactMap` and `filter` grew two arrays a draft at a time.)
        var longNames: [DraftMention]? = nil
        var out: [DraftMention] = []
        out.reserveCapacity(ds.count)
        for d in ds {
            guard d.b - d.a == 1, d.end == nil, isTitle(t, d.a) else {
                out.append(d)
                continue
            }
            if longNames == nil { longNames = ds.filter { $0.b - $0.a >= 2 && $0.type != .person } }
            let w = t.word(d.a)
            guard let long = longNames!.first(where: { l in ((l.a + 1)..<l.b).contains { t.word($0) == w } }) else { continue }
            var kept = d
            kept.type = long.type
            kept.title = nil
            out.append(kept)
        }
        ds = out
    }
}

/// What a name's own words say about its type.
enum NameShape {
    /// The lists `headType` asks about a name's first and last words, read through one global:
    /// each read of a list's own global was a call to `swift_once`.
    private struct HeadLists: Sendable {
        let organisationOpeners = OrganisationWords.openers
        let placeOpeners = PlaceWords.openers
        let ofAndFor = SmallWords.ofAndFor
        let organisationPrefixes = OrganisationWords.prefixes
        let organisationHeads = OrganisationWords.heads
        let placeHeads = PlaceWords.heads
        let ambiguousHeads = PlaceWords.ambiguousHeads
    }
    private static let headLists = HeadLists()

    /// The type the head word of the name in tokens `r` gives: "Greyfinch Shipping" an
    /// organisation, "Fennick Point" a place, "University of Merrowick" an organisation.
    ///
    /// `headType(words, tagged:isFirstName:isSurname:)` of the range's words, with `lists`'
    /// first names and surnames (none without), read from the tokens: the rules ask this of
    /// most drafts, and the words gathered into an array and lower-cased again cost more than
    /// the answer, where the tokens hold each word's lower case and its key for the lists.
    static func headType(_ t: ArticleTokens, _ r: Range<Int>, tagged: EntityType? = nil, lists: NameLists? = nil) -> EntityType? {
        var first = -1
        var last = -1
        var count = 0
        for i in r where t.isWord(i) {
            if first < 0 { first = i }
            last = i
            count += 1
        }
        // (The words counted before any is asked of a list: most names are one word.)
        guard count >= 2 else { return nil }
        let h = Self.headLists
        // "University of Merrowick": the first "of" or "for" among the words inside the name,
        // looked for only after an opener that it would make a name's.
        if count >= 3 {
            let organisation = t.lower(first, isIn: h.organisationOpeners)
            if organisation || t.lower(first, isIn: h.placeOpeners) {
                var of = -1
                var n = 0
                // (Asked of the list by the key the tokens hold: the word's `String` is not read.)
                for i in r where t.isWord(i) {
                    if t.lower(i, isIn: h.ofAndFor) {
                        of = n
                        break
                    }
                    n += 1
                }
                if of >= 1, of < count - 1 { return organisation ? .organization : .place }
            }
        }
        if t.lower(first, isIn: h.organisationPrefixes) { return .organization }
        func firstName() -> Bool { lists?.isFirstName(t, first) ?? false }
        func surname() -> Bool { lists?.isSurname(t, last) ?? false }
        if t.lower(last, isIn: h.organisationHeads) {
            if tagged == .person, firstName(), surname() { return nil }
            return .organization
        }
        if t.lower(last, isIn: h.placeHeads) {
            if t.lower(last, isIn: h.ambiguousHeads) || surname(), tagged == .person || firstName() { return nil }
            return .place
        }
        // (The last word is no organisation's head here: that returned above.)
        if count == 2, t.lower(first, isIn: h.placeOpeners) { return .place }
        return nil
    }

    /// The type a name's head word gives. A head that is also a surname ("Helena Marsh", "Jerry
    /// Hall", "Margaret Court") counts only when the tagger did not call the name a person's and
    /// its first word is no known first name.
    static func headType(
        _ words: [String], tagged: EntityType? = nil, isFirstName: (String) -> Bool = { _ in false },
        isSurname: (String) -> Bool = { _ in false }
    ) -> EntityType? {
        guard words.count >= 2 else { return nil }
        let lower = words.map { $0.lowercased() }
        let last = lower[lower.count - 1]
        if let of = lower.firstIndex(where: { $0 == "of" || $0 == "for" }), of >= 1, of < lower.count - 1 {
            if OrganisationWords.openers.contains(lower[0]) { return .organization }
            if PlaceWords.openers.contains(lower[0]) { return .place }
        }
        if OrganisationWords.prefixes.contains(lower[0]) { return .organization }
        let personLike = tagged == .person || isFirstName(words[0])
        if OrganisationWords.heads.contains(last) {
            if tagged == .person, isFirstName(words[0]), isSurname(words[words.count - 1]) { return nil }
            return .organization
        }
        if PlaceWords.heads.contains(last) {
            if PlaceWords.ambiguousHeads.contains(last) || isSurname(words[words.count - 1]), personLike { return nil }
            return .place
        }
        if words.count == 2, PlaceWords.openers.contains(lower[0]), !OrganisationWords.heads.contains(last) { return .place }
        return nil
    }
}

/// Which of an article's tokens the rules have marked (those the drafts cover), one bit a token.
/// (With a `[Bool]` of every token, each draft's few tokens were marked through a call to
/// `memset`; a bit a token marks them in a few instructions.)
struct TokenMarks {
    private var bits: [UInt64]

    /// No token of `count` marked.
    init(count: Int) {
        bits = [UInt64](repeating: 0, count: (max(count, 0) + 63) >> 6)
    }

    /// Whether token `i` is marked.
    @inline(__always)
    subscript(i: Int) -> Bool {
        bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    @inline(__always)
    mutating func mark(_ i: Int) {
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    mutating func mark(_ range: Range<Int>) {
        for i in range { mark(i) }
    }
}
