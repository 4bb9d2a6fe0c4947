/// A rule-based entity extractor that reads capitalisation, honorifics and context words.
///
/// It needs no model, so it is what the reader falls back on when no trained tagger is given.
/// Runs of capitalised words are names; a title ("Mr", "Dr") marks a person, an institutional
/// last word ("Council", "FC") an organisation, and a preposition of place ("in", "at") a place.
/// A surname alone joins the full name the article introduced.
public struct CapitalisationExtractor: EntityExtractor {
    public init() {}

    /// The everyday titles, as written before a name ("Mr", "Dr", "Coach").
    static let honorifics = Set(PersonTitles.common.capitalised)
    /// Capitalised words that never make a name by themselves: days, months and "I".
    static let calendarWords = Set(CalendarWords.names.capitalised + ["I"])

    public func entities(in article: Article) -> [ArticleEntity] {
        var tokens: [Token] = []
        for block in article.blocks {
            var range = block.range
            if block.kind == .caption, let credit = article.credit {
                // The photographer's credit names a photographer, not someone in the story.
                let text = article.slice(range)
                if let cue = text.range(of: credit, options: .backwards) {
                    range = range.lowerBound..<(range.lowerBound + text[..<cue.lowerBound].unicodeScalars.count)
                }
            }
            tokens += Token.split(article.text, range: range, blockKind: block.kind)
        }
        let midSentenceCapitals = Set(tokens.filter { $0.isCapitalised && !$0.sentenceInitial && $0.block != .headline }.map(\.word))
        let lowercaseWords = Set(tokens.filter { !$0.isCapitalised }.map(\.word))

        var found: [(name: String, type: EntityType, range: Range<Int>)] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalised, tokens[i].block != .headline else {
                i += 1
                continue
            }
            var start = i
            var type: EntityType? = nil
            // Titles are evidence, kept out of the span.
            while start < tokens.count, Self.honorifics.contains(tokens[start].word), start + 1 < tokens.count,
                tokens[start + 1].isCapitalised, tokens[start + 1].adjacent(after: tokens[start])
            {
                type = .person
                start += 1
            }
            var end = start + 1
            while end < tokens.count, tokens[end].adjacent(after: tokens[end - 1]), !tokens[end - 1].endsClause {
                if tokens[end].isCapitalised {
                    end += 1
                } else if SmallWords.nameConnectors.contains(tokens[end].word), end + 1 < tokens.count,
                    tokens[end + 1].isCapitalised, tokens[end + 1].adjacent(after: tokens[end]), !tokens[end].endsClause
                {
                    end += 2
                } else {
                    break
                }
            }
            // A sentence-initial word alone is a name only if the article also capitalises it
            // mid-sentence; at the head of a longer run, only if the article never writes it in
            // lower case ("The Harbour Board" loses "The", "Ingrid Lindqvist" keeps "Ingrid").
            if type == nil, tokens[start].sentenceInitial, !midSentenceCapitals.contains(tokens[start].word) {
                let word = tokens[start].word
                if end - start == 1 || lowercaseWords.contains(word.lowercased()) || Self.honorifics.contains(word) {
                    start += 1
                }
            }
            let words = tokens[start..<max(start, end)].map(\.word)
            if start < end, !words.allSatisfy({ Self.calendarWords.contains($0) }) {
                let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
                let name = article.slice(range)
                found.append((name, type ?? Self.guessType(words: words, before: start > 0 ? tokens[start - 1] : nil), range))
            }
            i = max(end, i + 1)
        }
        return Self.merge(found, headline: tokens.filter { $0.block == .headline })
    }

    static func guessType(words: [String], before: Token?) -> EntityType {
        let last = words.last ?? ""
        if OrganisationWords.capitalisationHeads.contains(last.lowercased()) { return .organization }
        if words.count == 1, last.count >= 2, last.allSatisfy({ $0.isUppercase || $0 == "." }) { return .organization }
        if let before, PlaceWords.capitalisationPrepositions.contains(before.word) { return .place }
        let nameShaped = words.allSatisfy { w in
            guard let f = w.first, f.isUppercase else { return false }
            return w.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" || $0 == "’" || $0.isUppercase }
        }
        if (2...3).contains(words.count), nameShaped { return .person }
        return .other
    }

    /// Joins mentions into entities: same name, or a surname that ends a fuller person name.
    static func merge(_ found: [(name: String, type: EntityType, range: Range<Int>)], headline: [Token]) -> [ArticleEntity] {
        var entities: [ArticleEntity] = []
        var byKey: [String: Int] = [:]
        // Longest names first, so surnames find the full name whatever the order in the text.
        let order = found.indices.sorted { found[$0].name.count > found[$1].name.count }
        for index in order {
            let (name, type, range) = found[index]
            let key = name.lowercased()
            if let e = byKey[key] {
                entities[e].mentions.append(range)
                if type == .person, entities[e].type != .person, name.splitAtSpaces().count > 1 { entities[e].type = .person }
                continue
            }
            // A shorter name that ends a person's fuller name ("Lindqvist", "Ó Briain") is that person.
            if let e = entities.firstIndex(where: { $0.type == .person && $0.name.lowercased().hasSuffix(" " + key) }) {
                entities[e].mentions.append(range)
                if !entities[e].aliases.contains(name) { entities[e].aliases.append(name) }
                byKey[key] = e
                continue
            }
            byKey[key] = entities.count
            entities.append(ArticleEntity(name: name, type: type, aliases: [name], mentions: [range]))
        }
        // Headline words count as mentions only of names the body establishes.
        for token in headline {
            if let e = byKey[token.word.lowercased()] { entities[e].mentions.append(token.range) }
        }
        for e in entities.indices { entities[e].mentions.sort { $0.lowerBound < $1.lowerBound } }
        return entities.sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
    }
}

/// A word of the article with its scalar range and the context the extractor needs.
struct Token {
    var word: String
    var range: Range<Int>
    var block: BlockKind
    var sentenceInitial: Bool
    /// Whether punctuation that closes a clause (comma, full stop, closing quote) follows it.
    var endsClause: Bool

    var isCapitalised: Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase || first.properties.isIdeographic
    }

    func adjacent(after other: Token) -> Bool {
        range.lowerBound - other.range.upperBound <= 1
    }

    /// Words of `text[range]`: possessives trimmed, hyphenated names split, punctuation dropped.
    static func split(_ text: String, range: Range<Int>, blockKind: BlockKind) -> [Token] {
        let scalars = Array(text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: range.lowerBound)...].prefix(range.count))
        var tokens: [Token] = []
        var sentenceStart = true
        var i = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil || s == "'" || s == "’" || s == "-" || s == "."
        }
        while i < scalars.count {
            let s = scalars[i]
            if !isWordScalar(s) || s == "-" || s == "'" || s == "’" || s == "." {
                if ".!?".unicodeScalars.contains(s) { sentenceStart = true }
                if s == ":" { sentenceStart = true }
                i += 1
                continue
            }
            var j = i
            while j < scalars.count, isWordScalar(scalars[j]) { j += 1 }
            var word = Array(scalars[i..<j])
            // Trailing full stop ends the sentence unless the word is an initial ("J.").
            var endsSentence = false
            while let last = word.last, last == "." || last == "-" || last == "'" || last == "’" {
                if last == "." { endsSentence = !(word.count == 2 && word[0].properties.isUppercase) }
                word.removeLast()
            }
            if word.count >= 2, word[word.count - 1] == "s", word[word.count - 2] == "'" || word[word.count - 2] == "’" {
                word.removeLast(2)
            }
            var partStart = i
            var parts: [[Unicode.Scalar]] = []
            var current: [Unicode.Scalar] = []
            for s in word {
                if s == "-", let f = current.first, f.properties.isUppercase {
                    parts.append(current)
                    current = []
                } else {
                    current.append(s)
                }
            }
            parts.append(current)
            let next: Unicode.Scalar? = j < scalars.count ? scalars[j] : nil
            for (k, part) in parts.enumerated() where !part.isEmpty {
                let w = String(String.UnicodeScalarView(part))
                let isLast = k == parts.count - 1
                tokens.append(Token(
                    word: w,
                    range: (range.lowerBound + partStart)..<(range.lowerBound + partStart + part.count),
                    block: blockKind,
                    sentenceInitial: sentenceStart && k == 0,
                    endsClause: !isLast || endsSentence || next.map { ",;:”\"()".unicodeScalars.contains($0) } ?? true
                ))
                partStart += part.count + 1
            }
            sentenceStart = endsSentence
            i = j
        }
        return tokens
    }
}
