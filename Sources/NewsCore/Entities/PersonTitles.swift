/// Titles and honorifics that precede names, and the pronouns that follow them.
///
/// A title is evidence that a person follows and may say which gender; it is never part of a
/// mention's range.
public enum PersonTitles {
    static let male: Set<String> = ["mr", "sir", "lord", "king", "prince", "duke", "baron", "count", "father", "brother", "emir", "sultan", "monsieur", "herr", "senor", "señor"]
    static let female: Set<String> = ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "duchess", "baroness", "countess", "sister", "madame", "mme", "frau", "senora", "señora"]
    static let neutral: Set<String> = [
        "mx", "dr", "prof", "professor", "president", "vice-president", "premier", "chancellor", "pope", "mayor", "councillor", "cllr",
        "sen", "senator", "rep", "representative", "gov", "governor", "minister", "secretary", "judge", "justice", "captain", "capt",
        "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "admiral", "adm", "sergeant", "sgt", "inspector",
        "detective", "chief", "coach", "rev", "reverend", "rabbi", "imam", "sheikh", "ayatollah", "archbishop", "bishop",
        "cardinal", "ambassador", "chairman", "chairwoman", "commissioner", "superintendent", "constable", "officer",
        "speaker", "marshal", "pm", "di", "dci", "ds", "dc", "dsi", "pc", "det", "insp", "supt", "ag",
    ]

    /// Lower-cased, full stop dropped.
    static func normalised(_ word: String) -> String {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return w
    }

    /// Whether a word is a title or honorific ("Mr", "Sen.", "President").
    public static func isTitle(_ word: String) -> Bool {
        let w = normalised(word)
        return male.contains(w) || female.contains(w) || neutral.contains(w)
    }

    /// The gender a title implies ("Mrs" → female), nil for neutral titles and other words.
    public static func gender(ofTitle word: String) -> Gender? {
        let w = normalised(word)
        if male.contains(w) { return .male }
        if female.contains(w) { return .female }
        return nil
    }

    /// The gender of a third-person pronoun ("she", "his"), nil for other words.
    public static func gender(ofPronoun word: String) -> Gender? {
        gender(ofLowercasedPronoun: word.lowercased())
    }

    /// `gender(ofPronoun:)` of a word already in lower case.
    static func gender(ofLowercasedPronoun word: String) -> Gender? {
        switch word {
        case "he", "him", "his", "himself": return .male
        case "she", "her", "hers", "herself": return .female
        default: return nil
        }
    }
}
