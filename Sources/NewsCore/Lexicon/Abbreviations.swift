/// Abbreviations whose full stop does not end a sentence ("Mr.", "Inc.", "St.", "Calif.").
///
/// Written by the team from English and American news style. Closed because a sentence splitter
/// must decide on every full stop, and only a known abbreviation may keep it: an unknown short
/// word before a full stop ends a sentence. Titles come from `PersonTitles` and months from
/// `CalendarWords`; the rest are listed here by kind.
public enum Abbreviations {
    /// Plural titles: "Messrs" (of "Mr"), "Gens".
    static let pluralTitles: WordList = ["messrs", "gens"]
    /// After a name: "Jr.", "Sr.".
    static let nameSuffixes: WordList = ["jr", "sr"]
    /// In the names of companies and institutions: "Inc.", "Bros.", "Dept.".
    static let organisations: WordList = ["inc", "corp", "co", "ltd", "bros", "assn", "univ", "dept", "govt"]
    /// Before a place's name: "St." (Saint, Street), "Mt.", "Ft.".
    static let places: WordList = ["st", "mt", "ft"]
    /// Before a number: "No. 10", "Nos. 3 and 4".
    static let numbers: WordList = ["no", "nos"]
    /// Between two names: "Smith vs. Jones", "Roe v. Wade".
    static let versus: WordList = ["vs", "v"]
    /// Written in lower case inside a sentence: "etc.", "approx. 40", "est. 1868".
    static let ordinary: WordList = ["etc", "approx", "est"]
    /// Written with inner full stops: "U.S.", "D.C.", "a.m.".
    static let dotted: WordList = ["u.s", "d.c", "n.y", "n.j", "a.m", "p.m"]
    /// American states as datelines write them: "Calif.", "Mass.".
    static let states: WordList = [
        "fla", "calif", "mass", "wis", "ky", "tex", "ariz", "ill", "pa", "va", "md", "del", "conn", "colo", "ga", "la",
        "mich", "minn", "mo", "nev", "okla", "ore", "tenn", "wash", "ala", "ark", "ind", "kan", "neb", "vt", "wyo",
    ]

    /// Titles written short ("Sgt", "Prof"): initialisms ("DCI") take no full stop.
    static let titles = WordList(PersonTitles.entries.filter { $0.form == .abbreviation }.map(\.word))

    /// Every abbreviation: what the quote reader's sentence splitter knows.
    static let all = WordList(
        joining: titles, pluralTitles, nameSuffixes, organisations, places, numbers, versus, ordinary, dotted, states,
        CalendarWords.monthAbbreviations)

    /// The abbreviations the word tokenizer keeps whole with their full stop. The tokenizer cuts
    /// the words the tagger's model reads, and the model was trained on these cuts: a word added
    /// here changes its input, so this list stays as it was trained, the short titles and the
    /// words around names less those it was trained without.
    static let taggerTokens = WordList(joining: titles, pluralTitles, nameSuffixes, organisations, places, numbers)
        .subtracting(["mx", "cllr", "amb", "msgr", "govt"]) + ["vs"]

    /// The abbreviations the article parser's sentence count passes over, as written: capitalised
    /// where they stand by a name or a number ("Mr", "Inc", "No"), since "no." in lower case ends
    /// a sentence, and in lower case where they are ordinary words inside one ("vs", "approx").
    static let layout = Set(
        WordList(titles.words + pluralTitles.words + nameSuffixes.words + organisations.words + places.words + numbers.words).capitalised
            + ["vs", "approx"])
}
