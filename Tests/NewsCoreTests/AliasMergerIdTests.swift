import Testing
@testable import NewsCore

/// The merger's ids and byte checks answer as the `String` operations they stand for.
struct AliasMergerIdTests {
    @Test func opensAndEndsAgreeWithPrefixAndSuffix() {
        let cases: [(String, String)] = [
            ("tamsin rowe", "tamsin"), ("tamsin rowe", "rowe"), ("tamsin", "tamsin"), ("tamsinrowe", "tamsin"),
            ("ana maría ruiz", "ana"), ("ana maría ruiz", "ruiz"), ("josé ruiz", "jose"), ("x", "longer than x"),
        ]
        for (s, word) in cases {
            #expect(AliasMerger.opens(s, word) == s.hasPrefix(word + " "), "\(s) / \(word)")
            #expect(AliasMerger.ends(s, word) == s.hasSuffix(" " + word), "\(s) / \(word)")
        }
    }

    @Test func genderTallyWeighsTitlesTwiceAndNeedsOneSidedEvidence() {
        var tally = AliasMerger.GenderTally()
        #expect(tally.gender == nil)
        // "Ms Rowe" once (a title that gives a gender counts twice) against one "he": 2 to 1 is
        // not one-sided enough.
        tally.add(.female, gendered: true)
        tally.add(.male, gendered: false)
        #expect(tally.gender == nil)
        // A pronoun more for her: 3 to 1.
        tally.add(.female, gendered: false)
        #expect(tally.gender == .female)
        // A mention with no gender counts for neither.
        tally.add(nil, gendered: true)
        #expect(tally.gender == .female)
        // The tally gives what `genderVote` gives over the same mentions.
        let mentions = [
            EntityMention(range: 0..<4, text: "Rowe", type: .person, title: "Mr", gender: .male),
            EntityMention(range: 10..<14, text: "Rowe", type: .person, gender: .female),
            EntityMention(range: 20..<24, text: "Rowe", type: .person, title: "Dr", gender: .female),
        ]
        var same = AliasMerger.GenderTally()
        for m in mentions { same.add(m.gender, gendered: m.title.flatMap(PersonTitles.gender(ofTitle:)) != nil) }
        #expect(same.gender == AliasMerger.genderVote(mentions))
    }

    @Test func nameFactsIdsFollowTheExactBytes() {
        let names = NameFacts(capacity: 4)
        let rowe = names.id("Tamsin Rowe")
        #expect(names.id("Tamsin Rowe") == rowe)
        #expect(names.id("TAMSIN ROWE") != rowe)
        #expect(names.name(rowe) == "Tamsin Rowe")
        // Precomposed and decomposed spellings are equal `String`s, but two texts to the cache.
        let precomposed = names.id("Jos\u{E9}")
        let decomposed = names.id("Jose\u{301}")
        #expect(precomposed != decomposed)
        #expect(names.id("Jos\u{E9}") == precomposed)
        #expect(names.key(precomposed, type: .person) == "jose")
    }

    @Test func repeatedFormsJoinOneEntityOnce() throws {
        func mention(_ at: Int, _ text: String, _ type: EntityType = .person) -> EntityMention {
            EntityMention(range: at..<(at + text.unicodeScalars.count), text: text, type: type)
        }
        let entities = AliasMerger.merge([
            mention(0, "Tamsin Rowe"), mention(40, "Rowe"), mention(80, "ROWE"), mention(120, "Rowe"),
            mention(160, "Harbour Trust", .organization), mention(200, "Tamsin Rowe"),
        ])
        let rowe = try #require(entities.first { $0.name == "Tamsin Rowe" })
        #expect(rowe.mentions.count == 5)
        #expect(rowe.aliases == ["Tamsin Rowe", "Rowe", "ROWE"])
        #expect(entities.contains { $0.name == "Harbour Trust" && $0.type == .organization })
    }
    @Test func aShortFormLongerThanAnAcronymCouldBeIsRuledOut() {
        // Plain ASCII without a space, longer than the full name has words: no acronym of it.
        #expect(NameFacts.longerThanAcronym("harbour", 7, words: 3))
        // As long as the words, or shorter: it may be one ("htc" for "harbour trust company").
        #expect(!NameFacts.longerThanAcronym("htc", 3, words: 3))
        // A space, a carriage return or a byte past ASCII leaves the question to the comparison.
        #expect(!NameFacts.longerThanAcronym("ht co", 5, words: 3))
        #expect(!NameFacts.longerThanAcronym("ht\rco", 5, words: 3))
        #expect(!NameFacts.longerThanAcronym("h\u{E9}tco", 5, words: 3))
        // Whenever it rules a name out, the acronyms of that many words differ from it.
        let names = NameFacts()
        for (short, full) in [("harbour", "harbour trust company"), ("ode", "orchard dene estates"), ("gullhaven", "gullhaven port")] {
            let words = names.keyWords(names.id(full), type: .person).count
            if NameFacts.longerThanAcronym(short, EntityNames.characterCount(short), words: words) {
                let acronym = names.acronymKey(names.id(full))
                #expect(acronym.map { NameFacts.equalWithoutSpaces(short, $0) } != true, "\(short) / \(full)")
            }
        }
        // And the short forms it leaves alone are still found: "htc" is the trust company's.
        #expect(EntityNames.isShortForm("HTC", of: "Harbour Trust Company", type: .organization))
        #expect(!EntityNames.isShortForm("Harbourside", of: "Harbour Trust Company", type: .organization))
    }

    @Test func candidatesWrittenIntoAKeptBufferMatchAFreshList() {
        func mention(_ at: Int, _ text: String, _ type: EntityType) -> EntityMention {
            EntityMention(range: at..<(at + text.unicodeScalars.count), text: text, type: type)
        }
        // Two organisations sharing an opening word, a person, and a short form of each.
        let entities = AliasMerger.merge([
            mention(0, "Merrow Harbour Trust", .organization), mention(40, "Merrow Rowing Club", .organization),
            mention(80, "Tamsin Rowe", .person), mention(120, "MHT", .organization), mention(160, "Rowe", .person),
            mention(200, "Rowing Club", .organization),
        ])
        #expect(entities.first { $0.name == "Merrow Harbour Trust" }?.aliases == ["Merrow Harbour Trust", "MHT"])
        #expect(entities.first { $0.name == "Tamsin Rowe" }?.aliases == ["Tamsin Rowe", "Rowe"])
        // The kept buffer answers as a fresh list, call after call, and leaves its marks clear.
        var groups = [
            AliasMerger.Group(key: "merrow harbour trust", plainKey: "merrow harbour trust", members: [0], keyIsPlain: true),
            AliasMerger.Group(key: "mht", plainKey: "mht", members: [1], keyIsPlain: true),
            AliasMerger.Group(key: "merrow", plainKey: "merrow", members: [2], keyIsPlain: true),
        ]
        let ms = [mention(0, "Merrow Harbour Trust", .organization), mention(40, "MHT", .organization), mention(80, "Merrow", .place)]
        for g in groups.indices { groups[g].settle(ms) }
        let clusters = [AliasMerger.Cluster(type: .organization, name: "Merrow Harbour Trust", nameId: 0, group: 0)]
        var pool: [Int] = [7, 8]
        var marks: [Bool] = []
        for g in groups.indices {
            for withFirstWord in [[], [0], [0, 0]] {
                AliasMerger.joinCandidates(groups, g, clusters, withFirstWord, into: &pool, marks: &marks)
                #expect(pool == AliasMerger.joinCandidates(groups, g, clusters, withFirstWord))
                #expect(!marks.contains(true))
            }
        }
    }
}
