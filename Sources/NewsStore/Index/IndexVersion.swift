import Foundation
import NewsCore

/// The version key of an index: when the store's schema, the parser or the analysis changes,
/// an index built by the old code no longer matches and is rebuilt on its next opening.
///
/// NewsCore has no version number to read, so the key also carries a *canary*: a hash of what
/// the parser and the analysis make of a few small fictional articles covering front matter,
/// captions, Markdown, agency bylines and a saved web page. Any change of behaviour on those (a
/// new parser rule, a retrained tagger) changes the key without anyone remembering to bump a
/// number; a change the canaries do not exercise still needs `storeSchema` or the analysis
/// identifier bumped.
enum IndexVersion {
    /// Bump when the tables, or the meaning of a stored value, change.
    /// (7: a person's full name is kept by section and sport, `name.scope` "sport/rugby";
    /// 8: the full-text table's body column comes first.)
    static let storeSchema = 8

    /// The full key for an analysis: schema, analysis identifier and canary hash.
    static func key(for analysis: Analysis) -> String {
        "store-\(storeSchema)/\(analysis.identifier)/canary-\(ContentHash.hex(canaryHash(analysis)))"
    }

    static func canaryHash(_ analysis: Analysis) -> Int64 {
        var dump = ""
        for (path, text) in canaries {
            guard let article = try? ArticleParser.parse(Data(text.utf8), path: path)
            else {
                dump += "\(path): not an article\n"
                continue
            }
            dump += article.json.serialized(pretty: false)
            let (entities, quotes) = analysis.run(article)
            for e in entities {
                dump += "|\(e.name)/\(e.type.rawValue)/\(e.aliases.joined(separator: ","))/\(e.mentions.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ","))"
            }
            for q in quotes {
                dump += "|q\(q.range.lowerBound)-\(q.range.upperBound)/\(q.kind.rawValue)/\(q.speakerEntity ?? "")"
            }
            dump += "\n"
        }
        return ContentHash.of(Array(dump.utf8))
    }

    /// Fictional articles written for the canary; none is from a real corpus.
    static let canaries: [(String, String)] = [
        ("canary/2026-03-14-port.txt", """
        ---
        title: Port strike enters second week
        date: 2026-03-14
        source: Harbour Times
        ---
        Dockers at Port Ellison walked out again on Monday.

        Cranes stand idle at the north quay. Photograph: Mara Quell/Harbour Agency

        “We will not go back [to work] until the council listens,” said Ana Ribeiro, who leads the Ellison Dockers Union. Ms Ribeiro met Mayor Tomas Vell at City Hall.

        Talks resume

        The mayor said talks with the union would resume in Ellison on Friday. Vell’s office declined to comment. – Reuters
        """),
        ("canary/notes.md", """
        # Budget vote delayed

        The **Northfield Assembly** postponed its vote after Dr Lena Okafor, the finance chair, asked for a new audit.

        - Okafor wants the audit by *June*.
        - The assembly meets in Northfield again next week.
        """),
        ("canary/2026-03-02-ferry.txt", """
        ---
        date: 2026-02-30
        ---
        Ferry timetable changes from Monday

        The Ellison ferry will leave at half past the hour, the operator said.
        """),
        // A saved web page: a change in what the HTML reader keeps rebuilds the index too.
        ("canary/2026-04-02-ferry.html", """
        <!doctype html><html><head><title>Ferry returns | Harbour Times</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry returns", "datePublished": "2026-04-02T08:00:00Z", "author": {"name": "Mara Quell"}, "publisher": {"name": "Harbour Times"}}</script>
        </head><body><nav><a href="/">Home</a> <a href="/port">Port</a></nav>
        <article><h1>Ferry returns</h1>
        <figure><img src="ferry.jpg" alt=""><figcaption>The ferry at the north quay. Photograph: Mara Quell</figcaption></figure>
        <p>The Ellison ferry sailed again on Thursday, three weeks after the strike began, Mayor Tomas Vell said.</p>
        <h2>Fares</h2><ul><li>Adults pay £3.</li><li>Children travel free.</li></ul>
        <blockquote><p>“We are glad to be back,” said the captain, Lena Okafor.</p></blockquote>
        <div class="share-bar"><a href="/share">Share this story</a></div></article>
        <footer>© Harbour Times</footer></body></html>
        """),
    ]
}
