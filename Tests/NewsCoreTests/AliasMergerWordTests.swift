import Testing
@testable import NewsCore

/// The merger's byte-level word counts, word ids and acronym letters answer as the `String`
/// operations they stand for, on plain ASCII and on any other text.
struct AliasMergerWordTests {
    static let keys = [
        "", " ", "merrow", "merrow harbour trust", "merrow  harbour", " merrow ", "a\r\nb c", "tamsin\rrowe", "ana maría ruiz",
        "jos\u{E9} ruiz", "jose\u{301} ruiz", "a \u{301}b", "\u{1F600} x", "x\u{A0}y z", "of for of", "united states",
    ]

    @Test(arguments: keys)
    func wordCountMatchesTheWords(key: String) {
        #expect(EntityNames.wordCount(ofKey: key) == EntityNames.words(ofKey: key).count, "\(Array(key.unicodeScalars))")
    }

    @Test(arguments: keys + [
        "european union", "ministry of defence", "the and of", "of the", "bank of england plc", "a b", "a\r\nb c", "caf\u{E9} de la paix",
        "\u{E9}cole normale", "e\u{301}cole normale", "x  y", "& co ltd", "banque de la r\u{E9}publique", "le monde diplomatique",
        "bank in the north", "of the", "the in on",
    ])
    func acronymFromTheKeyMatchesTheWords(key: String) {
        #expect(EntityNames.acronymKey(ofKey: key) == EntityNames.acronymKey(words: EntityNames.words(ofKey: key)), "\(Array(key.unicodeScalars))")
    }

    @Test func wordListAskedByBytesAnswersAsByString() {
        let lists: [WordList] = [SmallWords.acronymSkips, ["of", "the", "caf\u{E9}"], ["\u{212A}elvin", "of"], FunctionWords.closedClass]
        let words = ["of", "the", "The", "OF", "and", "&", "de", "in", "merrow", "", "caf", "kelvin", "ofs", "o", "harbour"]
        for list in lists {
            for word in words {
                let answer = word.utf8.withContiguousStorageIfAvailable { list.contains(ascii: $0) } ?? nil
                if let answer { #expect(answer == list.contains(word), "\(word)") }
            }
        }
    }

    @Test func keyWordPrefixesMatchTheWords() {
        let keys = Self.keys + ["merrow", "merrow harbour", "merrow harbourside", "merrowick", "harbour trust", "merrow harbour trust ltd", "jos\u{E9}"]
        for full in keys {
            for short in keys {
                let words = EntityNames.words(ofKey: full).starts(with: EntityNames.words(ofKey: short))
                if let fast = EntityNames.keyWordsStart(full, with: short) {
                    #expect(fast == words, "\(Array(full.unicodeScalars)) / \(Array(short.unicodeScalars))")
                } else {
                    #expect(full.utf8.contains { $0 >= 0x80 } || short.utf8.contains { $0 >= 0x80 }, "declined plain ASCII")
                }
            }
        }
    }

    @Test func wordIdsMatchTheWordsInterned() {
        var fast = WordIds()
        var general = WordIds()
        var fastIds: [Int] = []
        var generalIds: [Int] = []
        // Twice over, so that words met again get their first ids.
        for key in Self.keys + Self.keys.reversed() {
            AliasMerger.appendWordIds(ofKey: key, to: &fastIds, &fast)
            for word in EntityNames.words(ofKey: key) { generalIds.append(general.id(String(word))) }
            #expect(fastIds == generalIds, "\(Array(key.unicodeScalars))")
        }
        #expect(fast.count == general.count)
    }

    /// `isMixedCaseAcronym` as it was written on `Character`s alone.
    static func generalMixedCaseAcronym(_ short: String, of full: String) -> Bool {
        let letters = short.filter { $0 != "." }
        guard letters.count >= 2, letters.count <= 8, letters.allSatisfy(\.isLetter), letters.first!.isUppercase,
            letters.contains(where: \.isLowercase), letters.filter(\.isUppercase).count >= 2
        else { return false }
        let words = EntityNames.aliasKey(full).splitAtSpaces()
        guard words.count == letters.count else { return false }
        return zip(letters, words).allSatisfy { l, w in w.first.map { String($0) == l.lowercased() } ?? false }
    }

    @Test func mixedCaseAcronymsMatchTheCharacterChecks() {
        let shorts = [
            "MoD", "M.o.D.", "MoD.", "DfT", "FoI", "Mod", "MOD", "mOD", "McCain", "MoDDDDDDD", "MoD\r", "Mo\u{301}D", "M\u{F6}D", "MöD", "MtB", "M-D",
        ]
        let fulls = [
            "Ministry of Defence", "Department for Transport", "Freedom of Information", "Ministry Of Defence", "ministry of defence",
            "Ministry of D\u{E9}fense", "Ministry of \u{C9}ducation", "Ministry of E\u{301}ducation", "Mount Tabor", "Mount T\u{E9}bor",
            "Mary Ann Ciara Ann Ives Nell", "Ministry", "Ministry of Defence Jobs", "The Ministry of Defence",
        ]
        var names = NameFacts()
        for short in shorts {
            for full in fulls {
                let expected = Self.generalMixedCaseAcronym(short, of: full)
                #expect(AliasMerger.isMixedCaseAcronym(short, of: full) == expected, "\(short) / \(full)")
                // The merger's way in, with the key words cached by id.
                names = NameFacts()
                let id = names.id(full)
                #expect(AliasMerger.isMixedCaseAcronym(short, keyWords: { names.keyWords(id, type: .person) }) == expected, "\(short) / \(full)")
            }
        }
        #expect(AliasMerger.isMixedCaseAcronym("MoD", of: "Ministry of Defence"))
    }

    @Test func personPartsMatchThePersonName() {
        let names = NameFacts()
        for name in [
            "Rowe", "Mr", "Jr", "Rowe's", "O'Neill", "van", "Tamsin Rowe", "Mr Rowe", "Ludwig van Beethoven", "R\u{F6}we", "Ro\u{301}we", "Rowe\r",
            "Rowe\n", "Rowe\tJones", "Smith-Jones", "U.S.", "", " ", "Dr. Tamsin Rowe Jr",
        ] {
            let p = PersonName(name)
            let parts = names.person(names.id(name))
            #expect(parts.surnameKey == p.surnameKey, "\(Array(name.unicodeScalars))")
            #expect(parts.lastWordKey == p.lastWordKey, "\(Array(name.unicodeScalars))")
            #expect(parts.firstGivenKey == p.given.first.map { EntityNames.aliasKey($0) }, "\(Array(name.unicodeScalars))")
            if NameFacts.isOneWord(name) { #expect(p.given.isEmpty && p.surname == name, "\(Array(name.unicodeScalars))") }
        }
    }

    @Test func personWordsMatchTheSplit() {
        for name in ["Tamsin Rowe", "Dr  Tamsin\nRowe ", " ", "", "Rowe", "a\r\nb c", "Jos\u{E9} Ruiz", "a \u{301}b", "Rowe\tJones Jr"] {
            #expect(PersonName.words(of: name) == name.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init), "\(Array(name.unicodeScalars))")
        }
    }

    @Test func spacesFoundOnceMatchTheSearch() {
        let names = NameFacts()
        for name in ["Rowe", "Tamsin Rowe", "a \u{301}b", "", " ", "Jos\u{E9} Ruiz", "Rowe\tJones"] {
            let id = names.id(name)
            #expect(names.hasSpace(id) == EntityNames.containsSpace(name), "\(Array(name.unicodeScalars))")
            #expect(names.hasSpace(id) == EntityNames.containsSpace(name), "\(Array(name.unicodeScalars))")
        }
    }

    @Test func keyWordCountsMatchTheKeyWords() {
        let names = NameFacts()
        for name in ["Merrow Harbour Trust", "US", "U.S.", "United States of America", "Jos\u{E9} Ruiz", "Tamsin", "", "The Merrow Trust"] {
            let id = names.id(name)
            for type in [EntityType.person, .organization, .place, .other] {
                #expect(names.keyWordCount(id, type: type) == names.keyWords(id, type: type).count, "\(name) \(type)")
            }
        }
    }
}
