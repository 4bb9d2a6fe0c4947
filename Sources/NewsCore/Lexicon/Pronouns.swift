/// The personal and relative pronouns of English, with what each says about what it stands for.
///
/// Written by the team; English has exactly these, so the list is closed. Pronouns matter to
/// both readers: "he" and "she" take a person of that gender as their antecedent, a capitalised
/// pronoun opening a sentence is no name, and a possessive before a noun ("her claim") names
/// its owner.
public enum Pronouns {
    public enum Number: Sendable { case singular, plural }

    /// The grammatical case, and the possessive and reflexive forms.
    public enum Form: Sendable {
        /// "he", "they".
        case subject
        /// "him", "them".
        case object
        /// Before a noun: "his", "their".
        case possessiveDeterminer
        /// Standing alone: "hers", "theirs".
        case possessive
        /// "himself", "themselves".
        case reflexive
    }

    public struct Pronoun: Sendable {
        public let word: String
        /// 1, 2 or 3.
        public let person: Int
        /// Nil for the second person, which is both.
        public let number: Number?
        public let gender: Gender?
        public let form: Form
        /// Whether it stands only for people: every personal pronoun but "it", "its" and "itself".
        public let animate: Bool

        init(_ word: String, _ person: Int, _ number: Number?, _ gender: Gender?, _ form: Form, animate: Bool = true) {
            self.word = word
            self.person = person
            self.number = number
            self.gender = gender
            self.form = form
            self.animate = animate
        }
    }

    /// The personal pronouns. "her" is both an object and a possessive determiner, so it is here twice.
    public static let personal: [Pronoun] = [
        Pronoun("i", 1, .singular, nil, .subject),
        Pronoun("me", 1, .singular, nil, .object),
        Pronoun("my", 1, .singular, nil, .possessiveDeterminer),
        Pronoun("mine", 1, .singular, nil, .possessive),
        Pronoun("myself", 1, .singular, nil, .reflexive),
        Pronoun("you", 2, nil, nil, .subject),
        Pronoun("you", 2, nil, nil, .object),
        Pronoun("your", 2, nil, nil, .possessiveDeterminer),
        Pronoun("yours", 2, nil, nil, .possessive),
        Pronoun("yourself", 2, .singular, nil, .reflexive),
        Pronoun("yourselves", 2, .plural, nil, .reflexive),
        Pronoun("he", 3, .singular, .male, .subject),
        Pronoun("him", 3, .singular, .male, .object),
        Pronoun("his", 3, .singular, .male, .possessiveDeterminer),
        Pronoun("his", 3, .singular, .male, .possessive),
        Pronoun("himself", 3, .singular, .male, .reflexive),
        Pronoun("she", 3, .singular, .female, .subject),
        Pronoun("her", 3, .singular, .female, .object),
        Pronoun("her", 3, .singular, .female, .possessiveDeterminer),
        Pronoun("hers", 3, .singular, .female, .possessive),
        Pronoun("herself", 3, .singular, .female, .reflexive),
        Pronoun("it", 3, .singular, nil, .subject, animate: false),
        Pronoun("it", 3, .singular, nil, .object, animate: false),
        Pronoun("its", 3, .singular, nil, .possessiveDeterminer, animate: false),
        Pronoun("itself", 3, .singular, nil, .reflexive, animate: false),
        Pronoun("we", 1, .plural, nil, .subject),
        Pronoun("us", 1, .plural, nil, .object),
        Pronoun("our", 1, .plural, nil, .possessiveDeterminer),
        Pronoun("ours", 1, .plural, nil, .possessive),
        Pronoun("ourselves", 1, .plural, nil, .reflexive),
        Pronoun("they", 3, .plural, nil, .subject),
        Pronoun("them", 3, .plural, nil, .object),
        Pronoun("their", 3, .plural, nil, .possessiveDeterminer),
        Pronoun("theirs", 3, .plural, nil, .possessive),
        Pronoun("themselves", 3, .plural, nil, .reflexive),
    ]

    /// Every personal pronoun's word.
    public static let all = WordList(personal.map(\.word))

    /// The subject forms: "i", "you", "he", "she", "it", "we", "they".
    public static let subjects = WordList(personal.filter { $0.form == .subject }.map(\.word))

    /// Object forms of people (`them`, `us`, `him`), which end a phrase that names people:
    /// `some of them`.
    static let animateObjects = WordList(personal.filter { $0.form == .object && $0.animate }.map(\.word))

    /// "my", "your", "his", "her", "its", "our", "their".
    public static let possessiveDeterminers = WordList(personal.filter { $0.form == .possessiveDeterminer }.map(\.word))

    /// Possessive determiners that stand for a person, in the third person: "his", "her", "their".
    static let thirdPersonPossessives = WordList(
        personal.filter { $0.form == .possessiveDeterminer && $0.person == 3 && $0.animate }.map(\.word))

    /// Relative pronouns: "who", "whom", "whose", "which", "that".
    public static let relatives: WordList = ["who", "whom", "whose", "which", "that"]

    /// Pronouns that imply a gender: "he", "him", "his", "himself"; "she", "her", "hers", "herself".
    static let male = WordList(personal.filter { $0.gender == .male }.map(\.word))
    static let female = WordList(personal.filter { $0.gender == .female }.map(\.word))

    /// The gender of a third-person pronoun ("she", "his"), nil for other words.
    public static func gender(of word: String) -> Gender? {
        gender(ofLowercased: word.lowercased())
    }

    /// `gender(of:)` of a word already in lower case.
    static func gender(ofLowercased word: String) -> Gender? {
        if male.contains(word) { return .male }
        if female.contains(word) { return .female }
        return nil
    }
}
