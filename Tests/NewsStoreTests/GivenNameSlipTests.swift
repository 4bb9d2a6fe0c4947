import Testing
@testable import NewsStore

/// `GivenNames.isSlip` compares ASCII names by their bytes: it answers as the comparison of
/// Characters does, for ASCII names and others. The names are made up for this test.
@Suite struct GivenNameSlipTests {
    /// The comparison of Characters, as `isSlip` made it for every name.
    private func bySlipOfCharacters(_ a: Substring, _ b: Substring) -> Bool {
        let x = Array(a), y = Array(b)
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1, x != y else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        return short[i...] == long[(i + 1)...]
    }

    @Test func bytesAnswerAsCharactersDo() {
        let names = ["tomasz", "tomas", "tomass", "tomsa", "otmas", "tomaz", "idabel", "idabell", "iadbel", "idabe",
                     "zoëlle", "zoelle", "zoëlla", "josé", "josée", "jośe\u{301}e", "tomas\r\n", "tomas\r", "tomas\n",
                     "malcolm", "malcom", "mikhail", "mihkail", "ada", "", "ωmegan", "ωmegam"]
        for a in names {
            for b in names {
                #expect(GivenNames.isSlip(Substring(a), Substring(b)) == bySlipOfCharacters(Substring(a), Substring(b)), "\(a) \(b)")
            }
        }
        #expect(GivenNames.isSlip("malcom", "malcolm"))
        #expect(GivenNames.isSlip("mihkail", "mikhail"))
    }
}
