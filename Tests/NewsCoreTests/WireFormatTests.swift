import Foundation
import NewsCore
import Testing

/// Wire copy read into articles: NewsML-G2 news items and NITF documents, their fields, the
/// credits trailer, routing by content, and hostile XML. Every item here is written for the test.
@Suite struct WireFormatTests {
    func read(_ xml: String, path: String = "item.xml") throws -> Article {
        try ArticleParser.parse(Data(xml.utf8), path: path)
    }

    func texts(_ article: Article, _ kind: BlockKind) -> [String] {
        article.blocks.filter { $0.kind == kind }.map { article.text(of: $0) }
    }

    func meta(_ article: Article, _ key: String) -> String? {
        article.meta.first { $0.key == key }?.value
    }

    static func newsItem(body: String, extraMeta: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:test:1" standard="NewsML-G2">
          <itemMeta><itemClass qcode="ninat:text"/><provider literal="Harbour Wire"/>
            <versionCreated>2026-03-02T10:00:00Z</versionCreated></itemMeta>
          <contentMeta>
            <contentCreated>2026-03-01T08:30:00+01:00</contentCreated>
            <located><name>Port Ellison</name></located>
            <creator><name>Ines Halvorsen</name></creator>
            <creator literal="Jonah Pike"/>
            <headline>Tide gauge shows record high water at Port Ellison</headline>
            <slugline>PORT-TIDE/</slugline>
            <description role="drol:summary">The harbour's tide gauge recorded its highest reading since 1953.</description>
            \(extraMeta)
          </contentMeta>
          <contentSet>\(body)</contentSet>
        </newsItem>
        """
    }

    static let xhtmlBody = """
        <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
        <p>The gauge on the north mole read 6.41 metres at 04:12 on Sunday, three centimetres above the mark set in the great flood.</p>
        <h2>Sea wall held</h2>
        <p>Engineers said the sea wall held, though spray reached the first row of houses on Quay Street. (Reporting by Ines Halvorsen; Editing by Marta Quist)</p>
        </body></html></inlineXML>
        """

    // MARK: - NewsML-G2

    @Test func newsMLFieldsAndXHTMLBody() throws {
        let article = try read(Self.newsItem(body: Self.xhtmlBody))
        #expect(article.format == .newsML)
        #expect(article.title == "Tide gauge shows record high water at Port Ellison")
        #expect(article.standfirst == "The harbour's tide gauge recorded its highest reading since 1953.")
        #expect(article.author == "Ines Halvorsen and Jonah Pike")
        #expect(article.date == "2026-03-01T08:30:00+01:00")
        #expect(article.source == "Harbour Wire")
        #expect(meta(article, "slugline") == "PORT-TIDE/")
        #expect(meta(article, "dateline") == "Port Ellison")
        #expect(texts(article, .subheading) == ["Sea wall held"])
        #expect(texts(article, .paragraph).count == 2)
        #expect(article.warnings.isEmpty)
    }

    @Test func creditsTrailerIsCreditNotBody() throws {
        let article = try read(Self.newsItem(body: Self.xhtmlBody))
        #expect(meta(article, "credits") == "Reporting by Ines Halvorsen; Editing by Marta Quist")
        #expect(!article.text.contains("Reporting by"))
        #expect(texts(article, .paragraph).last == "Engineers said the sea wall held, though spray reached the first row of houses on Quay Street.")
    }

    @Test func creditsTrailerAloneIsDropped() throws {
        let body = "<inlineData contenttype=\"text/plain\">The ferry ran late all week because of fog in the sound.\n\n(Writing by Ana Lima)</inlineData>"
        let article = try read(Self.newsItem(body: body))
        #expect(meta(article, "credits") == "Writing by Ana Lima")
        #expect(texts(article, .paragraph) == ["The ferry ran late all week because of fog in the sound."])
    }

    @Test func bracketsThatAreNotCreditsStay() throws {
        let body = "<inlineData>The council approved the budget (by nine votes to four).</inlineData>"
        let article = try read(Self.newsItem(body: body))
        #expect(texts(article, .paragraph) == ["The council approved the budget (by nine votes to four)."])
        #expect(meta(article, "credits") == nil)
    }

    @Test func newsMLInlineDataTextAndEscapedMarkup() throws {
        let plain = try read(Self.newsItem(body: "<inlineData contenttype=\"text/plain\">First paragraph of the story.\n\nSecond paragraph of the story.</inlineData>"))
        #expect(texts(plain, .paragraph) == ["First paragraph of the story.", "Second paragraph of the story."])
        let escaped = try read(Self.newsItem(body: "<inlineData contenttype=\"text/html\">&lt;p&gt;One &amp;amp; two.&lt;/p&gt;&lt;p&gt;Three.&lt;/p&gt;</inlineData>"))
        #expect(texts(escaped, .paragraph) == ["One & two.", "Three."])
    }

    @Test func newsMessageGivesItsFirstItem() throws {
        let item = Self.newsItem(body: Self.xhtmlBody).replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", with: "")
        let message = "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header/><itemSet>\(item)</itemSet></newsMessage>"
        #expect(try read(message).title == "Tide gauge shows record high water at Port Ellison")
    }

    @Test func newsItemWithoutBodyIsEmpty() {
        #expect(throws: ArticleParser.Failure.empty) { try read(Self.newsItem(body: "")) }
    }

    // MARK: - NITF

    static let nitf = """
        <?xml version="1.0"?>
        <nitf>
          <head><title>Head title</title>
            <docdata><doc-id id-string="HW-1"/><date.issue norm="20260415T071500+0100"/><doc.copyright holder="Harbour Wire"/></docdata></head>
          <body>
            <body.head>
              <hedline><hl1>Bridge closes for repairs</hl1><hl2>The swing bridge will be shut for six weeks from Monday</hl2></hedline>
              <byline>By Lotte Brandvold<byttl>, Transport Correspondent</byttl></byline>
              <dateline><location>PORT ELLISON</location>, <story.date norm="20260414">April 14</story.date></dateline>
            </body.head>
            <body.content>
              <p>The swing bridge over the Ellis will close on Monday so that its turning gear can be replaced.</p>
              <hl2>Diversions</hl2>
              <block><p>Buses will go round by the ring road, adding ten minutes to each journey.</p></block>
              <p>The work costs £2.1m. (Reporting by Lotte Brandvold; Editing by Marta Quist)</p>
            </body.content>
          </body>
        </nitf>
        """

    @Test func nitfFields() throws {
        let article = try read(Self.nitf)
        #expect(article.format == .nitf)
        #expect(article.title == "Bridge closes for repairs")
        #expect(article.standfirst == "The swing bridge will be shut for six weeks from Monday")
        #expect(article.author == "Lotte Brandvold")
        #expect(article.date == "2026-04-15T07:15:00+01:00")
        #expect(article.source == "Harbour Wire")
        #expect(meta(article, "dateline") == "PORT ELLISON, April 14")
        #expect(meta(article, "credits") == "Reporting by Lotte Brandvold; Editing by Marta Quist")
        #expect(texts(article, .subheading) == ["Diversions"])
        #expect(texts(article, .paragraph) == [
            "The swing bridge over the Ellis will close on Monday so that its turning gear can be replaced.",
            "Buses will go round by the ring road, adding ten minutes to each journey.",
            "The work costs £2.1m.",
        ])
    }

    // MARK: - Routing by content

    @Test func readerIsChosenByContent() throws {
        // Wire copy saved as .txt is still wire copy; a .nitf is NITF; XHTML in .xml is a page.
        #expect(try read(Self.nitf, path: "wire/bridge.txt").format == .nitf)
        #expect(try read(Self.newsItem(body: Self.xhtmlBody), path: "wire/tide.newsml").format == .newsML)
        #expect(ArticleFormat(path: "a.xml", data: Data(Self.nitf.utf8)) == .nitf)
        #expect(ArticleFormat(path: "a.xml", data: Data("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\"/>".utf8)) == .rss)
        #expect(ArticleFormat(path: "a.xml", data: Data("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>".utf8)) == .atom)
        #expect(ArticleFormat(path: "a.xml", data: Data("<?xml version=\"1.0\"?><html><body><p>x</p></body></html>".utf8)) == .html)
        // Plain text that merely starts with a bracket stays text.
        #expect(ArticleFormat(path: "a.txt", data: Data("<Draft> Council meets\n\nText.".utf8)) == .plainText)
    }

    // MARK: - Bad and hostile input

    @Test func malformedXMLIsRecoveredWithAWarning() throws {
        let broken = Self.newsItem(body: Self.xhtmlBody).replacingOccurrences(of: "</contentSet>", with: "").replacingOccurrences(of: "</newsItem>", with: "<p>")
        let article = try read(broken)
        #expect(article.title == "Tide gauge shows record high water at Port Ellison")
        #expect(article.warnings.contains { $0.contains("not well-formed") })
    }

    @Test func billionLaughsIsNotExpanded() throws {
        var subset = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            subset += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\(subset)]>\n<nitf><body><body.head><hedline><hl1>Laughs &lol9;</hl1></hedline></body.head><body.content><p>Before &lol9; after.</p></body.content></body></nitf>"
        let article = try read(xml)
        #expect(!article.text.contains("lol"))
        #expect(article.text.utf8.count < 200)
        #expect(article.title.hasPrefix("Laughs"))
    }

    @Test func externalEntityIsNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-xxe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("SECRET-ENTITY-CONTENT".utf8).write(to: secret)
        let targets = [secret.absoluteString, secret.path, "file:///etc/passwd", "/etc/passwd"]
        let subsets = targets.map { "<!ENTITY xxe SYSTEM \"\($0)\">" } + targets.map { "<!ENTITY xxe SYSTEM \"\($0)\"> <!ENTITY % dtd SYSTEM \"\($0)\"> %dtd;" }
        for subset in subsets {
            let xml = """
                <?xml version="1.0"?>
                <!DOCTYPE newsItem [ \(subset) ]>
                <newsItem><contentMeta><headline>Leak &xxe;</headline></contentMeta>
                <contentSet><inlineData>Text &xxe; here.</inlineData></contentSet></newsItem>
                """
            let article = try read(xml)
            #expect(!article.text.contains("SECRET"))
            #expect(!article.text.contains("root:"))
            #expect(article.title.hasPrefix("Leak"))
        }
    }

    @Test func notXMLAtAllIsEmptyNotACrash() {
        #expect(throws: ArticleParser.Failure.self) { try read("<newsItem", path: "x.xml") }
        #expect(throws: ArticleParser.Failure.self) { try read("", path: "x.xml") }
    }
}
