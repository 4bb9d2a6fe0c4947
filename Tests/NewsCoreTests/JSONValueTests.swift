import NewsCore
import Testing

@Suite struct JSONValueTests {
    @Test func keysKeepTheirOrderAndStringsAreEscaped() {
        let value = JSONValue.object([
            ("z", .string("a \"quote\" \\ and\nnewline \u{1B} ✓")),
            ("a", .array([.int(1), .null, .bool(true), .double(2.5)])),
            ("empty", .object([])),
        ])
        #expect(value.serialized(pretty: false) == #"{"z":"a \"quote\" \\ and\nnewline \u001b ✓","a":[1,null,true,2.5],"empty":{}}"#)
        #expect(value.serialized().contains("\n  \"a\": [\n    1,"))
    }

    @Test func articleJSONHasTheDocumentedFields() throws {
        let article = try ArticleParser.parse(text: Fixture.wire, path: "port/a.txt")
        guard case .object(let fields) = article.json else {
            Issue.record("not an object")
            return
        }
        #expect(fields.map(\.0) == ["path", "title", "standfirst", "caption", "credit", "agency", "date", "author", "source", "url", "meta", "text", "blocks", "warnings"])
    }
}
