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
}
