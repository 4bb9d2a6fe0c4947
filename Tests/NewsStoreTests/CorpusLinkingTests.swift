import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// How names link across articles: on the evidence of the whole corpus, one entity per person,
/// organisation or place. Every person, club and firm here is invented for these tests.
@Suite struct CorpusLinkingTests {
    /// Writes `count` articles named `stem-N.txt`, each saying `sentence`.
    static func write(_ corpus: TempCorpus, _ stem: String, _ count: Int, _ sentence: String) throws {
        for n in 0..<count { try corpus.write("\(stem)-\(n).txt", "Story \(stem) \(n)\n\n\(sentence)") }
    }

    static func entity(_ index: NewsIndex, _ name: String) throws -> EntitySummary? {
        try index.lookupEntity(name).entities.first
    }

    @Test func aBareSurnameJoinsTheFullNameThatDominatesIt() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Tomas Vell", type: .person, shortForms: ["Vell"]),
            .init(name: "Ida Vell", type: .person, shortForms: ["Vell"]),
        ]), identifier: "dominant")
        try Self.write(corpus, "mayor", 9, "Tomas Vell opened the bridge. Vell smiled.")
        try Self.write(corpus, "cousin", 1, "Ida Vell sold her bakery.")
        try Self.write(corpus, "bare", 2, "The council thanked Vell for the new bridge.")
        let index = try corpus.indexed(analysis: analysis)
        let tomas = try #require(try Self.entity(index, "Tomas Vell"))
        #expect(tomas.articles == 11)
        #expect(try Self.entity(index, "Ida Vell")?.articles == 1)
        #expect(try index.entities(type: .person).map(\.name).sorted() == ["Ida Vell", "Tomas Vell"])
    }

    @Test func aBareSurnameDoesNotJoinSomeoneNeverNamedInItsSection() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Nell Hadley", type: .person, shortForms: ["Hadley"]),
        ]), identifier: "sections")
        try Self.write(corpus, "music/hadley", 5, "Nell Hadley sang. Hadley bowed.")
        try Self.write(corpus, "politics/hadley", 3, "The minister, Hadley, resigned.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try Self.entity(index, "Nell Hadley")?.articles == 5)
        #expect(try index.entities(type: .person).map(\.name).sorted() == ["Hadley", "Nell Hadley"])
    }

    @Test func aBareSurnameLinksInEachSectionToWhoeverTheSectionNames() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Oona Petrie", type: .person, shortForms: ["Petrie"]),
            .init(name: "Cal Petrie", type: .person, shortForms: ["Petrie"]),
        ]), identifier: "per-section")
        try Self.write(corpus, "politics/oona", 9, "Oona Petrie tabled the bill. Petrie spoke for an hour.")
        try Self.write(corpus, "sport/cal", 3, "Cal Petrie scored twice. Petrie was substituted.")
        try Self.write(corpus, "politics/bare", 2, "The chancellor, Petrie, raised taxes.")
        try Self.write(corpus, "sport/bare", 2, "Line-up: Kerr, Petrie, Lund.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try Self.entity(index, "Oona Petrie")?.articles == 11)
        #expect(try Self.entity(index, "Cal Petrie")?.articles == 5)
        #expect(try index.entities(type: .person).map(\.name).sorted() == ["Cal Petrie", "Oona Petrie"])
    }

    @Test func aBareNameKeepingOtherCompanyStaysApart() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Tavi Morrow", type: .person, shortForms: ["Morrow"]),
            .init(name: "Morrow", type: .person, shortForms: [], when: "Greyfinch"),
            .init(name: "Castlebridge Rovers", type: .organization, shortForms: []),
            .init(name: "Harbour United", type: .organization, shortForms: []),
            .init(name: "Greyfinch Athletic", type: .organization, shortForms: []),
            .init(name: "Ilse Brandt", type: .person, shortForms: []),
        ]), identifier: "company")
        // Tavi Morrow plays for Castlebridge Rovers; the Morrow of the Greyfinch Athletic stories,
        // named more often, never with his club or team-mates, is someone else.
        try Self.write(corpus, "sport/tavi", 2, "Tavi Morrow scored for Castlebridge Rovers against Harbour United.")
        try Self.write(corpus, "sport/other", 4, "Morrow and Ilse Brandt trained with Greyfinch Athletic.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try Self.entity(index, "Tavi Morrow")?.articles == 2)
        #expect(try Self.entity(index, "Morrow")?.name == "Morrow")
    }

    @Test func namesakesAndGivenNamesStayApart() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Dara Voss", type: .person, shortForms: ["Voss"]),
            .init(name: "Lena Voss", type: .person, shortForms: ["Voss"]),
            .init(name: "Kellan Marsh", type: .person, shortForms: ["Kellan"]),
            .init(name: "Oren Kellan", type: .person, shortForms: ["Kellan"]),
        ]), identifier: "namesakes")
        try Self.write(corpus, "dara", 4, "Dara Voss won the race. Voss was delighted.")
        try Self.write(corpus, "lena", 3, "Lena Voss chaired the inquiry.")
        try Self.write(corpus, "bare", 2, "Voss declined to comment.")
        try Self.write(corpus, "marsh", 3, "Kellan Marsh wrote the score. Kellan conducted it too.")
        try Self.write(corpus, "oren", 3, "Oren Kellan rowed for the city.")
        try corpus.write("rowing.txt", "Rowing\n\nKellan won again.")
        let index = try corpus.indexed(analysis: analysis)
        // Four articles against three is no evidence for either Voss: the bare name stays apart.
        #expect(try Self.entity(index, "Dara Voss")?.articles == 4)
        #expect(try Self.entity(index, "Lena Voss")?.articles == 3)
        guard case .ambiguous(let candidates) = try index.lookupEntity("Voss") else {
            Issue.record("expected the shared surname to list its candidates")
            return
        }
        #expect(Set(candidates.map(\.name)) == ["Dara Voss", "Lena Voss"])
        // A given name is no surname: Kellan Marsh and Oren Kellan are two people.
        // A bare "Kellan" is the surname of one of them, not the given name of the other.
        #expect(try Self.entity(index, "Kellan Marsh")?.articles == 3)
        #expect(try Self.entity(index, "Oren Kellan")?.articles == 4)
    }

    @Test func namesakesWhoseRolesDifferAcrossSectionsAreTwoPeople() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Aled Morgan", type: .person, shortForms: ["Morgan"]),
            .init(name: "Tomas Vell", type: .person, shortForms: ["Vell"]),
        ]), identifier: "namesakes-by-role")
        // The Merrowick captain in sport, a housing minister in politics: two people. A story
        // elsewhere that gives no role is about the better-known one.
        try Self.write(corpus, "sport/captain", 5, "Merrowick captain Aled Morgan scored twice. Morgan was cheered.")
        try Self.write(corpus, "politics/minister", 2, "Housing Minister Aled Morgan opened the flats.")
        try Self.write(corpus, "politics/plain", 1, "Aled Morgan spoke in the chamber.")
        try Self.write(corpus, "business/plain", 1, "The bakery was opened by Aled Morgan.")
        // The same role, or none, in another section is the same person.
        try Self.write(corpus, "politics/vell", 4, "Prime Minister Tomas Vell spoke.")
        try Self.write(corpus, "tech/vell", 1, "Prime Minister Tomas Vell visited the laboratory.")
        try Self.write(corpus, "sport/vell", 1, "The final was watched by Tomas Vell.")
        let index = try corpus.indexed(analysis: analysis)
        let people = try index.entities(type: .person)
        // The lesser-known shows its section, and each answers to its own displayed name.
        #expect(people.filter { $0.name.hasPrefix("Aled Morgan") }.map { "\($0.name)/\($0.articles)" }.sorted()
            == ["Aled Morgan (politics)/3", "Aled Morgan/6"])
        #expect(people.filter { $0.name == "Tomas Vell" }.map(\.articles) == [6])
        #expect(try index.lookupEntity("Aled Morgan").entities.map(\.articles) == [6])
        #expect(try index.lookupEntity("Aled Morgan (politics)").entities.map(\.articles) == [3])
        // Without the minister's role the politics stories are the captain's again.
        for n in 0..<2 { try corpus.write("politics/minister-\(n).txt", "Story \(n)\n\nAled Morgan opened the flats.") }
        try index.refresh()
        #expect(try index.entities(type: .person).filter { $0.name.hasPrefix("Aled Morgan") }.map { "\($0.name)/\($0.articles)" } == ["Aled Morgan/9"])
        #expect(try index.lookupEntity("Aled Morgan (politics)").entities.isEmpty)
    }

    /// A page opened on one namesake (its mentions, its entity page) still finds the person when
    /// a refresh joins that name to the other: the reader keeps the id it opened the page with.
    @Test func anEntityIDStillFindsItsPersonAfterTheNameJoinsAnother() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Aled Morgan", type: .person, shortForms: ["Morgan"]),
        ]), identifier: "namesakes-joined")
        try Self.write(corpus, "sport/captain", 5, "Merrowick captain Aled Morgan scored twice.")
        try Self.write(corpus, "world/minister", 2, "Housing Minister Aled Morgan opened the flats.")
        let index = try corpus.indexed(analysis: analysis)
        // (The minister's name row is the newer: sections are read in path order.)
        let minister = try #require(try index.lookupEntity("Aled Morgan (world)").entities.first)
        #expect(try index.mentions(of: minister.id).count == 2)
        // The minister's stories lose the role: the two rows are one person again.
        for n in 0..<2 { try corpus.write("world/minister-\(n).txt", "Story \(n)\n\nAled Morgan opened the flats.") }
        try index.refresh()
        #expect(try index.lookupEntity("Aled Morgan (world)").entities.isEmpty)
        #expect(try index.entity(id: minister.id).map { "\($0.name)/\($0.articles)" } == "Aled Morgan/7")
        #expect(try index.mentions(of: minister.id, limit: 50).count == 7)
        #expect(try index.entityProfile(id: minister.id)?.entity.articles == 7)
    }

    @Test func aSharedSurnameGoesToTheOneCandidateInItsRole() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Tomas Vell", type: .person, shortForms: ["Vell"]),
            .init(name: "Ida Vell", type: .person, shortForms: ["Vell"]),
        ]), identifier: "surname-by-role")
        try Self.write(corpus, "politics/tomas", 3, "Prime Minister Tomas Vell spoke.")
        try Self.write(corpus, "arts/tomas", 2, "Prime Minister Tomas Vell opened the gallery.")
        try Self.write(corpus, "arts/ida", 3, "The singer Ida Vell sang.")
        // Both are named in the arts pages about as often; "President Vell" is the politician.
        try Self.write(corpus, "arts/bare", 2, "The gallery was praised by President Vell.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try Self.entity(index, "Tomas Vell")?.articles == 7)
        #expect(try Self.entity(index, "Ida Vell")?.articles == 3)
    }

    @Test func theRolesOfAPersonAreTheWordsNextToTheName() {
        func roles(_ text: String, _ name: String) -> Int {
            guard let r = text.range(of: name) else { return -1 }
            let a = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            let person = ArticleEntity(name: name, type: .person, aliases: [name], mentions: [a..<(a + name.unicodeScalars.count)])
            let place = ArticleEntity(name: "Merrowick", type: .place, aliases: ["Merrowick"], mentions: [0..<1])
            let found = PersonRoles.of([place, person], in: text)
            #expect(found.first == 0)
            return found.last ?? -1
        }
        #expect(roles("Housing Minister Aled Morgan spoke.", "Aled Morgan") == PersonRoles.politics)
        #expect(roles("Merrowick captain Aled Morgan scored.", "Aled Morgan") == PersonRoles.sport)
        #expect(roles("But Aled Morgan, a fund manager at Corvid, said no.", "Aled Morgan") == PersonRoles.business)
        #expect(roles("Aled Morgan, the singer, said no.", "Aled Morgan") == PersonRoles.arts)
        #expect(roles("A letter to US President Aled Morgan.", "Aled Morgan") == PersonRoles.politics)
        #expect(roles("A letter to the club president Aled Morgan.", "Aled Morgan") == 0)
        // Roles stop at the sentence and the line, and a word of several walks of life is none.
        #expect(roles("Rovers sacked their coach. Aled Morgan said no.", "Aled Morgan") == 0)
        #expect(roles("Merrowick captain\n\nAled Morgan said no.", "Aled Morgan") == 0)
        #expect(roles("The club's manager Aled Morgan said no.", "Aled Morgan") == 0)
        // Offsets count scalars, and other scripts' letters and marks are read as such.
        #expect(roles("Merrowick’s “captain” — Aled Morgan — said no.", "Aled Morgan") == 0)
        #expect(roles("Merrowick’s captain Aled Morgan said no.", "Aled Morgan") == PersonRoles.sport)
        #expect(roles("Zoë’s captain Aled Morgan said no.", "Aled Morgan") == PersonRoles.sport)
    }

    /// The byte offsets of mention bounds, found eight bytes at a time over long stretches,
    /// are those of counting the text's scalars one by one, in ASCII and other scripts.
    @Test func mentionByteOffsetsMatchCountingScalars() {
        let texts = [
            "Aled Morgan", "A longer line of plain ASCII text, well over eight bytes between bounds.",
            "Zoë Brontë met the Ærø ferry’s captain — “Aled Morgan” — at 9:30 in Malmö; ΣΟΦΙΑ σοφία Москва 東京 🎉 done.",
            "東京東京東京東京東京東京 and then some ASCII words and 🎉🎉🎉🎉🎉🎉🎉🎉 again at the end",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            var byte = [0]
            for s in scalars { byte.append(byte.last! + String(s).utf8.count) }
            for step in [1, 3, 7, 9, 17] {
                let bounds = Array(stride(from: 0, through: scalars.count, by: step))
                let mentions = zip(bounds, bounds.dropFirst()).map { $0..<$1 }
                let person = ArticleEntity(name: "X", type: .person, aliases: ["X"], mentions: mentions)
                var copy = text
                copy.withUTF8 { bytes in
                    let offsets = PersonRoles.ByteOffsets([person], bytes)
                    for b in mentions.flatMap({ [$0.lowerBound, $0.upperBound] }) {
                        #expect(offsets.byte(b) == byte[b], "\(text) step \(step) scalar \(b)")
                    }
                }
            }
        }
    }

    @Test func initialsJoinTheFullNameTheyAbbreviate() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Priya Anand", type: .person, shortForms: []),
            .init(name: "Rohan Anand", type: .person, shortForms: []),
            .init(name: "P. Anand", type: .person, shortForms: []),
            .init(name: "T. Anand", type: .person, shortForms: []),
        ]), identifier: "initials")
        try corpus.write("profile.txt", "Profile\n\nPriya Anand bowled the last over. Rohan Anand kept wicket.")
        try corpus.write("scores.txt", "Scores\n\nBowling: P. Anand 4-21. Fielding: T. Anand two catches.")
        let index = try corpus.indexed(analysis: analysis)
        let priya = try #require(try Self.entity(index, "Priya Anand"))
        #expect(priya.articles == 2)
        #expect(priya.aliases.contains("P. Anand"))
        // No Anand whose given name starts with T: the initials stay their own.
        #expect(try Self.entity(index, "T. Anand")?.name == "T. Anand")
        #expect(try Self.entity(index, "Rohan Anand")?.articles == 1)
    }

    @Test func initialsDoNotJoinSomeoneNeverNamedInTheirSection() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Rosa Kimble", type: .person, shortForms: ["Kimble"]),
            .init(name: "R Kimble", type: .person, shortForms: []),
        ]), identifier: "initials-sections")
        try Self.write(corpus, "politics/minister", 6, "Rosa Kimble opened the school. Kimble praised the teachers.")
        try Self.write(corpus, "music/singer", 2, "The R Kimble album went straight to the top of the chart.")
        let index = try corpus.indexed(analysis: analysis)
        let rosa = try #require(try Self.entity(index, "Rosa Kimble"))
        #expect(rosa.articles == 6, "\(rosa.aliases)")
        #expect(try index.entities(type: .person).map(\.name).sorted() == ["R Kimble", "Rosa Kimble"])
    }

    @Test func namesakesInTwoSportsWhoKeepDifferentCompanyAreTwoPeople() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Dai Prosser", type: .person, shortForms: []),
            .init(name: "Kit Marlow", type: .person, shortForms: []),
            .init(name: "Tarrow Rovers", type: .organization, shortForms: []),
            .init(name: "Ivo Brandt", type: .person, shortForms: []),
            .init(name: "Merrowick RFC", type: .organization, shortForms: []),
            .init(name: "Lena Hart", type: .person, shortForms: []),
            .init(name: "Gullhaven Sports Trust", type: .organization, shortForms: []),
            .init(name: "D Prosser", type: .person, shortForms: []),
            .init(name: "Omar Senna", type: .person, shortForms: []),
        ]), identifier: "two-sports")
        func stories(_ stem: String, _ texts: [String]) throws {
            for (n, text) in texts.enumerated() { try corpus.write("\(stem)-\(n).txt", "Story \(stem) \(n)\n\n\(text)") }
        }
        try stories("sport/football", [
            "Dai Prosser scored twice for Tarrow Rovers and Kit Marlow kept a clean sheet on a wet night.",
            "Tarrow Rovers will offer Dai Prosser a new deal, and the striker says he wants to stay beside Kit Marlow.",
            "A hat-trick from Dai Prosser sent Tarrow Rovers top; Kit Marlow saved a penalty in stoppage time.",
            "Kit Marlow and Dai Prosser were both left out as Tarrow Rovers rested players before the cup tie, the goalkeeper said.",
        ])
        try stories("sport/rugby", [
            "Dai Prosser started at number eight for Merrowick RFC, with Ivo Brandt at fly-half, and the scrum held firm.",
            "Merrowick RFC lost their lineout ball all afternoon, but Dai Prosser and Ivo Brandt kept them in the game.",
            "Ivo Brandt kicked the drop goal that won it for Merrowick RFC after a Dai Prosser break from the scrum.",
        ])
        // A rugby line-up's initials are the rugby player's.
        try stories("sport/line-up", ["Merrowick RFC: Brandt (fly-half), D Prosser (number eight)."])
        // A trust's chair in stories on both games, in the same company: one person.
        try stories("sport/trust-football", [
            "Lena Hart of the Gullhaven Sports Trust handed the striker his award at the dinner.",
            "The Gullhaven Sports Trust will pay for a new pitch, Lena Hart said, after a goalless season.",
            "Lena Hart thanked the Gullhaven Sports Trust's donors as the club won the FA Cup.",
        ])
        try stories("sport/trust-rugby", [
            "Lena Hart of the Gullhaven Sports Trust praised the scrum-half and the fly-half.",
            "A Six Nations ticket draw by the Gullhaven Sports Trust raised money, Lena Hart said.",
            "The Gullhaven Sports Trust, led by Lena Hart, bought kit for the flankers and the hooker.",
        ])
        // Copies of one text are one story: they say nothing of a second person's company.
        try stories("sport/coach-football", [
            "Omar Senna coached Tarrow Rovers' strikers all week.",
            "Omar Senna watched Kit Marlow in goal as the midfielders trained.",
            "Omar Senna, Tarrow Rovers' coach, praised the offside trap.",
        ])
        try Self.write(corpus, "sport/coach-rugby", 3, "Omar Senna took the Merrowick RFC scrum session with Ivo Brandt.")
        let index = try corpus.indexed(analysis: analysis)
        let footballer = try #require(try Self.entity(index, "Dai Prosser"))
        #expect(footballer.articles == 4, "\(footballer.aliases)")
        let rugby = try #require(try Self.entity(index, "Dai Prosser (rugby)"))
        #expect(rugby.articles == 4, "\(rugby.aliases)")
        #expect(footballer.id != rugby.id)
        #expect(try Self.entity(index, "Lena Hart")?.articles == 6)
        #expect(try Self.entity(index, "Omar Senna")?.articles == 6)
    }

    @Test func theLastPartOfADoubleBarrelledSurnameIsNoShortFormOfIt() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Tess Hale-Morrow", type: .person, shortForms: ["Hale-Morrow"]),
            .init(name: "Morrow", type: .person, shortForms: []),
        ]), identifier: "double-barrelled")
        try Self.write(corpus, "sport/sprint", 5, "Tess Hale-Morrow won the sprint. Hale-Morrow was delighted.")
        try Self.write(corpus, "sport/line-up", 1, "Subs not used: Keel, Morrow, Dunne.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try Self.entity(index, "Tess Hale-Morrow")?.articles == 5)
        #expect(try index.entities(type: .person).map(\.name).sorted() == ["Morrow", "Tess Hale-Morrow"])
    }

    @Test func aStorysSportIsTheOneItsWordsName() {
        #expect(StorySport.of("The striker scored a hat-trick before the red card.") == "football")
        #expect(StorySport.of("He started at number eight, and the scrum held; the fly-half kicked well.") == "rugby")
        #expect(StorySport.of("She won in straight sets, saving two break points in the tie-break.") == "tennis")
        // No sport's words, or two sports' about as often: none.
        #expect(StorySport.of("The minister opened the new school on Monday.") == nil)
        #expect(StorySport.of("The striker and the fly-half met at the dinner.") == nil)
    }

    /// The open-addressed table of word hashes answers as the dictionary it is made from, for
    /// the keys it holds (colliding ones among them) and for others, 0 included.
    @Test func wordHashTableAnswersAsADictionary() {
        var state: UInt64 = 0x1234_5678
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
        var pairs: [UInt64: Int] = [:]
        for i in 0..<150 { pairs[next()] = i }
        // Keys that fall on one slot, and on the slot after it.
        for i in 0..<5 { pairs[UInt64(i) << 40 | 7] = 200 + i }
        pairs[8] = 300
        let table = WordHashTable(pairs)
        for (key, value) in pairs { #expect(table.value(key) == value, "\(key)") }
        for key in [0, 6, 9, UInt64(9) << 40 | 7] + (0..<1000).map({ _ in next() }) where pairs[key] == nil {
            #expect(table.value(key) == nil, "\(key)")
        }
    }

    /// Texts compared by their bytes first are equal exactly when `==` says so, canonically
    /// equivalent spellings (a precomposed "é" and "e" with a combining accent) included.
    @Test func textsComparedByBytesFirstAreEqualAsStringsAre() {
        let texts = ["", "Headline\n\nOne paragraph.", "Headline\n\nOne paragraph!", "Café au lait", "Cafe\u{0301} au lait",
                     "Zoë’s “captain” — Aled", "Zoe\u{0308}’s “captain” — Aled", "東京 🎉", "東京 🎉 "]
        for a in texts {
            for b in texts {
                #expect(FileAnalysis.sameText(a, b) == (a == b), "\(a) / \(b)")
            }
        }
    }

    /// A full name is one with a space between words, as Foundation's `contains(" ")` tells it:
    /// not a no-break space, nor a space that a combining mark makes part of another character.
    @Test func aFullNameHasASpaceOfItsOwn() {
        let names = ["Tess Hale-Morrow", "Morrow", "Zoë Brontë", "Ana\u{00A0}Lund", "Ana \u{0301}Lund", "\u{0301} Lund", "", " "]
        for name in names {
            #expect(FileAnalysis.isFullName(name) == name.contains(" "), "\(name.unicodeScalars.map(\.value))")
        }
        #expect(FileAnalysis.isFullName("Tess Hale-Morrow") && !FileAnalysis.isFullName("Ana \u{0301}Lund"))
    }

    @Test func aRareMisSpanCannotCaptureACommonName() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Morning Quell", type: .person, shortForms: []),
            .init(name: "Quell", type: .person, shortForms: []),
            .init(name: "Harbour Radio Ellison", type: .organization, shortForms: ["Harbour Radio"]),
            .init(name: "Harbour Radio", type: .organization, shortForms: []),
        ]), identifier: "misspan")
        try corpus.write("dawn.txt", "Dawn\n\nMorning Quell joined Harbour Radio Ellison. Harbour Radio played jazz.")
        try Self.write(corpus, "quell", 5, "Quell sang at the festival, Harbour Radio said.")
        let index = try corpus.indexed(analysis: analysis)
        // (The list extractor also finds "Quell" inside "Morning Quell": six articles.)
        let quell = try #require(try Self.entity(index, "Quell"))
        #expect(quell.name == "Quell")
        #expect(quell.articles == 6)
        #expect(try Self.entity(index, "Morning Quell")?.articles == 1)
        let radio = try #require(try Self.entity(index, "Harbour Radio"))
        #expect(radio.name == "Harbour Radio")
        #expect(try Self.entity(index, "Harbour Radio Ellison")?.name == "Harbour Radio Ellison")
    }

    @Test func wordsGluedOnBeforeAKnownNameDoNotMakeAnotherPerson() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Harbour Mayor Tomas Vell", type: .person, shortForms: []),
            .init(name: "Tomas Vell", type: .person, shortForms: [], when: "opened"),
        ]), identifier: "glued")
        try corpus.write("glued.txt", "Glued\n\nHarbour Mayor Tomas Vell waved.")
        try Self.write(corpus, "vell", 4, "Tomas Vell opened the bridge.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try index.entities(type: .person).map(\.name) == ["Tomas Vell"])
        #expect(try Self.entity(index, "Harbour Mayor Tomas Vell")?.articles == 5)
    }

    @Test func oneTypePerEntityFromAllItsArticles() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Corvid", type: .person, shortForms: [], when: "said"),
            .init(name: "Corvid", type: .organization, shortForms: [], when: "shares"),
        ]), identifier: "types")
        try Self.write(corpus, "said", 2, "Corvid said it would hire staff.")
        try Self.write(corpus, "shares", 5, "Corvid shares rose.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try index.entities().map(\.name) == ["Corvid"])
        let corvid = try #require(try Self.entity(index, "Corvid"))
        #expect(corvid.type == .organization)
        #expect(corvid.articles == 7)
        #expect(try index.search("org:corvid", snippets: false, storiesOnce: false).hits.count == 7)
    }

    @Test func aShortFormMistypedInAFewStoriesJoinsTheFirmItStandsForElsewhere() throws {
        // Two stories take the bare "Halyard" for a place ("talks with Halyard"); one takes it for
        // the firm; six call the firm "Halyard Ferries" and then "Halyard". The bare name is the firm's.
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Halyard Ferries", type: .organization, shortForms: ["Halyard"]),
            .init(name: "Halyard", type: .place, shortForms: [], when: "talks"),
            .init(name: "Halyard", type: .organization, shortForms: [], when: "fares"),
        ]), identifier: "shortform")
        try Self.write(corpus, "full", 6, "Halyard Ferries cut its timetable. Halyard blamed fuel.")
        try Self.write(corpus, "talks", 2, "The union held talks with Halyard on Monday.")
        try Self.write(corpus, "fares", 1, "Halyard raised fares.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try index.entities(type: .place).isEmpty)
        let firm = try #require(try Self.entity(index, "Halyard Ferries"))
        #expect(firm.type == .organization)
        #expect(firm.articles == 9)
    }

    @Test func aBareGivenNameJoinsTheOnePersonCalledByIt() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Rosco Vell", type: .person, shortForms: ["Rosco"]),
            .init(name: "Andy Marsh", type: .person, shortForms: ["Andy"]),
            .init(name: "Andy Quell", type: .person, shortForms: ["Andy"]),
        ]), identifier: "given")
        try Self.write(corpus, "full", 3, "Rosco Vell sang in Merrowick. Rosco was cheered.")
        try Self.write(corpus, "bare", 2, "Rosco is back at number one.")
        try Self.write(corpus, "marsh", 3, "Andy Marsh scored twice. Andy was pleased.")
        try Self.write(corpus, "quell", 3, "Andy Quell won the race. Andy was tired.")
        try Self.write(corpus, "andy", 2, "Andy said nothing.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try Self.entity(index, "Rosco")?.name == "Rosco Vell")
        #expect(try Self.entity(index, "Rosco Vell")?.articles == 5)
        // Two people answer to "Andy": the bare name joins neither.
        #expect(try Self.entity(index, "Andy Marsh")?.articles == 3)
        #expect(try Self.entity(index, "Andy Quell")?.articles == 3)
    }

    @Test func aWorkNamedLikeAPersonIsAWorkWhenMostArticlesSaySo() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Nora Quill", type: .person, shortForms: [], when: "leads"),
            .init(name: "Nora Quill", type: .other, shortForms: [], when: "film"),
        ]), identifier: "works")
        try Self.write(corpus, "leads", 2, "Nora Quill leads the nominations.")
        try Self.write(corpus, "film", 3, "The film Nora Quill won a prize.")
        let index = try corpus.indexed(analysis: analysis)
        let quill = try #require(try Self.entity(index, "Nora Quill"))
        #expect(quill.type == .other)
        #expect(quill.articles == 5)
    }

    @Test func strongCuesInAFewArticlesOutvoteManyPlainPersonReadings() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Edwin Marsh", type: .person, shortForms: [], when: "hall"),
            .init(name: "Edwin Marsh", type: .organization, shortForms: [], when: "group", strongCues: EntityTypes(.organization)),
            // An article that read the name as a person's though its words said "band".
            .init(name: "Edwin Marsh", type: .person, shortForms: [], when: "fans", strongCues: EntityTypes(.organization)),
        ]), identifier: "strong")
        try Self.write(corpus, "hall", 8, "Edwin Marsh played to a full hall in Merrowick.")
        try Self.write(corpus, "group", 1, "The band Edwin Marsh won best group.")
        try Self.write(corpus, "fans", 2, "Fans of the band Edwin Marsh queued all night.")
        let index = try corpus.indexed(analysis: analysis)
        let marsh = try #require(try Self.entity(index, "Edwin Marsh"))
        #expect(marsh.type == .organization)
        #expect(marsh.articles == 11)
        // The cues go with their articles: without them the plain readings win again.
        for n in 0..<2 { try corpus.remove("fans-\(n).txt") }
        try index.refresh()
        #expect(try Self.entity(index, "Edwin Marsh")?.type == .person)
    }

    @Test func aStrongCueInOneArticleOnlyIsNoVerdict() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Ada Ode", type: .person, shortForms: [], when: "wrote"),
            // "The Ada Ode adaptation" is of her novel: a strong cue for a work, seen once.
            .init(name: "Ada Ode", type: .other, shortForms: [], when: "adaptation", strongCues: EntityTypes(.other)),
        ]), identifier: "once")
        try Self.write(corpus, "wrote", 3, "Ada Ode wrote a new novel set in Merrowick.")
        try Self.write(corpus, "adaptation", 1, "The Ada Ode adaptation opens on Friday.")
        let index = try corpus.indexed(analysis: analysis)
        let ode = try #require(try Self.entity(index, "Ada Ode"))
        #expect(ode.type == .person)
        #expect(ode.articles == 4)
    }

    @Test func aRareSlipOfTheGivenNameJoinsTheCommonSpelling() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Malcolm Quell", type: .person, shortForms: []),
            .init(name: "Malcom Quell", type: .person, shortForms: []),
            .init(name: "Martin Vell", type: .person, shortForms: []),
            .init(name: "Martyn Vell", type: .person, shortForms: []),
        ]), identifier: "slips")
        try Self.write(corpus, "malcolm", 6, "Malcolm Quell bought the club.")
        try Self.write(corpus, "malcom", 1, "Malcom Quell raised his offer.")
        // Two names as common as each other are two people, however close their spelling.
        try Self.write(corpus, "martin", 2, "Martin Vell scored.")
        try Self.write(corpus, "martyn", 2, "Martyn Vell was sent off.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try Self.entity(index, "Malcom Quell")?.name == "Malcolm Quell")
        #expect(try Self.entity(index, "Malcolm Quell")?.articles == 7)
        #expect(try Self.entity(index, "Martin Vell")?.articles == 2)
        #expect(try Self.entity(index, "Martyn Vell")?.articles == 2)
    }

    @Test func aSlipIsOneEditBetweenLongEnoughNames() {
        #expect(GivenNames.isSlip("malcom", "malcolm"))
        #expect(GivenNames.isSlip("mikhail", "mihkail"))
        #expect(GivenNames.isSlip("costas", "kostas"))
        #expect(GivenNames.isSlip("matthew", "mathew"))
        #expect(!GivenNames.isSlip("marion", "mariana"))
        #expect(!GivenNames.isSlip("dan", "don"))
        #expect(!GivenNames.isSlip("malcolm", "malcolm"))
    }

    @Test func aSurnameTakenForATeamJoinsThePersonItsOwnStoryNames() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Lena Hewitt", type: .person, shortForms: []),
            .init(name: "Ivo Hewitt", type: .person, shortForms: []),
            .init(name: "Hewitt", type: .organization, shortForms: [], when: "against"),
            .init(name: "Rosa Quell", type: .person, shortForms: []),
            .init(name: "Tim Quell", type: .person, shortForms: []),
            .init(name: "Quell", type: .organization, shortForms: [], when: "against"),
        ]), identifier: "beside")
        // Across the corpus two people share each surname, too evenly for a bare one to choose.
        try Self.write(corpus, "lena", 4, "Lena Hewitt won the final in Merrowick.")
        try Self.write(corpus, "ivo", 2, "Ivo Hewitt lost the vote in Merrowick.")
        try Self.write(corpus, "rosa", 3, "Rosa Quell won the race.")
        try Self.write(corpus, "tim", 3, "Tim Quell won the vote.")
        // Its own story names one of them: that is who it is.
        try corpus.write("semi.txt", "Semi\n\nLena Hewitt lost the first set. Her rival said she played against Hewitt all day.")
        // A story naming both leaves it alone.
        try corpus.write("both.txt", "Both\n\nRosa Quell and Tim Quell met. The crowd was against Quell all day.")
        let index = try corpus.indexed(analysis: analysis)
        let names = try index.entities().map(\.name)
        #expect(!names.contains("Hewitt"), "\(names)")
        #expect(try Self.entity(index, "Lena Hewitt")?.mentions == 7)
        #expect(try Self.entity(index, "Ivo Hewitt")?.articles == 2)
        #expect(try Self.entity(index, "Rosa Quell")?.articles == 4)
        #expect(try Self.entity(index, "Tim Quell")?.articles == 4)
        #expect(try index.entities().contains { $0.name == "Quell" && $0.type == .organization })
    }

    @Test func otherNamesOfACountryAreOnePlace() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "UK", type: .place, shortForms: []),
            .init(name: "Britain", type: .place, shortForms: []),
        ]), identifier: "equivalents")
        try Self.write(corpus, "uk", 3, "Exports from the UK rose.")
        try Self.write(corpus, "britain", 2, "Britain exported more cheese.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try index.entities().map(\.name) == ["United Kingdom"])
        #expect(try Self.entity(index, "Britain")?.articles == 5)
        #expect(try Self.entity(index, "uk")?.name == "United Kingdom")
    }

    @Test func theFormsOfAPartyNameAreOneParty() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Tories", type: .organization, shortForms: []),
            .init(name: "Conservatives", type: .organization, shortForms: []),
            .init(name: "Conservative Party", type: .organization, shortForms: []),
            // The adjective, which a tagger may call unclassified, is the party too.
            .init(name: "Tory", type: .other, shortForms: []),
            .init(name: "Lib Dems", type: .organization, shortForms: []),
            .init(name: "Liberal Democrats", type: .organization, shortForms: []),
        ]), identifier: "parties")
        try Self.write(corpus, "tories", 4, "The Tories chose a candidate for Merrowick.")
        try Self.write(corpus, "conservatives", 2, "The Conservatives held Merrowick.")
        try Self.write(corpus, "party", 1, "The Conservative Party met in Merrowick.")
        try Self.write(corpus, "tory", 2, "A Tory councillor spoke in Merrowick.")
        try Self.write(corpus, "libdems", 3, "The Lib Dems gained Tarrow.")
        try Self.write(corpus, "liberals", 1, "The Liberal Democrats lost Gullhaven.")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try index.entities().map(\.name).sorted() == ["Conservative Party", "Liberal Democrats"])
        let tories = try #require(try Self.entity(index, "Tories"))
        #expect(tories.name == "Conservative Party")
        #expect(tories.type == .organization)
        #expect(tories.articles == 9)
        #expect(try Self.entity(index, "Lib Dems")?.articles == 4)
    }

    @Test func theHousesOfParliamentAnswerToTheirLastWord() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Lords", type: .place, shortForms: [], when: "debated"),
            .init(name: "House of Lords", type: .organization, shortForms: []),
        ]), identifier: "houses")
        try Self.write(corpus, "lords", 2, "The Merrowick bill was debated in the Lords.")
        try Self.write(corpus, "house", 3, "The House of Lords passed the Merrowick bill.")
        let index = try corpus.indexed(analysis: analysis)
        let lords = try #require(try Self.entity(index, "Lords"))
        #expect(lords.name == "House of Lords")
        #expect(lords.type == .organization)
        #expect(lords.articles == 5)
    }

    @Test func theDisplayIsTheMostUsedFullForm() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Harland Rail Authority", type: .organization, shortForms: ["HRA"]),
            .init(name: "HRA", type: .organization, shortForms: [], when: "fares"),
            .init(name: "Greyfinch", type: .organization, shortForms: [], when: "sailors"),
            .init(name: "Greyfinch Group", type: .organization, shortForms: ["Greyfinch"]),
        ]), identifier: "display")
        try corpus.write("founding.txt", "Founding\n\nThe Harland Rail Authority (HRA) was set up.")
        try Self.write(corpus, "hra", 4, "The HRA cut fares.")
        try corpus.write("ships.txt", "Ships\n\nGreyfinch Group bought a ferry. Greyfinch paid cash.")
        try Self.write(corpus, "greyfinch", 3, "Greyfinch hired sailors.")
        let index = try corpus.indexed(analysis: analysis)
        // The acronym the text defined joins the full name; the form most articles use shows it.
        let hra = try #require(try Self.entity(index, "Harland Rail Authority"))
        #expect(hra.name == "HRA")
        #expect(hra.articles == 5)
        // A company's name with its legal form is the same company, whichever is more used.
        let greyfinch = try #require(try Self.entity(index, "Greyfinch Group"))
        #expect(greyfinch.name == "Greyfinch")
        #expect(greyfinch.articles == 4)
    }

    @Test func everyDisplayedNameFindsItsEntity() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Tomas Vell", type: .person, shortForms: ["Vell"]),
            .init(name: "Merrowick", type: .place, shortForms: [], when: "city"),
            .init(name: "Merrowick", type: .organization, shortForms: [], when: "club"),
            .init(name: "Harbour Radio", type: .organization, shortForms: []),
        ]), identifier: "lookups")
        try Self.write(corpus, "vell", 3, "Tomas Vell spoke to Harbour Radio. Vell left.")
        try Self.write(corpus, "news/city", 4, "The city of Merrowick grew.")
        try Self.write(corpus, "sport/club", 4, "The club Merrowick won.")
        let index = try corpus.indexed(analysis: analysis)
        // The club in sport and the city in the news are two things of one name: both listed.
        guard case .ambiguous(let both) = try index.lookupEntity("Merrowick") else {
            Issue.record("expected the city and the club")
            return
        }
        #expect(Set(both.map(\.type)) == [.place, .organization])
        for entity in try index.entities() {
            switch try index.lookupEntity(entity.name) {
            case .found(let found): #expect(found == entity, "\(entity.name)")
            case .ambiguous(let candidates): #expect(candidates.contains(entity), "\(entity.name)")
            case .none: Issue.record("\(entity.name) not found by its own name")
            }
        }
    }

    @Test func aRefreshLinksAsAFreshBuildWould() throws {
        let rules: [ListExtractor.Rule] = [
            .init(name: "Tomas Vell", type: .person, shortForms: ["Vell"]),
            .init(name: "Ida Vell", type: .person, shortForms: ["Vell"]),
            .init(name: "T. Vell", type: .person, shortForms: []),
            .init(name: "Corvid", type: .person, shortForms: [], when: "said"),
            .init(name: "Corvid", type: .organization, shortForms: [], when: "shares"),
            .init(name: "Harland Rail Authority", type: .organization, shortForms: ["HRA"]),
            .init(name: "HRA", type: .organization, shortForms: [], when: "fares"),
        ]
        let analysis = Analysis(extractor: ListExtractor(rules: rules), identifier: "refresh")
        func summary(_ index: NewsIndex) throws -> [String] {
            try index.entities().map { "\($0.name)/\($0.type.rawValue)/\($0.articles)/\($0.mentions)/\($0.isAmbiguous)" }.sorted()
        }
        let steps: [[(String, String)]] = [
            [("a.txt", "A\n\nVell spoke. Corvid said no."), ("b.txt", "B\n\nThe HRA cut fares.")],
            [("c.txt", "C\n\nTomas Vell spoke. Corvid shares fell."), ("d.txt", "D\n\nT. Vell 4-20.")],
            [("e.txt", "E\n\nIda Vell sang."), ("f.txt", "F\n\nThe Harland Rail Authority (HRA) met."), ("g.txt", "G\n\nCorvid shares rose.")],
        ]
        let growing = try TempCorpus()
        let index = try growing.indexed(analysis: analysis)
        for step in steps {
            for (path, text) in step { try growing.write(path, text) }
            try index.refresh()
        }
        try growing.remove("c.txt")
        try index.refresh()
        let fresh = try TempCorpus()
        for (path, text) in steps.joined() where path != "c.txt" { try fresh.write(path, text) }
        #expect(try summary(index) == summary(try fresh.indexed(analysis: analysis)))
        #expect(try summary(index).contains { $0.hasPrefix("Corvid/organization/2/") })
    }
}
