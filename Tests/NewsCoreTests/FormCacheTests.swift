import Testing
@testable import NewsCore

/// A workspace's `FormCache` gives the tags a fresh workspace gives, whatever it kept before.
struct FormCacheTests {
    static let stories = [
        """
        PORT STRIKE ENDS IN MERROWICK
        Dockers at the Port of Merrowick voted on Tuesday to end the strike , the Harbour Alliance said .
        Mayor Daniel Okafor said the vote was " a relief for every family in Merrowick " .
        """,
        """
        Okafor , who met union leaders in Castlebridge on Monday , thanked Helen Carrow .
        Ms Carrow said the port would reopen on Friday , and the Merrowick Courier said so too .
        """,
        """
        Ships from Rotterdam will dock again on Friday , said Anders Sjöberg of Greyfinch Shipping .
        Sjöberg 's firm lost £ 4.2m during the strike , the Harland Health Board said on Monday .
        """,
    ]

    /// Tags of `doc` from a workspace that has tagged nothing before.
    func freshTags(_ tagger: EntityTagger, _ doc: TaggerDocument) -> [UInt8] {
        let ws = TaggerWorkspace()
        tagger.tagRaw(doc, workspace: ws)
        return Array(ws.tags[0..<doc.tokenCount])
    }

    @Test func aWarmCacheTagsAsAFreshWorkspace() throws {
        let tagger = try EntityTagger.bundled()
        let ws = TaggerWorkspace()
        // Twice round, so the second time every form is in the cache.
        for story in Self.stories + Self.stories.reversed() {
            let doc = TaggerDocument.spaced(story)
            tagger.tagRaw(doc, workspace: ws)
            #expect(Array(ws.tags[0..<doc.tokenCount]) == freshTags(tagger, doc))
        }
    }

    @Test func formsSeenBeforeAreTakenFromTheCache() throws {
        let tagger = try EntityTagger.bundled()
        let ws = TaggerWorkspace()
        let doc = TaggerDocument.spaced(Self.stories[0])
        tagger.tagRaw(doc, workspace: ws)
        let forms = ws.buffers.formCount
        #expect(ws.buffers.formHit[0..<forms].allSatisfy { $0 == 0 })
        tagger.tagRaw(doc, workspace: ws)
        #expect(ws.buffers.formHit[0..<forms].allSatisfy { $0 == 1 })
        // A form the cache cannot hold (longer than it keeps) is worked out every time.
        let long = String(repeating: "x", count: FormCache.maxScalars + 1)
        let withLong = TaggerDocument.spaced("Okafor met \(long) .")
        tagger.tagRaw(withLong, workspace: ws)
        tagger.tagRaw(withLong, workspace: ws)
        #expect(Array(ws.buffers.formHit[0..<4]) == [1, 1, 0, 1])
        #expect(Array(ws.tags[0..<withLong.tokenCount]) == freshTags(tagger, withLong))
    }

    @Test func formsLookedUpAheadByWordIdTagAsWithout() throws {
        let tagger = try EntityTagger.bundled()
        let plain = TaggerDocument.spaced(TaggerWordIdTests.story)
        let fresh = TaggerWordIdTests.analysed(tagger, plain)
        // Equal words, equal ids (and -1 for some); then every token an id of its own, so that
        // one form comes under many ids and is met again after it was looked up.
        let sharedIds = TaggerWordIdTests.documentWithIds()
        var ownIds = plain
        ownIds.wordIds = (0..<plain.tokenCount).map { Int32($0) }
        ownIds.wordIdCount = plain.tokenCount
        let ws = TaggerWorkspace()
        for (round, doc) in [sharedIds, ownIds, sharedIds, ownIds].enumerated() {
            tagger.tagRaw(doc, workspace: ws)
            let n = doc.tokenCount, b = ws.buffers
            #expect(Array(b.tags[0..<n]) == fresh.tags)
            #expect(Array(b.form[0..<n]) == fresh.forms)
            #expect(Array(b.exact[0..<n]) == fresh.exact)
            #expect(Array(b.lower[0..<n]) == fresh.lower)
            // After the first round every form is in the cache.
            #expect(b.formHit[0..<b.formCount].allSatisfy { $0 == (round == 0 ? 0 : 1) })
        }
    }

    @Test func anotherTaggersWeightsStartANewCache() throws {
        let bundled = try EntityTagger.bundled()
        let other = EntityTagger(model: try NERModel.bundled())
        let ws = TaggerWorkspace()
        let doc = TaggerDocument.spaced(Self.stories[1])
        bundled.tagRaw(doc, workspace: ws)
        let first = ws.buffers.formCache
        other.tagRaw(doc, workspace: ws)
        #expect(ws.buffers.formCache !== first)
        #expect(ws.buffers.formHit[0..<ws.buffers.formCount].allSatisfy { $0 == 0 })
        #expect(Array(ws.tags[0..<doc.tokenCount]) == freshTags(bundled, doc))
    }
}
