/// Cuts a query into tokens, keeping each token's column for error messages.
struct QueryLexer {
    enum Kind: Equatable {
        case word(String)
        case phrase(String)
        /// `name:` followed by its value, itself a word or phrase token.
        case field(String)
        case or
        case and
        case minus
        case open
        case close
    }

    struct Token: Equatable {
        var kind: Kind
        /// 1-based column, in characters.
        var column: Int
    }

    static let openQuotes: Set<Character> = ["\"", "“", "”", "„"]
    static let closeQuotes: Set<Character> = ["\"", "”", "“"]
    static let fields = ["title", "person", "org", "place", "speaker", "after", "before", "tag", "section", "source", "folder", "in"]

    static func tokens(_ query: String) throws(QueryError) -> [Token] {
        let chars = Array(query)
        var out: [Token] = []
        var i = 0
        func isBreak(_ c: Character) -> Bool { c.isWhitespace || c == "(" || c == ")" || openQuotes.contains(c) }

        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c.isWhitespace {
                i += 1
            } else if c == "(" {
                out.append(Token(kind: .open, column: column))
                i += 1
            } else if c == ")" {
                out.append(Token(kind: .close, column: column))
                i += 1
            } else if openQuotes.contains(c) {
                var j = i + 1
                while j < chars.count, !closeQuotes.contains(chars[j]) { j += 1 }
                guard j < chars.count else { throw QueryError("unclosed quote", column: column) }
                out.append(Token(kind: .phrase(String(chars[(i + 1)..<j])), column: column))
                i = j + 1
            } else if c == "-" && (i + 1 >= chars.count || chars[i + 1].isWhitespace) {
                throw QueryError("“-” must be followed by what to exclude, with no space", column: column)
            } else if c == "-" {
                out.append(Token(kind: .minus, column: column))
                i += 1
            } else {
                var j = i
                while j < chars.count, !isBreak(chars[j]) { j += 1 }
                let word = String(chars[i..<j])
                if let colon = word.firstIndex(of: ":"), colon != word.startIndex {
                    let name = String(word[..<colon])
                    let lower = name.lowercased()
                    if fields.contains(lower) {
                        out.append(Token(kind: .field(lower), column: column))
                        let rest = String(word[word.index(after: colon)...])
                        if !rest.isEmpty {
                            out.append(Token(kind: .word(rest), column: column + name.count + 1))
                        }
                        i = j
                        continue
                    }
                    if name.allSatisfy(\.isLetter) {
                        throw QueryError(
                            "unknown filter “\(name):”; filters are \(fields.map { $0 + ":" }.joined(separator: " ")) (quote it to search the text)",
                            column: column)
                    }
                }
                switch word {
                case "OR": out.append(Token(kind: .or, column: column))
                case "AND": out.append(Token(kind: .and, column: column))
                default: out.append(Token(kind: .word(word), column: column))
                }
                i = j
            }
        }
        return out
    }
}
