import Foundation
import NewsCore
import Testing

/// How the parser cuts an article into headline, standfirst, caption, subheadings and paragraphs.
@Suite struct ArticleParserLayoutTests {
    func parse(_ text: String, path: String = "a.txt") throws -> Article {
        try ArticleParser.parse(text: text, path: path, format: path.hasSuffix(".md") ? .markdown : .plainText)
    }

    func kinds(_ article: Article) -> [BlockKind] {
        article.blocks.map(\.kind)
    }

    @Test func headlineAloneIsAnArticle() throws {
        let article = try parse("Storm closes ferry route\n")
        #expect(article.title == "Storm closes ferry route")
        #expect(kinds(article) == [.headline])
        #expect(article.text == "Storm closes ferry route")
    }

    @Test func leadingBlankLinesAreSkipped() throws {
        let article = try parse("\n\n   \nStorm closes ferry route\n\nThe crossing stopped at noon.\n\nCrews waited.\n")
        #expect(article.title == "Storm closes ferry route")
    }

    @Test func wireStoryLayout() throws {
        let article = try parse("""
            Harbour board backs dredging plan

            The port’s governors voted 7–2 to deepen the channel.

            Trawlers at the north quay. Photograph: Lena Marsh/Harbour Times

            The board approved the scheme on Thursday
            after a four-hour meeting.

            Objections from the quay

            Fishing crews said they had not been consulted. – Coastal Press Agency
            """)
        #expect(kinds(article) == [.headline, .standfirst, .caption, .paragraph, .subheading, .paragraph])
        #expect(article.standfirst == "The port’s governors voted 7–2 to deepen the channel.")
        #expect(article.caption == "Trawlers at the north quay.")
        #expect(article.credit == "Lena Marsh/Harbour Times")
        #expect(article.agency == "Coastal Press Agency")
        // Soft wraps inside a paragraph become single spaces.
        #expect(article.text(of: article.blocks[3]) == "The board approved the scheme on Thursday after a four-hour meeting.")
        // The agency byline leaves the paragraph it closed.
        #expect(article.text(of: article.blocks[5]) == "Fishing crews said they had not been consulted.")
    }

    @Test(arguments: [
        ("Photograph: Lena Marsh/Harbour Times", "Lena Marsh/Harbour Times"),
        ("Photo: Pool", "Pool"),
        ("Illustration: Sam Oduya", "Sam Oduya"),
        ("Image: Kestrelport City Council", "Kestrelport City Council"),
        ("(Photo: AP/Jo Brandt)", "AP/Jo Brandt"),
    ])
    func captionCredits(cue: String, credit: String) throws {
        let article = try parse("Title\n\nFirst paragraph is here. It has two sentences.\n\nThe quay at dawn. \(cue)\n\nBody text follows here.\n")
        #expect(article.credit == credit)
        #expect(article.blocks.contains { $0.kind == .caption })
    }

    @Test func aCreditCueInsideASentenceIsNotACaption() throws {
        let article = try parse("Title\n\nLead.\n\nShe said the Photo: booth on the pier had been closed for a week because of the weather. Nobody knew why.\n\nMore.\n")
        #expect(!article.blocks.contains { $0.kind == .caption })
    }

    @Test(arguments: [
        ("They said so. – Reuters", "Reuters", "They said so."),
        ("They said so. - AP", "AP", "They said so."),
        ("They said so. — AFP", "AFP", "They said so."),
        ("They said so. (Reuters)", "Reuters", "They said so."),
    ])
    func trailingAgencyBylines(paragraph: String, agency: String, rest: String) throws {
        let article = try parse("Title\n\nLead sentence here.\n\nMiddle paragraph.\n\n\(paragraph)\n")
        #expect(article.agency == agency)
        #expect(article.text(of: article.blocks.last!) == rest)
    }

    @Test(arguments: ["Reuters", "– Reuters", "(AP)", "Coastal Press Agency"])
    func standaloneAgencyLines(line: String) throws {
        let article = try parse("Title\n\nLead sentence here.\n\nLast paragraph of the story.\n\n\(line)\n")
        #expect(article.agency == line.trimmingCharacters(in: CharacterSet(charactersIn: "–() ")))
        #expect(!article.text.contains(line))
    }

    @Test func datelineAgency() throws {
        let article = try parse("Title\n\nKESTRELPORT (CPA) – The harbour closed on Monday.\n\nMore text.\n")
        #expect(article.agency == "CPA")
        #expect(article.text.contains("KESTRELPORT (CPA)"))
    }

    @Test func datelineAfterAStandfirstAndCaption() throws {
        let article = try parse("Title\n\nA short lead.\n\nThe fjord at dusk. Photo: Kari Lund\n\nOSLO (AP) — The ferry sailed at noon.\n\nMore text.\n")
        #expect(article.agency == "AP")
        #expect(article.standfirst == "A short lead.")
    }

    @Test func aSentenceEndingInAnAcronymIsNotAnAgency() throws {
        let article = try parse("Title\n\nLead.\n\nThe deal was approved by the World Trade Organization (WTO)\n")
        #expect(article.agency == nil)
    }

    @Test func subheadingsNeedParagraphsAroundThem() throws {
        let article = try parse("Title\n\nA lead of one sentence.\n\nFirst paragraph of the body.\n\nWhat happens next\n\nSecond paragraph.\n\nA closing short line\n")
        #expect(kinds(article) == [.headline, .standfirst, .paragraph, .subheading, .paragraph, .paragraph])
    }

    @Test(arguments: [
        "A line that ends with a full stop.",
        "“A quoted line”",
        "a lower-case start",
        "This line is far too long to be a subheading because it keeps going on and on",
    ])
    func notSubheadings(line: String) throws {
        let article = try parse("Title\n\nLead one.\n\nFirst paragraph.\n\n\(line)\n\nSecond paragraph.\n")
        #expect(article.blocks[3].kind == .paragraph)
    }

    @Test func resultsRowsAreListItemsNotSubheadings() throws {
        let article = try parse("""
            Okonjo wins the shot put in Tarrow

            Results from the Tarrow meeting on Saturday:

            Women's shot put

            1. Ada Okonjo (Merrowick) 18.63

            2= Lise Varga (Harland) 18.41

            Tarrow Athletic 320-5

            Pell c Okafor b Strand 44

            The meeting resumes on Sunday.
            """)
        #expect(kinds(article) == [.headline, .standfirst, .subheading, .listItem, .listItem, .listItem, .listItem, .paragraph])
    }

    @Test func aParagraphOfRankedLinesKeepsEachLine() throws {
        let article = try parse("Title\n\nThe seeds for the Tarrow Open.\n\n1 Ada Okonjo (Merrowick)\n2 Lise Varga (Harland)\n3 Mira Sand (Tarrow)\n\nPlay starts on Monday.\n")
        #expect(kinds(article) == [.headline, .standfirst, .listItem, .listItem, .listItem, .paragraph])
        #expect(article.text(of: article.blocks[3]) == "2 Lise Varga (Harland)")
    }

    @Test(arguments: ["Euro 2028", "What happens next", "TARROW 2026-03-14"])
    func yearsDatesAndWordsStayHeadings(line: String) throws {
        let article = try parse("Title\n\nLead one.\n\nFirst paragraph.\n\n\(line)\n\nSecond paragraph.\n")
        #expect(article.blocks[3].kind == .subheading)
    }

    @Test func aLongOrQuotedFirstParagraphIsNotAStandfirst() throws {
        let quoted = try parse("Title\n\n“We will win,” she said.\n\nBody.\n")
        #expect(quoted.standfirst == nil)
        let long = try parse("Title\n\nOne. Two sentences. Three sentences here.\n\nBody.\n")
        #expect(long.standfirst == nil)
        let onlyParagraph = try parse("Title\n\nThe only paragraph.\n")
        #expect(onlyParagraph.standfirst == nil)
    }

    @Test func titlesAndInitialsDoNotEndSentences() throws {
        let article = try parse("Title\n\nMr. J. K. Haldane met Dr. Ruiz on Monday. They agreed.\n\nBody.\n")
        #expect(article.standfirst != nil)
    }

    @Test func blockRangesSliceTheirText() throws {
        let article = try parse(Fixture.wire)
        for (i, block) in article.blocks.enumerated() {
            let slice = article.text(of: block)
            #expect(!slice.isEmpty)
            #expect(!slice.hasPrefix(" ") && !slice.hasSuffix(" "))
            if i > 0 {
                let gap = article.slice(article.blocks[i - 1].range.upperBound..<block.range.lowerBound)
                #expect(gap == "\n\n")
            }
        }
        #expect(article.blocks.last!.range.upperBound == article.text.unicodeScalars.count)
    }
}

/// A story with the typography the offsets must survive: curly quotes, dashes, accents, CJK.
enum Fixture {
    static let wire = """
        Harbour board backs €40m plan

        The port’s governors voted 7–2 — overruling crews.

        Trawlers at the quay. Photograph: Lena Marsh/Harbour Times

        “We are not choosing between ships and fish,” Ms Lindqvist said.

        Tomás Ó Briain and 田中美咲 watched. – Coastal Press Agency
        """
}
