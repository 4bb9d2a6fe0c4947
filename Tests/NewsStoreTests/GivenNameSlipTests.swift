import Testing
@testable import NewsStore

/// `GivenNames.isSlip` compares ASCII names by their bytes: it answers as the comparison of
/// Characters does, for ASCII names and others. The names are made up for this test.
@Suite struct GivenNameSlipTests {
    @Test func bytesAnswerAsCharactersDo() {
        let names = ["tomasz", "tomas", "tomass", "tomsa", "otmas", "tomaz", "idabel", "idabell", "iadbel", "idabe",
                     "zoëlle", "zoelle", "zoëlla", "josé", "josée", "jośe\u{301}e", "tomas\r\n", "tomas\r", "tomas\n",
                     "malcolm", "malcom", "mikhail", "mihkail", "ada", "", "ωmegan", "ωmegam"]
        for a in names {
            for b in names {
                #expect(GivenNames.isSlip(Substring(a), Substring(b)) == GivenNames.isSlip(Array(a), Array(b)), "\(a) \(b)")
            }
        }
        #expect(GivenNames.isSlip("malcom", "malcolm"))
        #expect(GivenNames.isSlip("mihkail", "mikhail"))
    }
}
