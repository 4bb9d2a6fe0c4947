/// A person's grammatical gender as the article signals it (titles such as "Mrs", pronouns).
///
/// Only a hint, for resolving "she" to the right person; nil whenever the article is silent
/// or mixed.
public enum Gender: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case female
    case male
}
