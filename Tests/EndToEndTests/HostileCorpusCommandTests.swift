import BylineTestSupport
import Foundation
import NewsCore
import Testing

/// Every scripting command on the hostile corpus: each bad file skipped or cleaned with one
/// warning line naming it, everything else working, no crash, no hang, no control bytes out.
@Suite(.serialized) struct HostileCorpusCommandTests {
    let byline = BuiltProducts.byline.path

    /// Runs the binary; a command still running after `timeout` seconds is killed and fails.
    func run(_ arguments: [String], _ environment: [String: String], timeout: Double = 300) throws -> Spawn.Outcome {
        let outcome = try Spawn.run([byline] + arguments, environment: environment, timeout: timeout)
        #expect(!outcome.timedOut, "byline \(arguments.joined(separator: " ")) hung")
        #expect(!outcome.error.contains("Fatal error") && !outcome.error.contains("Stack dump") && !outcome.error.contains("#0 "),
                "byline \(arguments.joined(separator: " ")) crashed:\n\(outcome.error.suffix(2000))")
        return outcome
    }

    /// Scalars that would act on a terminal: controls other than newline, and bidirectional overrides.
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { ($0.properties.generalCategory == .control && $0 != "\n") || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
            .map { "U+" + String($0.value, radix: 16) }
    }

    /// The lines of `stderr` that warn about `path` (as printed: each hidden character shown).
    static func warnings(about path: String, in stderr: String) -> [Substring] {
        let prefix = "byline: \(path.terminalSafeName):"
        return stderr.split(separator: "\n").filter { $0.hasPrefix(prefix) }
    }

    @Test func everyCommandCopesWithTheHostileCorpus() throws {
        let corpus = try HostileCorpus(.full)
        defer { corpus.remove() }
        let env = TestEnvironment.isolated()
        let dir = corpus.folder.path

        // index: one line per skipped file, none for the good ones, at most one for cleaned ones.
        let index = try run(["index", dir], env)
        #expect(index.status == 0, "\(index.error.suffix(1000))")
        #expect(Self.controls(in: index.output + index.error) == [])
        for path in corpus.skippedPaths {
            #expect(Self.warnings(about: path, in: index.error).count == 1, "\(path) was not reported exactly once")
        }
        for path in corpus.goodPaths {
            #expect(Self.warnings(about: path, in: index.error).isEmpty, "\(path) is good but was warned about")
        }
        for path in corpus.cleanedPaths {
            #expect(Self.warnings(about: path, in: index.error).count <= 1, "\(path) was warned about more than once")
        }
        #expect(index.error.split(separator: "\n").filter { $0.hasPrefix("byline: empty/") && $0.hasSuffix("holds no text; skipped") }.count
                == HostileCorpus.emptyFileCount)
        if let deep = corpus.tooDeepFolder {
            #expect(Self.warnings(about: deep, in: index.error).count == 1, "the folder past PATH_MAX was not reported")
        }
        #expect(index.output.contains("\(corpus.goodPaths.count + corpus.cleanedPaths.count) articles indexed"), "\(index.output)")

        // A second run finds nothing to do and says nothing about files it already reported
        // (a folder it cannot open is named again: nothing is known about what it holds).
        let again = try run(["index", dir], env)
        #expect(again.status == 0)
        #expect(!again.output.contains(" new") && !again.output.contains(" changed"), "\(again.output)")
        // Warning lines are "byline: path: reason"; progress lines have one ": " only.
        let repeated = again.error.split(separator: "\n").filter { $0.components(separatedBy: ": ").count >= 3 && !$0.hasPrefix("byline: toodeep/") }
        #expect(repeated == [], "reported again: \(repeated.prefix(5))")

        // list: every good and cleaned article, no skipped one, nothing a terminal would act on.
        let listJSON = try run(["list", dir, "--json"], env)
        #expect(listJSON.status == 0)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(listJSON.output.utf8)) as? [[String: Any]])
        let listed = Set(entries.compactMap { $0["path"] as? String })
        #expect(listed == Set(corpus.goodPaths + corpus.cleanedPaths))
        #expect(entries.compactMap { $0["title"] as? String }.allSatisfy { Self.controls(in: $0).isEmpty })
        #expect(entries.compactMap { $0["title"] as? String }.allSatisfy { $0.unicodeScalars.count <= 250 })
        let list = try run(["list", dir], env)
        #expect(list.status == 0 && list.output.contains(HostileCorpus.goodHeadline))
        #expect(list.output.contains(HostileCorpus.controlHeadline))
        #expect(Self.controls(in: list.output + list.error) == [])
        #expect(!list.output.contains("PWNED-TITLE\u{7}"))

        // search finds the good story, and nothing of the attacks' payloads is searchable.
        let search = try run(["search", HostileCorpus.goodWord, dir], env)
        #expect(search.status == 0 && search.output.contains("good/2026-05-02-harbour-vote.txt"))
        let payload = try run(["search", "pwned", dir], env)
        #expect(payload.status == 0 && payload.output.isEmpty && payload.error.contains("no articles match"), "\(payload.output)")
        let everywhere = try run(["search", "lorem", dir, "--json"], env)
        #expect(everywhere.status == 0 && everywhere.output.contains("big/one-line.txt"))

        // entities, quotes and mentions answer from the good stories.
        let entities = try run(["entities", dir], env)
        #expect(entities.status == 0 && entities.output.contains("Ingrid Lindqvist"))
        #expect(Self.controls(in: entities.output) == [])
        let quotes = try run(["quotes", dir, "--speaker", "Ingrid Lindqvist"], env)
        #expect(quotes.status == 0 && quotes.output.contains("We are not choosing between ships and fish"), "\(quotes.error)")
        let allQuotes = try run(["quotes", dir], env)
        #expect(allQuotes.status == 0 && Self.controls(in: allQuotes.output).isEmpty)
        let mentions = try run(["mentions", "Ó Briain", dir], env)
        #expect(mentions.status == 0 && mentions.output.contains("good/2026-05-02-harbour-vote.txt"), "\(mentions.error)")
        #expect(Self.controls(in: mentions.output) == [])

        // show: every cleaned file shows with its warning, in text and in JSON; skipped ones fail cleanly.
        for path in corpus.cleanedPaths {
            let file = corpus.folder.appendingPathComponent(path).path
            let shown = try run(["show", file], env)
            #expect(shown.status == 0, "show \(path): \(shown.error)")
            #expect(Self.controls(in: shown.output + shown.error) == [], "show \(path)")
            let json = try run(["show", "--json", file], env)
            #expect(json.status == 0, "show --json \(path)")
            let object = try #require(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any], "show --json \(path)")
            #expect(Self.controls(in: (object["text"] as? String) ?? "").filter { $0 != "U+a" } == [], "show --json \(path)")
        }
        for path in corpus.skippedPaths where FileManager.default.fileExists(atPath: corpus.folder.appendingPathComponent(path).path) {
            let shown = try run(["show", corpus.folder.appendingPathComponent(path).path], env)
            #expect(shown.status == 1, "show \(path) should fail")
            #expect(shown.error.split(separator: "\n").count == 1, "show \(path): \(shown.error)")
        }
    }

    @Test func filesChangingWhileTheyAreIndexedLeaveAConsistentIndex() throws {
        let corpus = try HostileCorpus(.small)
        defer { corpus.remove() }
        let env = TestEnvironment.isolated()
        let churn = corpus.startChurning()
        // Stopped however the loop ends: a churn left running would spin to the end of the run.
        var churning = true
        defer { if churning { churn.stop() } }
        // Several runs while files are rewritten and deleted under them: none may fail.
        for _ in 0..<4 {
            let index = try run(["index", corpus.folder.path], env)
            #expect(index.status == 0, "\(index.error.suffix(800))")
        }
        churn.stop()
        churning = false
        #expect(churn.rounds > 0)
        // Once the files are still, one more run agrees with the folder exactly.
        let settled = try run(["index", corpus.folder.path], env)
        #expect(settled.status == 0)
        let list = try run(["list", corpus.folder.path, "--json"], env)
        let paths = Set(((try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String })
        #expect(paths.contains("churn/rewritten.txt"))
        let vanishing = FileManager.default.fileExists(atPath: corpus.folder.appendingPathComponent("churn/vanishing.txt").path)
        #expect(paths.contains("churn/vanishing.txt") == vanishing)
        let shown = try run(["show", corpus.folder.appendingPathComponent("churn/rewritten.txt").path, "--json"], env)
        let title = ((try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])?["title"] as? String) ?? ""
        let search = try run(["search", "title:rewritten", corpus.folder.path, "--json"], env)
        let hits = ((try JSONSerialization.jsonObject(with: Data(search.output.utf8)) as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String }
        #expect(hits == [title], "the index holds a stale version of the rewritten file")
    }
}
