import NewsCore
import Testing

/// Headlines written in title case capitalise every quoted word, so capitals there are no sign of
/// a title or a nickname: the headline's own cue, or the body quoting the words again, decides.
/// Every passage is the team's own, with invented people and places.
@Suite struct TitleCasedHeadlineTests {
    func quotations(_ text: String) -> [Quote] {
        QuoteFinder.quotes(in: text).filter(\.kind.isQuotation)
    }

    static let body = "Ada Quill, the mayor of Kestrel Bay, spoke to islanders on Monday about the ferry timetable."

    /// `Quill: Ferry Firm Asking Islanders To Wait Is 'A Disgrace'`: a name and a colon lead the
    /// whole headline; a participle inside it is part of what she said, not a speaker of its own.
    @Test func aNamedLeadOutranksAParticipleInTheHeadline() {
        let text = "Quill: Ferry Firm Asking Islanders To Wait ‘Shows No Respect’\n\n" + Self.body
        let found = quotations(text)
        #expect(found.count == 1)
        #expect(found.first?.speakerEntity == "Ada Quill")
    }

    /// `Quill Calls Ferry Firm 'A Disgrace' Over …`: two capitalised words between capitalised
    /// words look like a nickname, but the headline's cue gives them to Quill.
    @Test func aCuedHeadlineQuoteIsTheSpeakers() {
        let text = "Quill Calls Ferry Firm ‘A Disgrace’ Over Late Boats\n\n" + Self.body
        let found = quotations(text)
        #expect(found.count == 1)
        #expect(found.first?.speakerEntity == "Ada Quill")
    }

    /// `Quill: Ferry Firm Is 'A Disgrace' …`: the name and colon that open the headline speak.
    @Test func aNamedHeadlineQuoteIsTheSpeakers() {
        let text = "Quill: Ferry Firm Is ‘A Disgrace’ Over Late Boats\n\n" + Self.body
        #expect(quotations(text).map(\.speakerEntity) == ["Ada Quill"])
    }

    /// With no cue in the headline and a noun after the marks, title-case words stay a term.
    @Test func anUncuedHeadlineQuoteStaysATerm() {
        let text = "Ferry Firm Unveils Its 'Island Hopper' Service For The Summer\n\nThe ferry company said on Monday that a new boat would sail from June."
        #expect(quotations(text).isEmpty)
        #expect(QuoteFinder.quotes(in: text).map(\.kind) == [.term])
    }

    /// An owner's name before the marks still names a work in a title-cased headline, and a
    /// sentence-case headline keeps every title test.
    @Test func anOwnedTitleStaysATerm() {
        #expect(quotations("Ava Quill’s ‘Night Ferry’ Opens At The Harbour Theatre\n\n" + Self.body).isEmpty)
        #expect(quotations("Quill: ferry firm's 'Island Hopper' is late again\n\n" + Self.body).isEmpty)
    }

    /// `It's 'In Their Heads'`: a contraction is no owner, so the words are not taken for a title.
    @Test func aContractionIsNoOwner() {
        #expect(quotations("Quill: Ferry Worries Are Overdone; It’s ‘All In Their Heads’\n\n" + Self.body).count == 1)
        #expect(quotations("Quill: ferry worries are overdone, it’s 'All In Their Heads'\n\n" + Self.body).count == 1)
    }
}
