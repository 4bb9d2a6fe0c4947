import Foundation
import NewsCore

/// Small articles written for the tests, with the typography the reader must get right:
/// curly quotes, an em dash, accented and CJK names, a caption with a credit, a subheading.
public enum Fixtures {
    /// A wire story in the plain-text format.
    public static let wireStory = """
        Harbour board backs €40m dredging plan after stormy meeting

        The port’s governors voted 7–2 to deepen the main channel — overruling objections from fishing crews.

        Trawlers at the north quay during the vote. Photograph: Lena Marsh/Harbour Times

        The Kestrelport Harbour Board approved the dredging scheme on Thursday night after a
        four-hour meeting in which Ingrid Lindqvist told members the port would “wither within
        a decade” without deeper water.

        “We are not choosing between ships and fish,” Ms Lindqvist said. “We are choosing
        whether this harbour has a future at all.”

        Objections from the quay

        Tomás Ó Briain, who speaks for the fishing cooperative, said crews had not been consulted.
        “They told us ‘the survey is finished’ and that was the end of it,” Mr Ó Briain said.

        A delegation led by 田中美咲 (Misaki Tanaka) of Hoshino Shipping attended as observers. – Coastal Press Agency

        """

    /// The wire story parsed, as the reader gets it.
    public static var wireArticle: Article {
        try! ArticleParser.parse(text: wireStory, path: "port/2026-05-02-harbour-vote.txt")
    }

    /// A second, shorter story for list views.
    public static let councilStory = """
        Council delays vote on tram extension

        City councillors postponed a decision on the eastern tram line until June.

        Councillor Zoë Ferreira said the costs “had not been tested” and asked for an independent review.

        """

    public static var councilArticle: Article {
        try! ArticleParser.parse(text: councilStory, path: "city/2026-04-20-tram-vote.txt")
    }

    /// A folder of the fixture stories (and a few more) under a fresh temporary directory.
    public static func makeCorpus(extra: [String: String] = [:]) throws -> URL {
        let root = Scratch.directory("fixture")
        var files = [
            "port/2026-05-02-harbour-vote.txt": wireStory,
            "city/2026-04-20-tram-vote.txt": councilStory,
        ]
        files.merge(extra) { _, new in new }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }
}

extension Fixtures {
    /// The wire story's quotations, marked by hand: two direct ones by Lindqvist, a scare quote,
    /// and Ó Briain's quotation with a nested single-quoted phrase.
    public static func wireQuotes(_ article: Article) -> [Quote] {
        func range(of text: String) -> Range<Int> {
            let scalars = Array(article.text.unicodeScalars)
            let needle = Array(text.unicodeScalars)
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                return start..<(start + needle.count)
            }
            return 0..<0
        }
        return [
            Quote(range: range(of: "wither within\na decade"), kind: .partial),
            Quote(range: range(of: "wither within a decade"), kind: .partial),
            Quote(range: range(of: "We are not choosing between ships and fish,"), kind: .direct, speaker: range(of: "Lindqvist said"),
                  speakerText: "Ms Lindqvist", speakerEntity: "Ingrid Lindqvist"),
            Quote(range: range(of: "We are choosing whether this harbour has a future at all."), kind: .direct,
                  speakerText: "Ms Lindqvist", speakerEntity: "Ingrid Lindqvist"),
            Quote(range: range(of: "They told us ‘the survey is finished’ and that was the end of it,"), kind: .direct,
                  speakerText: "Mr Ó Briain", speakerEntity: "Tomás Ó Briain"),
        ].filter { !$0.range.isEmpty }
    }
}
