import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// `v` and the list row of a story with several versions.
@Suite struct VersionsTests {
    static let items = [
        ArticleListItem(id: 1, path: "sport/2026-05-04-fixed.txt", title: "Athletic come from behind to beat Rovers", date: "2026-05-04", versions: 3),
        ArticleListItem(id: 4, path: "sport/2026-05-03-other.txt", title: "Late Wren strike settles Quayside derby", date: "2026-05-03"),
    ]

    static func state(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var state = AppState(size: Size(width: width, height: height), corpusName: "Sport")
        _ = update(&state, .resize(Size(width: width, height: height)))
        _ = update(&state, .listPageLoaded(generation: state.location.list.generation, page: 0, items: items, count: items.count))
        return state
    }

    @Test func theRowSaysHowManyVersions() {
        for (width, height) in [(100, 30), (80, 24)] {
            let lines = ScreenView.render(Self.state(width, height), theme: .standard).textLines()
            let row = lines.first { $0.contains("Athletic come") } ?? ""
            #expect(row.contains("×3"), "\(width)×\(height): \(row)")
            #expect(!(lines.first { $0.contains("Late Wren") } ?? "").contains("×"))
        }
    }

    @Test func vListsTheVersionsAndBackBringsTheListAgain() {
        var s = Self.state()
        let effects = update(&s, .showVersions)
        #expect(s.location.listSource == .versions(of: 1))
        #expect(effects == [.loadListPage(source: .versions(of: 1), sort: .date, page: 0, generation: s.location.list.generation)])
        let versions = [
            ArticleListItem(id: 1, path: "sport/2026-05-04-fixed.txt", title: "Athletic come from behind to beat Rovers", date: "2026-05-04", versions: 3),
            ArticleListItem(id: 2, path: "sport/2026-05-03-first.txt", title: "Athletic come from behind to beat Rovers", date: "2026-05-03", versions: 3),
            ArticleListItem(id: 3, path: "sport/2026-05-02-copy.txt", title: "Athletic come from behind to beat Rovers", date: "2026-05-02", tags: ["kept"], versions: 3),
        ]
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: versions, count: 3))
        let lines = ScreenView.render(s, theme: .standard).textLines()
        #expect(lines[0].contains("Versions"))
        // By path, not by the headline they share; no ×3 on each.
        #expect(lines.contains { $0.contains("sport/2026-05-02-copy") })
        #expect(!lines.contains { $0.contains("×3") })
        #expect(lines.last?.contains("3 versions") == true)
        // Enter opens the selected version (moving previews it; Enter reads it).
        #expect(update(&s, .moveDown) == [.openArticle(id: 2, path: "sport/2026-05-03-first.txt", reveal: nil, highlight: nil)])
        _ = update(&s, .open)
        #expect(s.location.focus == .body)
        // One Esc: the list of stories, as it was before v.
        _ = update(&s, .back)
        #expect(s.location.listSource == .articles(.all))
        #expect(s.location.list.item(at: 0)?.versions == 3)
    }

    @Test func oSortsTheVersionsAndLeavesTheListsOrderAlone() {
        var s = Self.state()
        _ = update(&s, .showVersions)
        let effects = update(&s, .cycleSort)
        #expect(effects == [.loadListPage(source: .versions(of: 1), sort: .title, page: 0, generation: s.location.list.generation)])
        #expect(s.message?.text == "Sorted by title")
        #expect(update(&s, .cycleSort) == [.loadListPage(source: .versions(of: 1), sort: .source, page: 0, generation: s.location.list.generation)])
        // Back on the list, and on the versions of another story: each starts newest first.
        _ = update(&s, .back)
        #expect(s.location.listSort == .date && s.articleSort == .date)
        #expect(update(&s, .showVersions) == [.loadListPage(source: .versions(of: 1), sort: .date, page: 0, generation: s.location.list.generation)])
    }

    @Test func aStoryToldOnceSaysSo() {
        var s = Self.state()
        _ = update(&s, .moveDown)
        #expect(update(&s, .showVersions) == [])
        #expect(s.message?.text == "Only one version of this story")
        #expect(s.location.listSource == .articles(.all))
        #expect(s.backStack.isEmpty)
    }

    @Test func vIsBoundAndInTheHelp() {
        #expect(Keymap.standard.action(for: .char("v"), in: .articles) == .showVersions)
        #expect(Keymap.standard.action(for: .char("v"), in: .body) == .showVersions)
        // Not in the full-screen views, where no list of articles shows.
        #expect(Keymap.standard.action(for: .char("v"), in: .list) == nil)
        #expect(Keymap.standard.bindings(in: .global).contains { $0.action == .showVersions && $0.help.contains("Versions") })
    }
}
