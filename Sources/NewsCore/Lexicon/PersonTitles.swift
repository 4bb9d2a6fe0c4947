/// Titles written before a person's name: honorifics, ranks and offices, each with the gender it
/// implies and the kind of title it is.
///
/// Written by the team from general English usage (British and American news style), not drawn
/// from any corpus. The list is closed because titles are: a story says "Mr", "Sgt" or
/// "Archbishop", and a word the list lacks is read as part of the name. A title is evidence that
/// a person follows and may say which gender; it is never part of a mention's range.
///
/// The tagger's rules, the alias merger and the speaker attribution all read `all` and the
/// genders here; the narrower lists below are filters of it.
public enum PersonTitles {
    /// What a title says about the person who holds it.
    public enum Kind: Sendable {
        /// A form of address: "Mr", "Ms", "Sir", "Lady", "Herr".
        case honorific
        /// A rank of royalty or nobility: "King", "Duchess", "Emir".
        case nobility
        case academic
        /// An elected or appointed office: "President", "Cllr", "Sen.".
        case political
        case judicial
        case military
        case police
        case religious
        /// The head of a body or a team: "Chairman", "Chief", "Coach".
        case office
    }

    /// How a title is written.
    public enum Form: Sendable {
        /// A whole word: "President".
        case word
        /// A shortened word, with or without a full stop: "Mr", "Sgt.", "Prof".
        case abbreviation
        /// Initials, written without full stops: "DCI", "PC".
        case initialism
    }

    public struct Title: Sendable {
        /// Lower case, without a full stop.
        public let word: String
        /// The gender the title implies; nil when it is held by men and women alike.
        public let gender: Gender?
        public let kind: Kind
        public let form: Form
        /// One of the everyday titles the capitalisation extractor trusts (see `common`).
        let common: Bool
        /// Written in capitals, the same letters are more often an acronym ("CPL", a league).
        let acronymClash: Bool

        init(_ word: String, _ gender: Gender? = nil, _ kind: Kind, _ form: Form = .word, common: Bool = false, acronymClash: Bool = false) {
            self.word = word
            self.gender = gender
            self.kind = kind
            self.form = form
            self.common = common
            self.acronymClash = acronymClash
        }
    }

    /// Every title, once.
    public static let entries: [Title] = [
        // Forms of address.
        Title("mr", .male, .honorific, .abbreviation, common: true),
        Title("mrs", .female, .honorific, .abbreviation, common: true),
        Title("ms", .female, .honorific, .abbreviation, common: true),
        Title("miss", .female, .honorific, common: true),
        Title("mx", nil, .honorific, .abbreviation, common: true),
        Title("sir", .male, .honorific, common: true),
        Title("dame", .female, .honorific, common: true),
        Title("lord", .male, .honorific, common: true),
        Title("lady", .female, .honorific, common: true),
        Title("monsieur", .male, .honorific),
        Title("madame", .female, .honorific),
        Title("mme", .female, .honorific, .abbreviation),
        Title("mlle", .female, .honorific, .abbreviation),
        Title("herr", .male, .honorific),
        Title("frau", .female, .honorific),
        Title("senor", .male, .honorific),
        Title("señor", .male, .honorific),
        Title("senora", .female, .honorific),
        Title("señora", .female, .honorific),
        // Royalty and nobility.
        Title("king", .male, .nobility),
        Title("queen", .female, .nobility),
        Title("prince", .male, .nobility),
        Title("princess", .female, .nobility),
        Title("duke", .male, .nobility),
        Title("duchess", .female, .nobility),
        Title("baron", .male, .nobility),
        Title("baroness", .female, .nobility),
        Title("count", .male, .nobility),
        Title("countess", .female, .nobility),
        Title("emir", .male, .nobility),
        Title("sultan", .male, .nobility),
        // Academic.
        Title("dr", nil, .academic, .abbreviation, common: true),
        Title("prof", nil, .academic, .abbreviation, common: true),
        Title("professor", nil, .academic, common: true),
        // Offices of state and government.
        Title("president", nil, .political, common: true),
        Title("pres", nil, .political, .abbreviation),
        Title("vice-president", nil, .political),
        Title("premier", nil, .political),
        Title("chancellor", nil, .political),
        Title("pm", nil, .political, .initialism),
        Title("minister", nil, .political, common: true),
        Title("secretary", nil, .political),
        Title("speaker", nil, .political),
        Title("ambassador", nil, .political),
        Title("amb", nil, .political, .abbreviation),
        Title("commissioner", nil, .political),
        Title("hon", nil, .political, .abbreviation),
        Title("governor", nil, .political, common: true),
        Title("gov", nil, .political, .abbreviation, common: true),
        Title("senator", nil, .political, common: true),
        Title("sen", nil, .political, .abbreviation, common: true),
        Title("representative", nil, .political),
        Title("rep", nil, .political, .abbreviation, common: true),
        Title("mayor", nil, .political, common: true),
        Title("councillor", nil, .political, common: true),
        Title("cllr", nil, .political, .abbreviation, common: true),
        Title("councilman", .male, .political),
        Title("councilwoman", .female, .political),
        // The law.
        Title("judge", nil, .judicial, common: true),
        Title("justice", nil, .judicial),
        Title("ag", nil, .judicial, .initialism),
        // The armed forces.
        Title("general", nil, .military),
        Title("gen", nil, .military, .abbreviation),
        Title("admiral", nil, .military),
        Title("adm", nil, .military, .abbreviation),
        Title("marshal", nil, .military),
        Title("colonel", nil, .military),
        Title("col", nil, .military, .abbreviation),
        Title("major", nil, .military),
        Title("maj", nil, .military, .abbreviation),
        Title("captain", nil, .military, common: true),
        Title("capt", nil, .military, .abbreviation, common: true),
        Title("cmdr", nil, .military, .abbreviation),
        Title("lieutenant", nil, .military),
        Title("lt", nil, .military, .abbreviation),
        Title("sergeant", nil, .military, common: true),
        Title("sgt", nil, .military, .abbreviation),
        Title("cpl", nil, .military, .abbreviation, acronymClash: true),
        Title("pte", nil, .military, .abbreviation),
        // The police.
        Title("inspector", nil, .police, common: true),
        Title("insp", nil, .police, .abbreviation),
        Title("detective", nil, .police),
        Title("det", nil, .police, .abbreviation),
        Title("superintendent", nil, .police),
        Title("supt", nil, .police, .abbreviation),
        Title("constable", nil, .police),
        Title("officer", nil, .police),
        Title("sheriff", nil, .police),
        Title("trooper", nil, .police),
        Title("dsi", nil, .police, .initialism),
        Title("dci", nil, .police, .initialism),
        Title("di", nil, .police, .initialism),
        Title("ds", nil, .police, .initialism),
        Title("dc", nil, .police, .initialism),
        Title("pc", nil, .police, .initialism),
        // Religion.
        Title("pope", .male, .religious),
        Title("cardinal", nil, .religious),
        Title("archbishop", nil, .religious),
        Title("bishop", nil, .religious),
        Title("msgr", .male, .religious, .abbreviation),
        Title("father", .male, .religious),
        Title("fr", .male, .religious, .abbreviation),
        Title("brother", .male, .religious),
        Title("sister", .female, .religious),
        Title("reverend", nil, .religious),
        Title("rev", nil, .religious, .abbreviation, common: true),
        Title("pastor", nil, .religious),
        Title("rabbi", nil, .religious),
        Title("imam", nil, .religious),
        Title("sheikh", nil, .religious),
        Title("ayatollah", nil, .religious),
        // Heads of bodies and teams.
        Title("chairman", nil, .office),
        Title("chairwoman", .female, .office),
        Title("chief", nil, .office, common: true),
        Title("coach", nil, .office, common: true),
    ]

    /// Every title read as one: all of `entries` but those whose letters are more often an
    /// acronym. The tagger's rules and the speaker attribution read titles without regard to
    /// case, and would drop "CPL" as a bare title; "Cpl." stays an abbreviation.
    public static let all = WordList(entries.filter { !$0.acronymClash }.map(\.word))

    /// What the speaker attribution reads as a title: every title, and the roles it also takes for
    /// one when they are capitalised before a name (`PersonNouns.titleLike`).
    static let speakerTitles = all + PersonNouns.titleLike

    /// Ranks of royalty and nobility ("Prince", "Duchess"), which a royal's given name takes alone.
    static let nobility = WordList(entries.filter { $0.kind == .nobility }.map(\.word))

    /// The titles that imply a man ("Mr", "Pope") and a woman ("Mrs", "Chairwoman").
    static let male = WordList(entries.filter { $0.gender == .male }.map(\.word))
    static let female = WordList(entries.filter { $0.gender == .female }.map(\.word))

    /// Titles that make a person of whatever follows, even a name the tagger took for an
    /// organisation's ("DI Thorne", "Mr Greyfinch"): forms of address, and titles written short,
    /// which no organisation's name opens with; of the whole words, only the local offices a
    /// British story writes before a councillor's or a mayor's name. Other titles ("General",
    /// "Chief") lead a person's name only where the tagger saw a person, or no organisation's
    /// or place's word.
    static let honorifics = WordList(
        entries.filter { t in
            !t.acronymClash && (t.kind == .honorific || t.form != .word || t.word == "councillor" || t.word == "mayor")
        }.map(\.word))

    /// The everyday titles of English news ("Mr", "Dr", "President", "Coach"): the capitalisation
    /// extractor, which has no tagger to tell "Major Jones" from "Major League", trusts only these.
    static let common = WordList(entries.filter(\.common).map(\.word))

    /// Lower-cased, full stop dropped.
    static func normalised(_ word: String) -> String {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return w
    }

    /// Whether a word is a title or honorific ("Mr", "Sen.", "President").
    public static func isTitle(_ word: String) -> Bool {
        all.contains(normalised(word))
    }

    /// The gender a title implies ("Mrs" → female), nil for neutral titles and other words.
    public static func gender(ofTitle word: String) -> Gender? {
        let w = normalised(word)
        if male.contains(w) { return .male }
        if female.contains(w) { return .female }
        return nil
    }
}
