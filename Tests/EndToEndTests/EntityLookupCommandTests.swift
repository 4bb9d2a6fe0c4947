import BylineTestSupport
import Foundation
import Testing

/// `byline entities` and `byline mentions` agree: every name the first shows, the second takes.
@Suite struct EntityLookupCommandTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    @Test func everyListedEntityIsFoundByItsDisplayedName() throws {
        let environment = TestEnvironment.isolated()
        let listed = try Spawn.run([byline, "entities", articles, "--json"], environment: environment, timeout: 120)
        #expect(listed.status == 0, "\(listed.error)")
        let entities = try #require(JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(entities.count > 20)
        for entity in entities {
            let name = try #require(entity["name"] as? String)
            let id = try #require(entity["id"] as? Int)
            let result = try Spawn.run([byline, "mentions", name, articles, "--json", "--limit", "1"], environment: environment, timeout: 120)
            if result.status == 0 {
                let answer = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
                let found = try #require(answer["entity"] as? [String: Any])
                #expect(found["id"] as? Int == id, "mentions \(name) gave \(found["name"] ?? "?")")
            } else {
                // Only a name several entities really share lists candidates: this one among them,
                // or, for a bare name left unlinked because people share it, those people.
                let type = try #require(entity["type"] as? String)
                let mentions = try #require(entity["mentions"] as? Int)
                #expect(result.status == 1, "mentions \(name): \(result.error)")
                if entity["ambiguous"] as? Bool == true {
                    #expect(result.error.contains("could be any of these"), "mentions \(name): \(result.error)")
                } else {
                    #expect(result.error.contains("  \(name) (\(type), \(mentions) mentions)"), "mentions \(name): \(result.error)")
                }
            }
        }
    }

    /// `--type` takes the reader's spelling of a type ("organisation") and the JSON's alike.
    @Test func theTypeIsTakenInEitherSpelling() throws {
        let environment = TestEnvironment.isolated()
        var outputs: [String] = []
        for spelling in ["organisation", "organization", "Organisations", "org"] {
            let result = try Spawn.run([byline, "entities", articles, "--type", spelling, "--json"], environment: environment, timeout: 120)
            #expect(result.status == 0, "--type \(spelling): \(result.error)")
            outputs.append(result.output)
        }
        let entities = try #require(JSONSerialization.jsonObject(with: Data(outputs[0].utf8)) as? [[String: Any]])
        #expect(entities.count > 3)
        #expect(entities.allSatisfy { $0["type"] as? String == "organization" })
        #expect(Set(outputs).count == 1)
    }
}
