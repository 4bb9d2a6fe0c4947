/// A closed list of lower-case words, looked up by a word's text or by its `WordKey`.
///
/// Every closed list the analysis reads is a `WordList` defined once under `Lexicon/`: the
/// entity rules look words up by their lower-cased text, the quote reader by their `WordKey`, and
/// both forms are built once from the same words. A list narrower for one use is made from a
/// shared one (`filter`, `+`, `subtracting`), never written out a second time.
public struct WordList: Sendable {
    /// The words, in the order the list gives them, without repeats.
    public let words: [String]
    private let strings: Set<String>
    let keys: Set<WordKey>

    public init(_ words: [String]) {
        var seen = Set<String>()
        self.words = words.filter { seen.insert($0).inserted }
        strings = seen
        keys = Set(self.words.map { WordKey($0) })
    }

    /// Whether the list holds `word`, which must already be in lower case.
    public func contains(_ word: String) -> Bool { strings.contains(word) }

    /// Whether the list holds the word whose key is `key` (any case).
    func contains(_ key: WordKey) -> Bool { keys.contains(key) }

    /// The words that pass `isIncluded`, in order.
    public func filter(_ isIncluded: (String) -> Bool) -> WordList {
        WordList(words.filter(isIncluded))
    }

    /// The words of this list that `other` lacks.
    public func subtracting(_ other: WordList) -> WordList {
        filter { !other.contains($0) }
    }

    /// The words of both lists, `a`'s first.
    public static func + (a: WordList, b: WordList) -> WordList {
        WordList(a.words + b.words)
    }

    /// The words as they open a sentence or a name: first letter in upper case ("Monday", "Mr").
    public var capitalised: [String] {
        words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }
}

extension WordList: ExpressibleByArrayLiteral {
    public init(arrayLiteral words: String...) {
        self.init(words)
    }
}
