/// Nouns and modifiers for people: the roles a story names a person by ("the captain", "a
/// spokeswoman") and the words that describe one before the name ("former", "striker").
///
/// Written by the team from English news style, not drawn from any corpus. Closed because the
/// rules weigh each word by what it says about the name beside it; a noun the lists lack says
/// nothing, which is the safe answer.
public enum PersonNouns {
    /// Nouns that, beside a name, say it is a person ("Rhys Penhallow, the captain,").
    static let nouns: WordList = [
        "actor", "adviser", "advisor", "aide", "analyst", "architect", "author", "banker", "barrister", "boss",
        "brother", "campaigner", "candidate", "captain", "chairman", "chairwoman", "chair", "champion", "chancellor",
        "chef", "coach", "colleague", "commander", "commissioner", "conciliator", "constable", "consultant",
        "councillor", "critic", "daughter", "defender", "deputy", "detective", "director", "doctor", "driver",
        "economist", "editor", "electrician", "engineer", "executive", "farmer", "father", "founder", "footballer",
        "forward", "goalkeeper", "governor", "head", "husband", "inspector", "journalist", "judge", "lawyer", "leader",
        "manager", "mayor", "mediator", "midfielder", "midwife", "minister", "mother", "nurse", "officer", "organiser",
        "owner", "partner", "photographer", "player", "politician", "president", "professor", "reporter",
        "representative", "researcher", "resident", "scientist", "secretary", "senator", "singer", "sister", "son",
        "spokesman", "spokeswoman", "spokesperson", "striker", "student", "substitute", "superintendent", "supporter",
        "surgeon", "teacher", "treasurer", "veteran", "wife", "winger", "woman", "man", "worker", "writer", "widow",
        "biologist", "docker", "lasher", "pensioner", "grandmother", "grandfather", "boy", "girl", "fan", "volunteer",
        "trustee",
    ]

    /// Role nouns that stand for a person named with them as a title: `the mayor` → `Mayor Ada Ode`.
    static let roles: WordList = [
        "mayor", "manager", "chairman", "chairwoman", "chair", "captain", "coach", "minister", "president", "governor",
        "senator", "director", "inspector", "superintendent", "councillor", "councilman", "councilwoman", "editor",
        "striker", "goalkeeper", "chief", "commissioner", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "judge", "detective", "sheriff", "prosecutor", "ambassador", "professor", "doctor", "executive", "leader",
        "founder", "owner", "conciliator", "mediator", "consultant",
    ]

    /// Words that describe a person before the name, never part of it: "Former Chelsea striker
    /// …" opening a sentence is not a person called "Former Chelsea".
    static let modifiers: WordList = ["former", "ex", "late", "retired", "outgoing", "acting", "interim", "jailed", "disgraced"]

    /// Words that open a sentence before a name and are never a given name, though no story may
    /// write them in lower case for the rules to see it: "Earlier Ada Ode said", "Vote Ode",
    /// "Sure Ada played well".
    static let sentenceOpeners: WordList = [
        "earlier", "later", "sure", "vote", "elect", "re-elect", "thanks", "congratulations", "speaking", "asked",
        "overall", "elsewhere", "separately", "ironically", "surely", "sadly", "yesterday", "initially", "finally",
        "ultimately", "clearly", "certainly", "apparently", "reportedly", "fellow", "veteran", "teenager", "rookie",
        "newcomer", "youngster", "star", "legendary", "controversial", "embattled", "beleaguered", "outspoken",
        "top", "young", "new", "world", "olympic", "british", "champion", "defending", "reigning", "title",
    ]

    /// People who stand "for" a place ("councillor for Saltings", "MP for Tarrow").
    static let representatives: WordList = [
        "commander", "councillor", "councillors", "mp", "mps", "member", "senator", "representative", "candidate",
        "congressman", "congresswoman", "msp", "mla", "am",
    ]

    /// Roles the speaker attribution reads as titles when they are capitalised before a name
    /// ("Director Ada Ode said", "Labour MP Ada Ode"). The speaker attribution looks only at
    /// capitalised words; the tagger's rules read titles in any case, and there "best director
    /// Clint Eastwood" or "Sideways director" would make a person of a film's name.
    static let titleLike: WordList = ["leader", "candidate", "nominee", "director", "deputy", "vice", "attorney", "mp", "msp"]

    /// Words of an office or a trade that open a person's span in the index ("Shadow Home Secretary
    /// …", "Chelsea boss …") without being part of the name.
    public static let descriptors: WordList = [
        "exchequer", "prime", "director", "deputy", "shadow", "foreign", "home", "leader", "boss", "manager", "striker",
        "midfielder", "defender", "goalkeeper", "singer", "actor", "actress", "star",
    ]

    /// Nouns for a person by nationality or origin, which a story uses to refer back to someone
    /// it has named: `The Scot initially defended Beattie`.
    static let demonyms: WordList = [
        "scot", "scotsman", "scotswoman", "briton", "englishman", "englishwoman", "welshman", "welshwoman",
        "irishman", "irishwoman", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "american", "australian",
        "canadian", "german", "italian", "spaniard", "swede", "dane", "norwegian", "finn", "russian", "brazilian",
        "argentine", "argentinian", "portuguese", "belgian", "swiss", "austrian", "pole", "greek", "turk",
        "japanese", "chinese", "indian", "pakistani", "nigerian", "kenyan", "kiwi", "aussie", "yorkshireman", "londoner", "mancunian", "glaswegian", "geordie", "scouser",
    ]

    /// More nouns a story refers back to a named person by (`the film-maker`, `the youngster`),
    /// beside `nouns`, `roles`, `descriptors` and `representatives`.
    static let describers: WordList = [
        "film-maker", "filmmaker", "comedian", "youngster", "teenager", "citizen", "centenarian", "entrepreneur",
        "tycoon", "billionaire", "millionaire", "frontman", "musician", "rapper", "presenter", "novelist", "artist",
        "designer", "businessman", "businesswoman", "peer", "premier", "playmaker", "keeper", "skipper",
    ]

    /// Every noun a definite description of a person may end in: `the Tory leader`, `the Scot`.
    static let referringNouns = WordList(joining: nouns, roles, descriptors, representatives, demonyms, describers)
}
