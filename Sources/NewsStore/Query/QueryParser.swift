import Foundation

/// Reads the query language into a `QueryNode` tree, or says what is wrong and where.
///
/// ```
/// query   := conjunction
/// conjunction := disjunction+            (implicit AND; an explicit AND is allowed)
/// disjunction := unary ("OR" unary)*
/// unary   := "-" primary | primary
/// primary := word | prefix* | "phrase" | field:value | "(" conjunction ")"
/// ```
public enum QueryParser {
    public static func parse(_ query: String) throws(QueryError) -> QueryNode {
        var parser = Parser(tokens: try QueryLexer.tokens(query), end: query.count + 1)
        guard !parser.tokens.isEmpty else { throw QueryError("the query is empty", column: 1) }
        let node = try parser.conjunction(depth: 0)
        if let extra = parser.peek {
            throw QueryError(extra.kind == .close ? "“)” without a matching “(”" : "unexpected text", column: extra.column)
        }
        try checkExclusions(node, topLevel: true)
        return node
    }

    /// An exclusion must apply to the whole query (or a whole group it is ANDed in), never be an
    /// alternative of an OR: "a OR -b" has no useful meaning and FTS5 cannot express it.
    private static func checkExclusions(_ node: QueryNode, topLevel: Bool) throws(QueryError) {
        switch node {
        case .term, .filter: return
        case .not(let inner, let column):
            if !topLevel { throw QueryError("an exclusion cannot be one side of OR", column: column) }
            try checkExclusions(inner, topLevel: false)
        case .and(let items):
            for item in items { try checkExclusions(item, topLevel: topLevel) }
        case .or(let items):
            for item in items { try checkExclusions(item, topLevel: false) }
        }
    }
}

private struct Parser {
    var tokens: [QueryLexer.Token]
    let end: Int
    var position = 0

    var peek: QueryLexer.Token? { position < tokens.count ? tokens[position] : nil }

    mutating func next() -> QueryLexer.Token? {
        defer { position += 1 }
        return peek
    }

    mutating func conjunction(depth: Int) throws(QueryError) -> QueryNode {
        var items: [QueryNode] = []
        while let token = peek {
            if token.kind == .close {
                if depth == 0 { throw QueryError("“)” without a matching “(”", column: token.column) }
                break
            }
            if token.kind == .and {
                position += 1
                guard items.isEmpty == false else { throw QueryError("AND needs a search term before it", column: token.column) }
                guard let after = peek, after.kind != .close, after.kind != .or, after.kind != .and else {
                    throw QueryError("AND needs a search term after it", column: token.column)
                }
                continue
            }
            items.append(try disjunction(depth: depth))
        }
        if items.isEmpty { throw QueryError("nothing to search for", column: peek?.column ?? end) }
        if items.count == 1 { return items[0] }
        if items.allSatisfy({ if case .not = $0 { return true } else { return false } }) && depth > 0 {
            throw QueryError("a group needs something to find besides exclusions", column: columnOf(items[0]))
        }
        return .and(items)
    }

    mutating func disjunction(depth: Int) throws(QueryError) -> QueryNode {
        if let token = peek, token.kind == .or { throw QueryError("OR needs a search term before it", column: token.column) }
        var items = [try unary(depth: depth)]
        while let token = peek, token.kind == .or {
            position += 1
            guard let after = peek, after.kind != .close, after.kind != .or, after.kind != .and else {
                throw QueryError("OR needs a search term after it", column: token.column)
            }
            items.append(try unary(depth: depth))
        }
        return items.count == 1 ? items[0] : .or(items)
    }

    mutating func unary(depth: Int) throws(QueryError) -> QueryNode {
        guard let token = peek, token.kind == .minus else { return try primary(depth: depth) }
        position += 1
        guard let after = peek, after.kind != .close, after.kind != .or, after.kind != .and, after.kind != .minus else {
            throw QueryError("“-” must be followed by what to exclude", column: token.column)
        }
        return .not(try primary(depth: depth), column: token.column)
    }

    mutating func primary(depth: Int) throws(QueryError) -> QueryNode {
        guard let token = next() else { throw QueryError("the query ends too early", column: end) }
        switch token.kind {
        case .word(let text):
            return .term(try Self.term(text, column: token.column, titleOnly: false))
        case .phrase(let text):
            return .term(try Self.phrase(text, column: token.column, titleOnly: false))
        case .open:
            if let close = peek, close.kind == .close { throw QueryError("empty parentheses", column: token.column) }
            guard depth < 32 else { throw QueryError("parentheses nested too deep", column: token.column) }
            let inner = try conjunction(depth: depth + 1)
            guard let close = next(), close.kind == .close else { throw QueryError("“(” is never closed", column: token.column) }
            return inner
        case .field(let name):
            return try field(name, column: token.column)
        case .close:
            throw QueryError("“)” without a matching “(”", column: token.column)
        case .or, .and, .minus:
            throw QueryError("expected a search term", column: token.column)
        }
    }

    mutating func field(_ name: String, column: Int) throws(QueryError) -> QueryNode {
        // The value is the next token, which the lexer only splits off when written right after
        // the colon ("person:putin", "person:\"Vladimir Putin\"").
        guard let value = peek, value.column == column + name.count + 1 else {
            throw QueryError("\(name): needs a value right after the colon", column: column)
        }
        let text: String
        let quoted: Bool
        switch value.kind {
        case .word(let w):
            text = w
            quoted = false
        case .phrase(let p):
            text = p
            quoted = true
        default:
            throw QueryError("\(name): needs a value right after the colon", column: column)
        }
        position += 1
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw QueryError("\(name): needs a value", column: column) }
        switch name {
        case "title":
            return .term(quoted ? try Self.phrase(text, column: value.column, titleOnly: true)
                                : try Self.term(text, column: value.column, titleOnly: true))
        case "person": return .filter(.person(trimmed), column: column)
        case "org": return .filter(.organization(trimmed), column: column)
        case "place": return .filter(.place(trimmed), column: column)
        case "speaker": return .filter(.speaker(trimmed), column: column)
        case "tag":
            // Tags are kept lower case without spaces or commas.
            guard let tag = TagNames.normalized([trimmed]).first, tag == trimmed.lowercased() else {
                throw QueryError("tag: takes one tag, without spaces or commas", column: value.column)
            }
            return .filter(.tag(tag), column: column)
        case "section": return .filter(.section(trimmed), column: column)
        case "source": return .filter(.source(trimmed), column: column)
        case "folder", "in":
            // "sport/" and "/sport" name the folder "sport"; the path is relative to the corpus.
            let folder = trimmed.split(separator: "/").joined(separator: "/")
            guard !folder.isEmpty else { throw QueryError("\(name): needs a folder of the corpus, as in \(name):sport", column: value.column) }
            return .filter(.folder(folder), column: column)
        case "after", "before":
            guard let day = Self.day(trimmed, upper: false) else {
                throw QueryError("\(name): expects a date as YYYY-MM-DD (or YYYY-MM, YYYY)", column: value.column)
            }
            return .filter(name == "after" ? .after(day) : .before(day), column: column)
        default:
            throw QueryError("unknown filter “\(name):”", column: column)
        }
    }

    /// A date as `yyyymmdd`; `YYYY` and `YYYY-MM` mean their first day.
    static func day(_ text: String, upper: Bool) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month = 1, day = 1
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil }
            day = d
        }
        return year * 10000 + month * 100 + day
    }

    static func term(_ text: String, column: Int, titleOnly: Bool) throws(QueryError) -> SearchTerm {
        var word = text
        var kind = SearchTerm.Kind.word
        if word.hasSuffix("*") {
            word.removeLast()
            kind = .prefix
            guard !word.isEmpty, !word.hasSuffix("*") else {
                throw QueryError("“*” must follow the start of a word, as in gov*", column: column)
            }
        }
        if let star = word.firstIndex(of: "*") {
            throw QueryError("“*” may only end a word", column: column + word.distance(from: word.startIndex, to: star))
        }
        guard word.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            throw QueryError("“\(text)” has no letters or digits to search for", column: column)
        }
        return SearchTerm(kind: kind, text: word, titleOnly: titleOnly, column: column)
    }

    static func phrase(_ text: String, column: Int, titleOnly: Bool) throws(QueryError) -> SearchTerm {
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            throw QueryError("empty phrase", column: column)
        }
        return SearchTerm(kind: .phrase, text: text, titleOnly: titleOnly, column: column)
    }

    func columnOf(_ node: QueryNode) -> Int {
        switch node {
        case .term(let t): return t.column
        case .filter(_, let c), .not(_, let c): return c
        case .and(let items), .or(let items): return items.first.map(columnOf) ?? 1
        }
    }
}
