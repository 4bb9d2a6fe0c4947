import Testing
@testable import NewsStore

@Suite struct QueryParserTests {
    private func parse(_ q: String) throws -> QueryNode { try QueryParser.parse(q) }

    private func error(_ q: String) -> QueryError? {
        do {
            _ = try QueryParser.parse(q)
            return nil
        } catch {
            return error
        }
    }

    @Test func wordsAreAllRequired() throws {
        #expect(try parse("port strike") == .and([
            .term(SearchTerm(kind: .word, text: "port", column: 1)),
            .term(SearchTerm(kind: .word, text: "strike", column: 6)),
        ]))
    }

    @Test func phrasesTakeStraightAndCurlyQuotes() throws {
        #expect(try parse("\"harbour board\"") == .term(SearchTerm(kind: .phrase, text: "harbour board", column: 1)))
        #expect(try parse("“harbour board”") == .term(SearchTerm(kind: .phrase, text: "harbour board", column: 1)))
    }

    @Test func prefixOrExclusionAndTitle() throws {
        #expect(try parse("gov*") == .term(SearchTerm(kind: .prefix, text: "gov", column: 1)))
        #expect(try parse("a OR b") == .or([.term(SearchTerm(kind: .word, text: "a", column: 1)), .term(SearchTerm(kind: .word, text: "b", column: 6))]))
        #expect(try parse("a -b") == .and([.term(SearchTerm(kind: .word, text: "a", column: 1)), .not(.term(SearchTerm(kind: .word, text: "b", column: 4)), column: 3)]))
        #expect(try parse("title:strike") == .term(SearchTerm(kind: .word, text: "strike", titleOnly: true, column: 7)))
        #expect(try parse("title:\"port strike\"") == .term(SearchTerm(kind: .phrase, text: "port strike", titleOnly: true, column: 7)))
    }

    @Test func orBindsTighterThanAnd() throws {
        let node = try parse("a OR b c")
        guard case .and(let items) = node, items.count == 2, case .or = items[0] else {
            Issue.record("expected (a OR b) AND c, got \(node)")
            return
        }
    }

    @Test func filters() throws {
        #expect(try parse("person:putin") == .filter(.person("putin"), column: 1))
        #expect(try parse("person:\"Vladimir Putin\"") == .filter(.person("Vladimir Putin"), column: 1))
        #expect(try parse("org:nato") == .filter(.organization("nato"), column: 1))
        #expect(try parse("place:ellison") == .filter(.place("ellison"), column: 1))
        #expect(try parse("speaker:ribeiro") == .filter(.speaker("ribeiro"), column: 1))
        #expect(try parse("after:2026-04-01") == .filter(.after(20260401), column: 1))
        #expect(try parse("before:2026-05") == .filter(.before(20260501), column: 1))
        #expect(try parse("AFTER:2026") == .filter(.after(20260101), column: 1))
    }

    @Test func malformedQueriesSayWhatAndWhere() {
        #expect(error("") == QueryError("the query is empty", column: 1))
        #expect(error("strike \"port") == QueryError("unclosed quote", column: 8))
        #expect(error("OR strike") == QueryError("OR needs a search term before it", column: 1))
        #expect(error("strike OR") == QueryError("OR needs a search term after it", column: 8))
        #expect(error("strike - port") == QueryError("“-” must be followed by what to exclude, with no space", column: 8))
        #expect(error("(strike") == QueryError("“(” is never closed", column: 1))
        #expect(error("strike)") == QueryError("“)” without a matching “(”", column: 7))
        #expect(error("()") == QueryError("empty parentheses", column: 1))
        #expect(error("*") == QueryError("“*” must follow the start of a word, as in gov*", column: 1))
        #expect(error("g*v") == QueryError("“*” may only end a word", column: 2))
        #expect(error("\"\"") == QueryError("empty phrase", column: 1))
        #expect(error("!!!") == QueryError("“!!!” has no letters or digits to search for", column: 1))
        #expect(error("person:") == QueryError("person: needs a value right after the colon", column: 1))
        #expect(error("after:March") == QueryError("after: expects a date as YYYY-MM-DD (or YYYY-MM, YYYY)", column: 7))
        #expect(error("before:2026-13-01") == QueryError("before: expects a date as YYYY-MM-DD (or YYYY-MM, YYYY)", column: 8))
        #expect(error("a OR -b") == QueryError("an exclusion cannot be one side of OR", column: 6))
        #expect(error("peson:putin")?.message.hasPrefix("unknown filter “peson:”") == true)
        #expect(error("peson:putin")?.column == 1)
    }

    @Test func timesAndOtherColonsAreText() throws {
        #expect(try parse("10:30") == .term(SearchTerm(kind: .word, text: "10:30", column: 1)))
    }
}
