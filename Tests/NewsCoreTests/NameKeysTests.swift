import Testing

@testable import NewsCore

/// `TaggerEntityExtractor.NameKeys`, the alias keys `addRepeatedNames` collects, answers as
/// the `Set<String>` of surnames and the `Dictionary<String, EntityType>` of one-word names it
/// stands in for, for keys equal as `String`s but not in their scalars too.
@Suite struct NameKeysTests {
    @Test func answersAsASetAndADictionaryByString() {
        var keys = TaggerEntityExtractor.NameKeys(capacity: 1)
        #expect(!keys.hasSurnames && !keys.hasOneWordNames)
        keys.addSurname("whitlock")
        keys.addSurname("lindqvist")
        keys.addOneWordName("harbour alliance", .organization, acronym: false)
        keys.addOneWordName("uhw", .organization, acronym: true)
        keys.addOneWordName("merrowick", .place, acronym: false)
        // The first type given a key stays.
        keys.addOneWordName("merrowick", .person, acronym: false)
        // A precomposed "é" and "e" with a combining accent are one key, as `String` has them.
        keys.addSurname("ren\u{E9}")
        #expect(keys.hasSurnames && keys.hasOneWordNames)
        #expect(keys.isSurname("whitlock"))
        #expect(keys.isSurname("rene\u{301}"))
        #expect(!keys.isSurname("merrowick"))
        #expect(!keys.isSurname("okafor"))
        #expect(keys.oneWordType("merrowick") == .place)
        #expect(keys.oneWordType("uhw") == .organization)
        #expect(keys.oneWordType("whitlock") == nil)
        #expect(keys.oneWordType("saltings") == nil)
        #expect(keys.isAcronym("uhw"))
        #expect(!keys.isAcronym("merrowick"))
        #expect(!keys.isAcronym("saltings"))
    }

    @Test func onlySurnamesOrOnlyOneWordNames() {
        var surnames = TaggerEntityExtractor.NameKeys(capacity: 0)
        surnames.addSurname("hale")
        #expect(surnames.hasSurnames && !surnames.hasOneWordNames)
        var names = TaggerEntityExtractor.NameKeys(capacity: 0)
        names.addOneWordName("greyfinch", .organization, acronym: false)
        #expect(!names.hasSurnames && names.hasOneWordNames)
        #expect(!names.isSurname("greyfinch"))
    }
}
