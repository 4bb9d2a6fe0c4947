import Testing
@testable import NewsCore

/// The closed word lists of `Lexicon/` agree with each other where the readers rely on it: the
/// tagger's rules, the alias merger and the speaker attribution read a title alike, and no word
/// sits in two lists that would contradict each other.
@Suite struct LexiconConsistencyTests {
    /// Every list the readers look words up in by lower-cased text or `WordKey`.
    static let lowerCaseLists: [(name: String, list: WordList)] = [
        ("PersonTitles.all", PersonTitles.all), ("PersonTitles.speakerTitles", PersonTitles.speakerTitles),
        ("PersonNouns.nouns", PersonNouns.nouns), ("PersonNouns.roles", PersonNouns.roles),
        ("PersonNouns.modifiers", PersonNouns.modifiers), ("PersonNouns.representatives", PersonNouns.representatives),
        ("PersonNouns.descriptors", PersonNouns.descriptors), ("PersonNameWords.particles", PersonNameWords.particles),
        ("PersonNameWords.suffixes", PersonNameWords.suffixes), ("PersonNameWords.maleGivenNames", PersonNameWords.maleGivenNames),
        ("PersonNameWords.femaleGivenNames", PersonNameWords.femaleGivenNames), ("Pronouns.all", Pronouns.all),
        ("Pronouns.relatives", Pronouns.relatives), ("CalendarWords.monthForms", CalendarWords.monthForms),
        ("CalendarWords.relativeDays", CalendarWords.relativeDays), ("Abbreviations.all", Abbreviations.all),
        ("FunctionWords.determiners", FunctionWords.determiners), ("FunctionWords.closedClass", FunctionWords.closedClass),
        ("FunctionWords.sentenceOpeners", FunctionWords.sentenceOpeners), ("FunctionWords.prepositions", FunctionWords.prepositions),
        ("ClauseWords.interveners", ClauseWords.interveners), ("ClauseWords.introductoryWords", ClauseWords.introductoryWords),
        ("ClauseWords.nonSpeakerHeads", ClauseWords.nonSpeakerHeads), ("SpeechVerbs.cues", SpeechVerbs.cues),
        ("SpeechVerbs.speechNouns", SpeechVerbs.speechNouns), ("NewsAgencies.names", NewsAgencies.names),
        ("OrganisationWords.heads", OrganisationWords.heads), ("OrganisationWords.capitalisationHeads", OrganisationWords.capitalisationHeads),
        ("OrganisationWords.institutionNouns", OrganisationWords.institutionNouns), ("PlaceWords.heads", PlaceWords.heads),
        ("PlaceWords.nouns", PlaceWords.nouns), ("PlaceWords.motion", PlaceWords.motion), ("SmallWords.inTitles", SmallWords.inTitles),
        ("SmallWords.inQuotedTitles", SmallWords.inQuotedTitles), ("QuotedNameWords.namedNouns", QuotedNameWords.namedNouns),
        ("WordPrefixes.all", WordPrefixes.all),
    ]

    func overlap(_ a: WordList, _ b: WordList) -> [String] {
        a.words.filter { b.contains($0) }
    }

    func missing(_ a: WordList, from b: WordList) -> [String] {
        a.words.filter { !b.contains($0) }
    }

    // MARK: - Lists

    @Test func everyListIsInLowerCase() {
        for (name, list) in Self.lowerCaseLists {
            let cased = list.words.filter { $0 != $0.lowercased() }
            #expect(cased.isEmpty, "\(name) holds \(cased)")
        }
    }

    // MARK: - Titles

    @Test func titlesAreSingleWordsWithoutFullStopsListedOnce() {
        let words = PersonTitles.entries.map(\.word)
        #expect(Set(words).count == words.count, "a title is listed twice")
        for w in words {
            #expect(!w.contains(".") && !w.contains(" "), "\(w)")
        }
    }

    @Test func noTitleImpliesBothGenders() {
        #expect(overlap(PersonTitles.male, PersonTitles.female).isEmpty)
    }

    /// The speaker attribution reads every title the tagger's rules and the alias merger read,
    /// and adds only roles, which are no titles there.
    @Test func theSpeakerAttributionReadsTheTaggersTitlesPlusRoles() {
        #expect(missing(PersonTitles.all, from: PersonTitles.speakerTitles).isEmpty)
        #expect(missing(PersonTitles.speakerTitles, from: PersonTitles.all + PersonNouns.titleLike).isEmpty)
        #expect(overlap(PersonNouns.titleLike, PersonTitles.all).isEmpty)
        #expect(missing(PersonTitles.honorifics, from: PersonTitles.all).isEmpty)
        #expect(missing(PersonTitles.common, from: PersonTitles.all).isEmpty)
    }

    /// Each title, as the three readers meet it: the tagger's rules and the alias merger through
    /// `PersonTitles.isTitle` and `gender(ofTitle:)`, the speaker attribution through
    /// `SpeakerResolver.isTitle` and the names it finds without the tagger.
    @Test(arguments: PersonTitles.entries.filter { !$0.acronymClash }.map(\.word))
    func everyReaderTakesATitleAsATitleWithItsGender(_ word: String) throws {
        let title = try #require(PersonTitles.entries.first { $0.word == word })
        let written = title.word.prefix(1).uppercased() + title.word.dropFirst()
        #expect(PersonTitles.isTitle(written))
        #expect(PersonTitles.isTitle(written + "."))
        #expect(PersonTitles.gender(ofTitle: written) == title.gender)
        #expect(SpeakerResolver.isTitle(WordKey(written)))
        let text = Array("\(written) Tamsin Okonkwo spoke.".unicodeScalars)
        let names = NameMentions(text, paragraphs: [0..<text.count])
        let expected: NameMentions.Gender = title.gender == .male ? .male : title.gender == .female ? .female : .unknown
        #expect(names.mentions.count == 1)
        #expect(names.mentions.first?.range == (written.unicodeScalars.count + 1)..<(written.unicodeScalars.count + 15))
        #expect(names.mentions.first?.gender == expected)
    }

    @Test func aTitleIsNeverAPronounAGivenNameADayOrAFunctionWord() {
        let titles = PersonTitles.speakerTitles
        #expect(overlap(titles, Pronouns.all).isEmpty)
        #expect(overlap(titles, PersonNameWords.maleGivenNames + PersonNameWords.femaleGivenNames).isEmpty)
        #expect(overlap(titles, CalendarWords.names).isEmpty)
        #expect(overlap(titles, FunctionWords.closedClass).isEmpty)
        #expect(overlap(titles, FunctionWords.sentenceOpeners).isEmpty)
        #expect(overlap(titles, NewsAgencies.names).isEmpty)
    }

    // MARK: - Names, days and pronouns

    /// A weekday or a full month name opens no person's name (`MentionRules`) and is no given name.
    @Test func daysAndMonthsAreNeverGivenNames() {
        #expect(overlap(CalendarWords.names, PersonNameWords.maleGivenNames).isEmpty)
        #expect(overlap(CalendarWords.names, PersonNameWords.femaleGivenNames).isEmpty)
        #expect(overlap(CalendarWords.names, Pronouns.all).isEmpty)
        // "Jan" is a given name too, so month abbreviations stay out of `names`.
        #expect(overlap(CalendarWords.monthAbbreviations, CalendarWords.names).isEmpty)
    }

    @Test func noGivenNameSaysBothGenders() {
        #expect(overlap(PersonNameWords.maleGivenNames, PersonNameWords.femaleGivenNames).isEmpty)
        #expect(overlap(PersonNameWords.maleGivenNames + PersonNameWords.femaleGivenNames, Pronouns.all).isEmpty)
    }

    /// The tagger's pronoun scan tests a word cheaply before looking it up: every gendered
    /// pronoun must pass that test, and the lookup gives the table's gender.
    @Test func everyGenderedPronounPassesTheTaggersScan() {
        for p in Pronouns.personal where p.gender != nil {
            #expect(TaggerEntityExtractor.mayBePronoun(p.word), "\(p.word)")
            #expect(Pronouns.gender(ofLowercased: p.word) == p.gender, "\(p.word)")
            #expect(Pronouns.gender(of: p.word.uppercased()) == p.gender, "\(p.word)")
        }
        for p in Pronouns.personal where p.gender == nil {
            #expect(Pronouns.gender(of: p.word) == nil, "\(p.word)")
        }
    }

    /// A pronoun or an article opening a sentence is never read as a name, by either reader.
    @Test func sentenceOpeningPronounsAndArticlesAreFunctionWords() {
        let openers = Pronouns.subjects + FunctionWords.articles
        #expect(missing(openers, from: FunctionWords.closedClass).isEmpty)
        #expect(missing(openers, from: FunctionWords.sentenceOpeners).isEmpty)
        #expect(overlap(Pronouns.all, PersonNameWords.particles).isEmpty)
    }

    /// "May" and "Will" are names as often as modals: the entity rules' closed class leaves them
    /// out, and the quote reader, which holds them, tells them apart by what follows.
    @Test func modalsThatAreNamesStayOutOfTheClosedClass() {
        for w in ["may", "will"] {
            #expect(!FunctionWords.closedClass.contains(w), "\(w)")
            #expect(FunctionWords.sentenceOpeners.contains(w) && ClauseWords.nameLikeFunctionWords.contains(w), "\(w)")
        }
    }

    @Test func theSpeakerReaderJoinsEveryNameParticle() {
        #expect(missing(PersonNameWords.particles, from: PersonNameWords.connectors).isEmpty)
    }

    // MARK: - Abbreviations

    /// Where the word tokenizer keeps a full stop with its word, the quote reader's sentence
    /// splitter must not end a sentence either.
    @Test func theQuoteReaderKnowsEveryAbbreviationTheTokenizerKeeps() {
        #expect(missing(Abbreviations.taggerTokens, from: Abbreviations.all).isEmpty)
        #expect(missing(WordList(Abbreviations.layout.map { $0.lowercased() }), from: Abbreviations.all).isEmpty)
        #expect(missing(CalendarWords.monthAbbreviations, from: Abbreviations.all).isEmpty)
    }

    /// The tokenizer compares only ASCII words of up to six letters.
    @Test func theTokenizersAbbreviationsFitItsTest() {
        for w in Abbreviations.taggerTokens.words {
            #expect(w.count <= 6 && w.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }, "\(w)")
            let scalars = Array(w.capitalized.unicodeScalars)
            #expect(WordTokenizer.isAbbreviation(scalars, 0..<scalars.count), "\(w)")
        }
    }

    /// Every title written short keeps its full stop in the quote reader: "Sgt. Ode said".
    @Test func everyShortTitleIsAnAbbreviation() {
        let short = WordList(PersonTitles.entries.filter { $0.form == .abbreviation }.map(\.word))
        #expect(missing(short, from: Abbreviations.all).isEmpty)
        let initials = WordList(PersonTitles.entries.filter { $0.form == .initialism }.map(\.word))
        #expect(overlap(initials, Abbreviations.all).isEmpty, "initialisms take no full stop")
    }
}
