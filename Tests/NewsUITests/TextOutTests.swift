import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// Getting text out of the reader: `e`, `|`, `o`, `y` and `w` as effects `update` asks for.
@Suite struct TextOutTests {
    /// The reader at start-up, its corpus folder known.
    func state(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var s = UpdateTests.state(width, height)
        s.corpusFolder = "/news"
        return s
    }

    @Test func eEditsTheSelectedArticleOrTheTrailLinesAndComesBackToItReloaded() {
        var s = state()
        _ = update(&s, .moveDown)
        #expect(update(&s, .editArticle) == [.edit(id: 2, path: "/news/city/2026-04-20-tram-vote.txt", shownPath: "city/2026-04-20-tram-vote.txt")])
        _ = update(&s, .articleOpened(UpdateTests.opened(2), reveal: nil))
        // Back from the editor: the article open is read again from its file.
        #expect(update(&s, .editorClosed(id: 2, path: "city/2026-04-20-tram-vote.txt", problem: nil))
            == [.openArticle(id: 2, path: "city/2026-04-20-tram-vote.txt", reveal: nil, highlight: nil)])
        #expect(s.message?.text == "Back from the editor")
        // A failed editor says so, in the status line, as an error.
        _ = update(&s, .editorClosed(id: 2, path: "city/2026-04-20-tram-vote.txt", problem: "The editor “nope” was not found; set VISUAL or EDITOR"))
        #expect(s.message == StatusMessage("The editor “nope” was not found; set VISUAL or EDITOR", isError: true))

        var trail = TrailTests().onMentions()
        _ = update(&trail, .moveDown)
        _ = update(&trail, .moveDown)
        #expect(update(&trail, .editArticle) == [.edit(id: 2, path: "a2.txt", shownPath: "a2.txt")])
    }

    @Test func pipeAsksForACommandAndSendsTheArticlesText() {
        var s = state()
        _ = update(&s, .open)
        #expect(update(&s, .pipeArticle) == [])
        #expect(s.prompt?.purpose == .pipe && s.keyContext == .prompt)
        for c in "wc -w" { _ = update(&s, .promptEdit(.insert(c))) }
        #expect(update(&s, .promptAccept) == [.pipe(command: "wc -w", text: Fixtures.wireArticle.text)])
        // The command is remembered, as searches are.
        _ = update(&s, .pipeArticle)
        _ = update(&s, .promptEdit(.historyUp))
        #expect(s.prompt?.text == "wc -w")
        _ = update(&s, .promptCancel)
        // In a mentions view there is no article to pipe until a line is opened.
        var trail = TrailTests().onMentions()
        #expect(update(&trail, .pipeArticle) == [])
        #expect(trail.message == StatusMessage("| pipes the article you read: Enter opens this line's", isError: true))
    }

    @Test func oOpensTheArticlesURLOrSaysItHasNone() {
        var s = state()
        #expect(update(&s, .openURL) == [])
        #expect(s.message?.isError == true && s.message?.text.hasPrefix("This article has no URL") == true)
        var opened = UpdateTests.opened(1)
        opened.article.url = "https://example.org/harbour-vote"
        _ = update(&s, .articleOpened(opened, reveal: nil))
        #expect(update(&s, .openURL) == [.browse(url: "https://example.org/harbour-vote")])
    }

    @Test func yCopiesACitationAQuotationAMentionOrAName() {
        var s = state()
        var opened = UpdateTests.opened(1)
        opened.article.source = "Harbour Times"
        _ = update(&s, .articleOpened(opened, reveal: nil))
        // The list's article: "Headline", Source, Date, path (no URL here).
        let citation = "\"Harbour board backs €40m dredging plan after stormy meeting\", Harbour Times, 2026-05-02, /news/port/2026-05-02-harbour-vote.txt"
        #expect(update(&s, .copy) == [.copy(text: citation, what: "the citation")])
        // A URL stands for the path.
        opened.article.url = "https://example.org/v"
        _ = update(&s, .articleOpened(opened, reveal: Reveal(opened.quotes[1].range)))
        _ = update(&s, .open)
        // In the body, the quotation revealed, with its speaker.
        #expect(update(&s, .copy) == [.copy(
            text: "“We are not choosing between ships and fish,” — Ingrid Lindqvist, \"Harbour board backs €40m dredging plan after stormy meeting\", Harbour Times, 2026-05-02, https://example.org/v",
            what: "the quotation")])
        // On an entity, its name.
        _ = update(&s, .focusNext)
        guard case .copy(let name, "the name")? = update(&s, .copy).first else {
            Issue.record("y on an entity did not copy its name")
            return
        }
        #expect(!name.isEmpty)
        // On a mentions view's line, the words around the mention and where they come from.
        var trail = TrailTests().onMentions()
        #expect(update(&trail, .copy) == [.copy(text: "said Lindqvist on — \"Story 1\", 2026-05-01, a1.txt", what: "the mention")])
    }

    @Test func wSuggestsAFileAndExportsInTheFormatItsExtensionNames() {
        var s = state()
        _ = update(&s, .export)
        #expect(s.prompt?.purpose == .export && s.prompt?.text == "articles.csv")
        _ = update(&s, .promptEdit(.clear))
        for c in "~/out/list.md" { _ = update(&s, .promptEdit(.insert(c))) }
        #expect(update(&s, .promptAccept) == [.export(ExportRequest(source: .list(.articles(.all), sort: .date), path: "~/out/list.md", format: .markdown))])
        _ = update(&s, .export)
        _ = update(&s, .promptEdit(.clear))
        for c in "list.txt" { _ = update(&s, .promptEdit(.insert(c))) }
        #expect(update(&s, .promptAccept) == [])
        #expect(s.message == StatusMessage("Export to a file ending .csv, .jsonl or .md", isError: true))

        // A trail: every line (the backend pages through them), named for the entity.
        var trail = TrailTests().onMentions()
        guard case .trail(let screen) = trail.location.screen else { return }
        _ = update(&trail, .export)
        #expect(trail.prompt?.text == "mentions-\(screen.entity.name.lowercased().replacingOccurrences(of: " ", with: "-")).csv")
        _ = update(&trail, .promptAccept)
        // A filtered trail: the lines the filter kept.
        _ = update(&trail, .startFind)
        for c in "zzz" { _ = update(&trail, .promptEdit(.insert(c))) }
        _ = update(&trail, .promptAccept)
        _ = update(&trail, .export)
        #expect(trail.message == StatusMessage("Nothing to export here", isError: true))
    }

    @Test func anExportOverAnExistingFileAsksFirst() {
        var s = state()
        let request = ExportRequest(source: .list(.articles(.all)), path: "articles.csv", format: .csv)
        _ = update(&s, .confirmOverwrite(request))
        #expect(s.keyContext == .confirm && s.confirmation?.question == "articles.csv exists. Write over it? (y/n)")
        var yes = request
        yes.overwrite = true
        #expect(update(&s, .answer(true)) == [.export(yes)])
        _ = update(&s, .confirmOverwrite(request))
        #expect(update(&s, .answer(false)) == [] && s.confirmation == nil)
        #expect(s.message?.text == "Not exported: articles.csv left as it was")
    }
}
