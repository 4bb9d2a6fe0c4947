import BylineTestSupport
import Foundation
import Testing

/// `byline export`: the analysed corpus as a researcher's data frame would read it.
@Suite struct ExportCommandTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    /// Every line of `export --jsonl` over the sample corpus, parsed.
    func exported() throws -> [[String: Any]] {
        let result = try Spawn.run([byline, "export", articles, "--jsonl"], environment: TestEnvironment.isolated(), timeout: 120)
        #expect(result.status == 0, "\(result.error)")
        return try result.output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    static func slice(_ text: [Unicode.Scalar], _ object: [String: Any]) -> String? {
        guard let start = object["start"] as? Int, let end = object["end"] as? Int, 0 <= start, start <= end, end <= text.count else { return nil }
        return String(String.UnicodeScalarView(text[start..<end]))
    }

    @Test func everyArticleWithOffsetsThatSliceItsText() throws {
        let rows = try exported()
        let listed = try Spawn.run([byline, "list", articles, "--json"], environment: TestEnvironment.isolated(), timeout: 120)
        let paths = try #require(JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]).compactMap { $0["path"] as? String }
        #expect(Set(rows.compactMap { $0["path"] as? String }) == Set(paths))
        #expect(rows.count == paths.count)
        var mentionCount = 0
        var terms = 0
        for row in rows {
            let text = Array(try #require(row["text"] as? String).unicodeScalars)
            #expect(row["title"] is String)
            for entity in try #require(row["entities"] as? [[String: Any]]) {
                #expect(entity["id"] is Int && entity["name"] is String)
                #expect(["person", "organization", "place", "other"].contains(entity["type"] as? String))
                for mention in try #require(entity["mentions"] as? [[String: Any]]) {
                    let form = try #require(Self.slice(text, mention), "\(row["path"]!): \(mention)")
                    #expect(form.first.map { $0.isLetter || $0.isNumber } == true, "\(form)")
                    mentionCount += 1
                }
            }
            for quote in try #require(row["quotes"] as? [[String: Any]]) {
                #expect(Self.slice(text, quote) != nil)
                #expect(["direct", "partial", "term"].contains(quote["kind"] as? String))
                // A term is nobody's quotation: no speaker.
                if quote["kind"] as? String == "term" {
                    #expect(quote["speaker"] is NSNull && quote["speaker_id"] is NSNull, "\(quote)")
                    terms += 1
                }
            }
        }
        #expect(mentionCount > 300)
        #expect(terms > 0, "the sample corpus quotes ship and beer names, which are terms")
    }

    @Test func anEntityHasOneIdAndOneNameAcrossArticles() throws {
        let rows = try exported()
        var names: [Int: Set<String>] = [:]
        var articlesByName: [String: Set<String>] = [:]
        for row in rows {
            for entity in row["entities"] as? [[String: Any]] ?? [] {
                let id = try #require(entity["id"] as? Int), name = try #require(entity["name"] as? String)
                names[id, default: []].insert(name)
                articlesByName[name, default: []].insert(row["path"] as? String ?? "")
            }
        }
        #expect(names.values.allSatisfy { $0.count == 1 }, "\(names.filter { $0.value.count > 1 })")
        // The mayoral candidate is named in many stories, by full name or "Mr Okafor": one entity.
        #expect((articlesByName["Daniel Okafor"]?.count ?? 0) >= 5)
        #expect(names.values.filter { $0.contains("Daniel Okafor") }.count == 1)
    }

    @Test func aQuotesSpeakerIdIsItsSpeakersEntityId() throws {
        let rows = try exported()
        var checked = 0
        for row in rows {
            let ids = Dictionary((row["entities"] as? [[String: Any]] ?? []).compactMap { entity in
                (entity["name"] as? String).flatMap { name in (entity["id"] as? Int).map { (name, $0) } }
            }, uniquingKeysWith: { first, _ in first })
            for quote in row["quotes"] as? [[String: Any]] ?? [] {
                guard let speaker = quote["speaker_entity"] as? String, let id = quote["speaker_id"] as? Int else { continue }
                #expect(ids[speaker] == id, "\(row["path"]!): \(speaker)")
                checked += 1
            }
        }
        #expect(checked > 30)
    }

    @Test func withoutJSONLinesItIsOneArrayOfTheSameArticles() throws {
        let result = try Spawn.run([byline, "export", articles], environment: TestEnvironment.isolated(), timeout: 120)
        #expect(result.status == 0)
        let array = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(array.count == (try exported()).count)
    }

    @Test func aMissingFolderIsOneLineAndExitOne() throws {
        let result = try Spawn.run([byline, "export", "/nonexistent/news"], environment: TestEnvironment.isolated(), timeout: 120)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.split(separator: "\n").count == 1)
    }
}
