import Testing

@testable import NewsCore

/// The quote reader's unions of shared lists (`QuoteWordLists`) hold a word exactly when one of
/// their lists does, asked by key as the reader asks: every word of every list, and words of
/// none, ASCII and not.
@Suite struct QuoteWordListsTests {
    static let unions: [(WordList, [WordList])] = [
        (QuoteWordLists.clauseOpeners, [ClauseWords.clauseConjunctions, ClauseWords.subordinators, ClauseWords.sentenceAdverbs]),
        (QuoteWordLists.roleNouns, [PersonNouns.referringNouns, OrganisationWords.nouns]),
        (QuoteWordLists.closedOrPrepositions, [FunctionWords.closedClass, FunctionWords.prepositions]),
        (QuoteWordLists.closedPrepositionsOrInterveners, [FunctionWords.closedClass, FunctionWords.prepositions, ClauseWords.interveners]),
        (QuoteWordLists.personNouns, [PersonNouns.referringNouns, OrganisationWords.spokesWords]),
        (QuoteWordLists.beOrHaveForms, [ClauseWords.beForms, ClauseWords.haveForms]),
        (QuoteWordLists.notModifiedByLemma, [FunctionWords.determiners, FunctionWords.closedClass, FunctionWords.prepositions, ClauseWords.interveners]),
        (QuoteWordLists.beforeVerbLemma, [ClauseWords.haveForms, ClauseWords.interveners, ClauseWords.beForms, FunctionWords.closedClass, FunctionWords.determiners]),
        (QuoteWordLists.nameFinderWords, [PersonTitles.speakerTitles, FunctionWords.sentenceOpeners, CalendarWords.weekdays, CalendarWords.monthForms]),
        (QuoteWordLists.nameWordStops, [
            FunctionWords.sentenceOpeners, ClauseWords.sentenceAdverbs, ClauseWords.nonNameOpeners, CalendarWords.weekdays, CalendarWords.monthForms,
        ]),
    ]

    static let others = ["Ode", "said", "The", "SPOKESMAN", "café", "señora", "naïve", "don't", "it’s", "ilo-ode", "28-year-old", "", "x"]

    @Test func aUnionHoldsWhatItsListsHold() {
        for (n, (union, lists)) in Self.unions.enumerated() {
            let words = lists.flatMap(\.words) + Self.others + lists.flatMap(\.capitalised)
            for word in words {
                let key = WordKey(word)
                #expect(union.contains(key) == lists.contains { $0.contains(key) }, "union \(n): \(word)")
            }
        }
    }
}
