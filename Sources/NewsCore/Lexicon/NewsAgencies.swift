/// The news agencies whose name signs a story or a quotation ("– Reuters", "(AP)").
///
/// Written by the team: the large wire services that English-language papers carry. Closed
/// because an agency's name at the end of a quotation is a byline, not its speaker, and the
/// speaker attribution must know it as one; an agency the list lacks is read as a speaker.
enum NewsAgencies {
    /// Lower case, as the speaker attribution compares them (with "the" where a story writes it).
    static let names: WordList = [
        "reuters", "ap", "afp", "associated press", "the associated press", "pa", "upi", "dpa", "bloomberg", "xinhua",
        "press association", "agence france-presse", "efe", "ansa", "kyodo",
    ]
}
