import NewsCore
import Testing

/// Clauses with a speaker of their own inside a longer sentence: an absolute clause opened by
/// `with`, and a relative clause opened by `who`. A cue outside them does not report their words.
/// Every passage is the team's own, about the invented city of Merrowick.
@Suite struct ClauseSpeakerTests {
    func quotations(_ text: String) -> [Quote] {
        QuoteFinder.quotes(in: text).filter(\.kind.isQuotation)
    }

    /// `…, with many marchers chanting "…"`: the marchers chant, not the sentence's subject.
    @Test func anAbsoluteClauseNamesItsOwnSpeaker() {
        let text = "The flood was not far from the thoughts of the crowd, with many marchers and spectators chanting \"Merrowick stays dry.\""
        #expect(quotations(text).map(\.speakerText) == ["many marchers and spectators"])
        let named = "The storm prompted a fresh debate over the sea wall, with Councillor Ada Ode telling reporters on Thursday she viewed the mayor as \"directly responsible\" for the delay."
        #expect(quotations(named).map(\.speakerText) == ["Councillor Ada Ode"])
    }

    /// A sentence with no `with` keeps its subject for a participle after a comma.
    @Test func aParticipleAfterACommaKeepsTheSubject() {
        let text = "Ada Ode opened the new ferry terminal on Friday, saying the harbour had \"waited long enough.\""
        #expect(quotations(text).map(\.speakerText) == ["Ada Ode"])
    }

    /// `Ilo praised Ada Ode, who has vowed to "…"`: the words are Ode's, by way of `who`.
    @Test func aRelativeClauseSpeaksForTheOneItDescribes() {
        let text = "Later in the broadcast, Tam Ilo praised the harbourmaster Ada Ode, who has publicly vowed never to close the slipway because of its \"importance to every family on the quay.\""
        let found = quotations(text)
        #expect(found.map(\.speakerText) == ["who"])
        #expect(found.first?.speakerEntity == "Ada Ode")
    }

    /// `Ilo, now the harbour master, who in 2010 said "…"`: a year between the relative pronoun
    /// and its cue does not hide the cue's subject.
    @Test func aYearBeforeTheCueKeepsTheRelativeSubject() {
        let text = "The mayor has had a frosty relationship with Tam Ilo, now the harbour master, who in 2010 said the council's goal was to make the mayor a \"one-term mayor.\""
        #expect(quotations(text).map(\.speakerText) == ["who"])
    }

    /// `Then she cut into Ilo, calling him a "…"`: after a sentence adverb, a subject pronoun and
    /// its verb, whatever the verb, name the sentence's speaker.
    @Test func aPronounAfterASentenceAdverbIsTheSubject() {
        let text = "At a meeting in Salem, Ada Ode accused Ilo of being \"very queasy\" on the ferry. Then she cut into Bram, calling him a \"stiff\" in front of the crowd."
        #expect(quotations(text).map(\.speakerText) == ["Ada Ode", "she"])
    }

    /// `Ode told voters who asked …, that "…"`: a restrictive clause leaves the outer cue its speaker.
    @Test func aRestrictiveClauseLeavesTheOuterCue() {
        let text = "Ada Ode tells voters who wonder why she cannot shout like her rival that she \"wasn't brought up that way.\""
        #expect(quotations(text).first?.speakerEntity == "Ada Ode")
    }

    /// `Ode said Ilo, who called it a "…", was wrong`: the relative clause's cue still speaks
    /// for the one it describes, though an outer cue reports the sentence.
    @Test func anOuterCueDoesNotReportARelativeClause() {
        let text = "Ada Ode said that Tam Ilo, who called the ferry timetable \"a fair deal,\" was wrong about the winter sailings."
        #expect(quotations(text).first?.speakerEntity == "Tam Ilo")
    }

    /// `Ilo mocked Ode's claim that the ferry "…"`: words inside the `that` clause of a named
    /// owner's claim are the owner's, though a cue verb opens the sentence.
    @Test func aClaimsThatClauseSpeaksForItsOwner() {
        let text = "Tam Ilo on Monday mocked Councillor Ada Ode's claim that the winter ferry \"pays for itself,\" saying the figures were old."
        #expect(quotations(text).map(\.speakerText) == ["Councillor Ada Ode"])
        let timed = "Tam Ilo dismissed Ada Ode's warning on Friday that the quay would \"crumble within a decade.\""
        #expect(quotations(timed).map(\.speakerText) == ["Ada Ode"])
    }

    /// Guard: the words after the claim's clause (`Ode's claim that … is "…"`) are the outer
    /// speaker's, and so are those of an owner the cue's subject names again (`her claim`).
    @Test func guardWordsAfterAClaimsClauseAreTheOuterSpeakers() {
        let predicate = "Tam Ilo said on Monday that Ada Ode's claim that the ferry is losing money is \"simply wrong.\""
        #expect(quotations(predicate).map(\.speakerText) == ["Tam Ilo"])
        let own = "Ada Ode repeated her claim that the winter ferry \"pays for itself.\""
        #expect(quotations(own).map(\.speakerText) == ["Ada Ode"])
    }

    /// `Ode told the paper that Ilo "…," adding "…"`: a that-clause holding quoted words and no
    /// cue is what Ode said, and the participle after it goes on with Ode.
    @Test func aParticipleAfterAQuotingClauseKeepsTheSubject() {
        let text = "Ada Ode told the Merrowick Courier that Tam Ilo \"never once asked the harbour staff,\" adding, \"He has no idea what the quay needs.\""
        #expect(quotations(text).map(\.speakerText) == ["Ada Ode", "Ada Ode"])
        let coordinated = "She sharpened her attack on Friday, telling reporters that Tam Ilo is a \"bystander\" and asking why he has \"never set foot on the ferry.\""
        #expect(quotations(coordinated).map(\.speakerText) == ["She", "She"])
    }

    /// `It was Ode's rejection of "…"`: with no verb of saying, `it` is a placeholder, and the
    /// person named nearer the quoted words speaks.
    @Test func aPlaceholderItIsNoSpeaker() {
        let text = "The harbour board met on Tuesday. It was Ada Ode's rejection of \"a ferry for the few\" that carried the vote."
        #expect(quotations(text).map(\.speakerText) == ["Ada Ode"])
        // An `it` that acts stands for the organisation, and keeps its words.
        let acting = "The Merrowick Film Institute published its list of the best harbour films. It credited the director's \"steady hand\" with the success of the first film."
        #expect(quotations(acting).map(\.speakerText) == ["It"])
    }

    /// `"…," said Ode, adding that she did not think "…"`: the participle after an inverted
    /// attribution goes on with its speaker, not with the pronoun inside its clause.
    @Test func aParticipleAfterAnInvertedCueKeepsItsSpeaker() {
        let text = "\"You will know it when you see it,\" said Councillor Ada Ode, adding hopefully that she did not think the council \"will get there.\""
        #expect(quotations(text).map(\.speakerText) == ["Councillor Ada Ode", "Councillor Ada Ode"])
    }

    /// `…because "…," including clauses he said …`: a phrase a preposition opens after the
    /// quotation is no attribution of it; the cue before the quotation is.
    @Test func aPrepositionalPhraseAfterAQuotationIsNoAttribution() {
        let text = "Ilo said he voted against the harbour plan because \"it had too much in it,\" including clauses he said would close the slipway."
        #expect(quotations(text).map(\.speakerText) == ["Ilo"])
    }

    /// `after the hearing concluded, Ode stated that "…"`: a cue inside an opening subordinate
    /// clause reports nothing of the main clause, whose own cue keeps the words.
    @Test func aCueInAnOpeningSubordinateClauseReportsNothing() {
        let text = "Later in the evening, after the harbour hearing concluded, Ada Ode stated that the board's report \"was not good enough.\""
        #expect(quotations(text).map(\.speakerText) == ["Ada Ode"])
    }

    /// `under what Ilo called "…," the club charged …`: the name between `what` and the cue names
    /// the speaker, whatever clause follows the quoted words.
    @Test func whatANameCalledIsThatNamesWords() {
        let text = "In 2009, under what Tam Ilo called \"the old ferry model,\" the Merrowick Sailing Club, a private club on the quay, charged visitors a fee."
        #expect(quotations(text).map(\.speakerText) == ["Tam Ilo"])
    }

    /// `HEADING - Ada Ode: "…"`: a name between a dash and the colon before the quotation speaks
    /// it, not the subject of the heading before the dash (one name, or two joined by `and`).
    @Test func aNameAfterADashOwnsTheColon() {
        let text = "Ferry fares matter more to islanders than timetables - Ada Ode: \u{201C}We asked every household on the island twice.\u{201D}"
        #expect(quotations(text).map(\.speakerText) == ["Ada Ode"])
        let two = "HARBOUR TRADE RECOVERS SLOWLY - Ada Ode and Tam Ilo: \u{201C}The quay was busier in May than in any month last year.\u{201D}"
        #expect(quotations(two).map(\.speakerText) == ["Ada Ode and Tam Ilo"])
    }

    /// `"…," said another leading Supreme Court advocate, Ada Ode.`: after an inverted cue, a
    /// cue word that closes the phrase (`advocate`) is a noun, and the phrase goes on to the name.
    @Test func aCueWordClosingAnInvertedSubjectIsANoun() {
        let text = "\"The ferry will run all winter,\" said another leading Merrowick Harbour advocate, Ada Ode."
        #expect(quotations(text).map(\.speakerText) == ["another leading Merrowick Harbour advocate, Ada Ode"])
    }

    /// `a port that the last mayor, Ada Ode, called "…"`: a description with a name in apposition
    /// before the cue is its subject, not a name further back across `that`.
    @Test func aDescribedNameBeforeTheCueOutranksAnEarlierName() {
        let text = "The new timetable angered Merrowick, a port that the last harbour master, Ada Ode, called \"the quietest quay in the north.\""
        #expect(quotations(text).map(\.speakerText) == ["the last harbour master, Ada Ode"])
    }

    /// `"… too" Ode said after the meeting.`: a quotation opening its sentence, then a name and a
    /// past verb of saying, is attributed though the comma inside the quotation was left out.
    @Test func aNameAndCueAfterAQuotationWithoutItsCommaAttributeIt() {
        let text = "Tam Ilo, who runs the ferry, said fares would rise.\n\n\u{201C}As a ferry man, he put a lot of people out of work, too\" Ode said after a meeting in Kestrel on Wednesday. \"Nobody asked us.\""
        #expect(quotations(text).map(\.speakerText) == ["Ode", "Ode"])
    }

    /// `a man asked for a photo and Ode said, "…"`: the clause that `and` joins has its own cue
    /// introducing the quotation, and the cue before `and` reports none of it.
    @Test func aCueJoinedByAndOwnsTheQuotationItIntroduces() {
        let text = "Ada Ode spoke to the crew on the quay. At one point, a deckhand asked for a photo and Ode said, \"as long as the ferry is not late.\""
        #expect(quotations(text).map(\.speakerText) == ["Ode"])
    }

    /// A name with a decomposed accent (`e` + U+0301) or mangled by UTF-8 read as Latin-1
    /// (`FranÃ§ois`) is still one name before its cue.
    @Test func anAccentedOrMangledNameStaysWhole() {
        let decomposed = "\"We will open the quay in May,\" said harbour master Rene\u{301}e Ode."
        #expect(quotations(decomposed).map(\.speakerText) == ["harbour master Rene\u{301}e Ode"])
        let mangled = "\"We will open the quay in May,\" Fran\u{C3}\u{A7}oise Ode said on Friday."
        #expect(quotations(mangled).map(\.speakerText) == ["Fran\u{C3}\u{A7}oise Ode"])
    }
}
