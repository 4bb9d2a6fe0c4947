import Testing
@testable import NewsCore

/// Word ids handed to the tagger (`TaggerDocument.wordIds`) save it hashing repeated words, and
/// change nothing it finds: the same forms, hashes and tags as a document without them.
struct TaggerWordIdTests {
    static let story = """
        HARBOUR TALKS RESUME IN KESTREL BAY
        The Kestrel Bay harbour board met the dockers ' union on Thursday , the board said .
        Board chair Priya Venkataraman said the talks were " slow but honest " .
        Venkataraman , who chairs the Kestrel Bay board , said the union would vote on Monday .
        Union leader Tomás Ó Briain said the dockers wanted the talks to go on .
        Ó Briain met Venkataraman again on Friday .
        """

    /// The story's document with each plain-ASCII word's id (equal words, equal ids, first seen
    /// first) and -1 for any other word, as `TaggerEntityExtractor` hands them over.
    static func documentWithIds() -> TaggerDocument {
        var doc = TaggerDocument.spaced(story)
        var ids: [String: Int32] = [:]
        doc.wordIds = (0..<doc.tokenCount).map { i in
            let w = doc.word(i)
            guard w.unicodeScalars.allSatisfy(\.isASCII) else { return -1 }
            if let known = ids[w] { return known }
            ids[w] = Int32(ids.count)
            return Int32(ids.count - 1)
        }
        doc.wordIdCount = ids.count
        return doc
    }

    /// What the tagger worked out for `doc` in a workspace of its own.
    static func analysed(_ tagger: EntityTagger, _ doc: TaggerDocument) -> (tags: [UInt8], forms: [Int32], exact: [UInt64], lower: [UInt64]) {
        let ws = TaggerWorkspace()
        tagger.tagRaw(doc, workspace: ws)
        let n = doc.tokenCount
        let b = ws.buffers
        return (Array(b.tags[0..<n]), Array(b.form[0..<n]), Array(b.exact[0..<n]), Array(b.lower[0..<n]))
    }

    @Test func wordIdsChangeNoFormHashOrTag() throws {
        let tagger = try EntityTagger.bundled()
        let plain = TaggerDocument.spaced(Self.story)
        let withIds = Self.documentWithIds()
        #expect(withIds.wordIds.contains(-1))
        let a = Self.analysed(tagger, plain)
        let b = Self.analysed(tagger, withIds)
        #expect(a.tags == b.tags)
        #expect(a.forms == b.forms)
        #expect(a.exact == b.exact)
        #expect(a.lower == b.lower)
    }

    @Test func aReusedWorkspaceForgetsThePreviousDocumentsIds() throws {
        let tagger = try EntityTagger.bundled()
        let ws = TaggerWorkspace()
        let withIds = Self.documentWithIds()
        tagger.tagRaw(withIds, workspace: ws)
        // Another document whose id 0 is another word: it must not take the first one's form.
        var other = TaggerDocument.spaced("Dockers voted on Friday .")
        other.wordIds = [0, 1, 2, 3, 4]
        other.wordIdCount = 5
        tagger.tagRaw(other, workspace: ws)
        #expect(Array(ws.buffers.form[0..<5]) == [0, 1, 2, 3, 4])
        #expect(Array(ws.tags[0..<5]) == Self.analysed(tagger, TaggerDocument.spaced("Dockers voted on Friday .")).tags)
    }
}

/// `TaggerDocument`'s one-pass initialiser builds what `addToken(range:)` and `endSentence()` do.
struct TaggerDocumentBuildTests {
    @Test func theOnePassDocumentIsTheTokenByTokenOne() {
        let text = "The ferry left at dawn. Its captain, Ines Marrow, waved!\nNobody waved back."
        let tokens = WordTokenizer.tokens(in: text)
        let breaks = tokens.indices.map { $0 > 0 && tokens[$0 - 1].kind == .punctuation && tokens[$0].startsSentence }
        let scalars = text.unicodeScalars.map(\.value)
        var stepwise = TaggerDocument(scalars: scalars)
        for (i, token) in tokens.enumerated() {
            if breaks[i] { stepwise.endSentence() }
            stepwise.addToken(range: token.range)
        }
        let ids = tokens.indices.map { Int32($0 % 3) - 1 }
        let built = TaggerDocument(scalars: scalars, tokens: tokens, sentenceBreak: breaks, wordIds: ids, wordIdCount: 2)
        #expect(built.tokenStarts == stepwise.tokenStarts)
        #expect(built.tokenEnds == stepwise.tokenEnds)
        #expect(built.sentenceStarts == stepwise.sentenceStarts)
        #expect(built.sentenceCount == 3)
        #expect(built.sentenceClosed == stepwise.sentenceClosed)
        #expect(built.wordIds == ids)
        let empty = TaggerDocument(scalars: [], tokens: [], sentenceBreak: [], wordIds: [], wordIdCount: 0)
        #expect(empty.sentenceCount == 0 && empty.sentenceClosed)
    }
}
