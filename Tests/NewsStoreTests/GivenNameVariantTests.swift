import Testing
@testable import NewsStore

/// `GivenNames.oneBegins` compares ASCII names by their bytes: it answers as the comparison of
/// Characters does, for ASCII names and others. The names are made up for this test.
@Suite struct GivenNameVariantTests {
    @Test func bytesAnswerAsCharactersDo() {
        let names = ["ada", "adal", "adalyn", "ad", "", "tomas", "tomasz", "tom", "to", "zoë", "zoëlle", "zoe", "zoelle",
                     "jose\u{301}", "josé", "josée", "jos", "tom\r\n", "tom\r", "tom\nas", "ωme", "ωmega", "ωmegan", "idab"]
        for a in names {
            for b in names {
                #expect(GivenNames.oneBegins(Substring(a), Substring(b)) == GivenNames.oneBeginsByCharacters(Substring(a), Substring(b)), "\(a) \(b)")
            }
        }
    }

    @Test func familiarFormsAndPrefixesAreVariants() {
        #expect(GivenNames.areVariants("rafa", "rafael"))
        #expect(GivenNames.areVariants("bill", "william"))
        #expect(GivenNames.areVariants("william", "bill"))
        #expect(GivenNames.areVariants("freddie", "frederick"))
        #expect(!GivenNames.areVariants("frederick", "frederica"))
        #expect(!GivenNames.areVariants("zoëlle", "zoella"))
        #expect(!GivenNames.areVariants("ed", "eddard"))
    }
}
