import BylineTestSupport
import Foundation
import Testing

/// Versions of one story in the real reader and in the commands: one row marked `×3`, `v` lists
/// the versions, Enter opens one, Esc brings the list back; `search --json` and `show --json`
/// name the versions.
@Suite(.serialized) struct DuplicateScenarioTests {
    let byline = BuiltProducts.byline.path

    /// A folder with one story in three versions, another report of the same match and a ferry
    /// story, each dated by its file name.
    final class Folder {
        let url: URL

        init() throws {
            url = Scratch.directory("versions")
            let files = [
                ("sport/2026-05-04-fixed.txt", StoryFixtures.reportCorrected),
                ("sport/2026-05-03-first.txt", StoryFixtures.report),
                ("sport/2026-05-02-copy.txt", StoryFixtures.report),
                ("sport/2026-05-03-other.txt", StoryFixtures.otherReport),
                ("local/2026-05-01-ferry.txt", StoryFixtures.ferry),
            ]
            for (path, text) in files {
                let file = url.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file)
            }
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func oneRowPerStoryVListsTheVersionsAndEnterOpensOne() throws {
        let folder = try Folder()
        let tmux = try TmuxSession(
            command: "'\(byline)' '\(folder.url.path)'", width: 100, height: 30, environment: TestEnvironment.isolatedDirectories())
        defer { tmux.kill() }
        // Three rows for five files: the story shown once, as its newest version, marked ×3.
        var (ok, screen) = tmux.wait(timeout: 30) { $0.contains("×3") && $0.contains("Late Wren strike") && $0.contains("Ferry timetable") }
        #expect(ok, "the list did not show the story once:\n\(screen)")
        let rows = screen.split(separator: "\n").filter { $0.contains("May 0") }
        #expect(rows.count == 3, "\(rows)")
        #expect(rows.first?.contains("Athletic come from behind") == true && rows.first?.contains("×3") == true, "\(rows)")
        // v: the versions, newest first, by path.
        tmux.send("v")
        (ok, screen) = tmux.wait { $0.contains("Versions") && $0.contains("3 versions") && $0.contains("sport/2026-05-02-copy") }
        #expect(ok, "v did not list the versions:\n\(screen)")
        let listed = screen.split(separator: "\n").filter { $0.contains("sport/2026-05-0") }.map { String($0) }
        #expect(listed.count >= 3, "\(listed)")
        #expect(listed.firstIndex { $0.contains("05-04-fixed") } ?? 9 < listed.firstIndex { $0.contains("05-02-copy") } ?? 0, "\(listed)")
        // Enter on the last (oldest) version opens it.
        tmux.send("j", "j", "Enter")
        (ok, screen) = tmux.wait { $0.contains("│ sport/2026-05-02-copy.txt") && $0.contains("Athletic came from a goal down") }
        #expect(ok, "Enter did not open the third version:\n\(screen)")
        // Esc goes back to where v was pressed: the list of stories.
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains("×3") && $0.contains("3 articles") && !$0.contains("Versions") }
        #expect(ok, "Esc did not bring the list back:\n\(screen)")
        // A story told once says so.
        tmux.send("j", "v")
        (ok, screen) = tmux.wait { $0.contains("Only one version of this story") }
        #expect(ok, "v on a single story:\n\(screen)")
        // ? lists the key.
        tmux.send("?", "NPage")
        (ok, screen) = tmux.wait { $0.contains("Versions of this story (a row marked ×N)") }
        #expect(ok, "help does not list v:\n\(screen)")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func searchAndShowNameTheVersions() throws {
        let folder = try Folder()
        var environment = TestEnvironment.isolated()
        environment["BYLINE_ARTICLES"] = folder.url.path
        let result = try Spawn.run([byline, "search", "quayside", folder.url.path, "--json"], environment: environment, timeout: 120)
        let hits = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(hits.count == 2, "\(hits)")
        let story = try #require(hits.first { ($0["versions"] as? Int) == 3 })
        #expect(story["version_paths"] as? [String] == ["sport/2026-05-04-fixed.txt", "sport/2026-05-03-first.txt", "sport/2026-05-02-copy.txt"])
        let other = try #require(hits.first { ($0["versions"] as? Int) == 1 })
        #expect(other["version_paths"] as? [String] == ["sport/2026-05-03-other.txt"])

        let file = folder.url.appendingPathComponent("sport/2026-05-03-first.txt").path
        // From inside the folder, so that the default folder is $BYLINE_ARTICLES.
        let inFolder = "cd '\(folder.url.path)' && '\(byline)' show '\(file)'"
        let shown = try Spawn.run(["/bin/sh", "-c", inFolder + " --json"], environment: environment, timeout: 120)
        let json = try #require(JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        #expect(json["versions"] as? Int == 3)
        #expect((json["version_paths"] as? [String])?.count == 3)
        let text = try Spawn.run(["/bin/sh", "-c", inFolder], environment: environment, timeout: 120)
        #expect(text.output.contains("3 versions of this story: sport/2026-05-04-fixed.txt"), "\(text.output)")
    }
}
