import BylineTestSupport
import Foundation
import Testing

/// `byline list` and `byline show` as scripts use them.
@Suite struct CommandLineTests {
    let byline = BuiltProducts.byline.path

    @Test func showJSONOffsetsSliceTheText() throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let result = try Spawn.run([byline, "show", corpus.appendingPathComponent("port/2026-05-02-harbour-vote.txt").path, "--json"], environment: TestEnvironment.isolated())
        #expect(result.status == 0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["title"] as? String == "Harbour board backs €40m dredging plan after stormy meeting")
        #expect(json["credit"] as? String == "Lena Marsh/Harbour Times")
        #expect(json["agency"] as? String == "Coastal Press Agency")
        #expect(json["date"] as? String == "2026-05-02")
        let text = Array(try #require(json["text"] as? String).unicodeScalars)
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        let slices = blocks.map { block -> (String, String) in
            let start = block["start"] as! Int, end = block["end"] as! Int
            return (block["kind"] as! String, String(String.UnicodeScalarView(text[start..<end])))
        }
        #expect(slices.map(\.0) == ["headline", "standfirst", "caption", "paragraph", "paragraph", "subheading", "paragraph", "paragraph"])
        #expect(slices[5].1 == "Objections from the quay")
        #expect(slices[7].1 == "A delegation led by 田中美咲 (Misaki Tanaka) of Hoshino Shipping attended as observers.")
        #expect(slices[2].1.hasSuffix("Photograph: Lena Marsh/Harbour Times"))
    }

    @Test func showJSONEntitiesAndQuotesSliceTheText() throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let result = try Spawn.run([byline, "show", corpus.appendingPathComponent("port/2026-05-02-harbour-vote.txt").path, "--json"], environment: TestEnvironment.isolated())
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let text = Array(try #require(json["text"] as? String).unicodeScalars)
        func slice(_ start: Any?, _ end: Any?) -> String? {
            guard let start = start as? Int, let end = end as? Int, start <= end, end <= text.count else { return nil }
            return String(String.UnicodeScalarView(text[start..<end]))
        }
        let entities = try #require(json["entities"] as? [[String: Any]])
        let lindqvist = try #require(entities.first { $0["name"] as? String == "Ingrid Lindqvist" })
        #expect(lindqvist["type"] as? String == "person")
        let mentions = try #require(lindqvist["mentions"] as? [[String: Any]])
        #expect(mentions.count == 2)
        for mention in mentions {
            #expect(slice(mention["start"], mention["end"]) == mention["text"] as? String)
            #expect((mention["text"] as? String)?.contains("Lindqvist") == true)
        }
        #expect(!entities.contains { ($0["name"] as? String)?.contains("Marsh") == true }, "the photographer is not an entity")
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        let choosing = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("We are not choosing") == true })
        #expect(choosing["kind"] as? String == "direct")
        #expect(choosing["speaker_entity"] as? String == "Ingrid Lindqvist")
        #expect(slice(choosing["start"], choosing["end"]) == choosing["text"] as? String)
        #expect(slice(choosing["speaker_start"], choosing["speaker_end"]) == choosing["speaker"] as? String)
        #expect(quotes.allSatisfy { slice($0["start"], $0["end"]) == $0["text"] as? String })
    }

    @Test func listIsNewestFirst() throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let result = try Spawn.run([byline, "list", corpus.path, "--json"], environment: TestEnvironment.isolated())
        #expect(result.status == 0)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["path"] as? String } == ["port/2026-05-02-harbour-vote.txt", "city/2026-04-20-tram-vote.txt"])
    }

    @Test(arguments: [
        (["list", "/nonexistent/folder"], Int32(1), "no such folder"),
        (["show", "/nonexistent/file.txt"], 1, "no such file"),
        (["list", "--bogus"], 2, "Unknown option"),
    ])
    func badInputGetsAMessageAndAStatus(arguments: [String], status: Int32, message: String) throws {
        let tmux = try TmuxSession(command: "'\(byline)' " + arguments.map { "'\($0)'" }.joined(separator: " "), width: 120, height: 10)
        defer { tmux.kill() }
        #expect(tmux.exitStatus() == status)
        #expect(tmux.capture().contains(message))
        #expect(!tmux.capture().contains("Fatal error"))
    }

    @Test func aFileWhereAFolderIsExpected() throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let file = corpus.appendingPathComponent("port/2026-05-02-harbour-vote.txt").path
        let result = try Spawn.run([byline, "list", file], environment: TestEnvironment.isolated())
        #expect(result.status == 1)
    }

    @Test func versionAndHelp() throws {
        #expect(try Spawn.run([byline, "--version"]).output.hasPrefix("0."))
        for command in ["list", "show", "read"] {
            let help = try Spawn.run([byline, command, "--help"])
            #expect(help.status == 0 && help.output.contains("USAGE"))
        }
    }
}
