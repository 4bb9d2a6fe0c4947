import Testing
@testable import NewsCore

/// `extractPass2` lists each token's tag features, and numbers its tag row, as hashing them
/// token by token would, though it carries the neighbours' tags along and hashes pass1TagWord
/// once per form and tag.
struct Pass2FeatureTests {
    static let documents = [
        """
        GREYFINCH FERRY SAILS AGAIN
        The Greyfinch ferry left Merrowick at dawn , and the ferry was full .
        Helen Carrow said the ferry , the Greyfinch , had waited for weeks .
        Carrow 's crew cheered ; the the crew , Carrow said , cheered twice .
        Anders Sjöberg met Sjöberg 's cousin in Malmö , then Malmö met Sjöberg .
        Élodie Fauré , née Fauré , sang " Ça ira " in Zürich ; Zürich sang back .
        x
        """,
        """
        The crew met the crew .
        Merrowick , Merrowick and MERROWICK .
        """,
    ].map(TaggerDocument.spaced)

    /// The tag features of token `i` hashed on their own, as `extractPass2` lists them without `tagRows`.
    static func expected(_ ws: TaggerWorkspace, _ doc: TaggerDocument, _ i: Int, _ s: Int, shift: UInt64) -> [UInt32] {
        let r = doc.sentence(s)
        let own = UInt64(ws.pass1[i])
        let prev = i > r.lowerBound ? UInt64(ws.pass1[i - 1]) : 31
        let next = i + 1 < r.upperBound ? UInt64(ws.pass1[i + 1]) : 31
        func cut(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> shift) }
        return [
            cut(FeatureHash.feature(Template.pass1Tag, own)),
            cut(FeatureHash.feature(Template.pass1Neighbours, prev << 8 | next)),
            cut(FeatureHash.feature(Template.pass1TagWord, own, ws.buffers.lower[i])),
        ]
    }

    @Test func tagFeaturesMatchHashingEachToken() throws {
        let gazetteer = try EntityTagger.bundled().model.gazetteer
        let ws = TaggerWorkspace()
        var seed: UInt64 = 0x5EED
        for bits in [18, 22] {
            // The same workspace throughout, so that one document's remembered ids would show in the next.
            for doc in Self.documents + Self.documents {
                ws.extractPass1(doc, gazetteer: gazetteer, bucketBits: bits)
                // Two rounds of first-pass tags on one extraction: mostly few values, so that a
                // form's tokens often share a tag, now and then any other tag of a row, and now
                // and then one beyond the rows or the tables (31 among them).
                for _ in 0..<2 {
                    for i in 0..<doc.tokenCount {
                        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                        let pick = Int(seed >> 59)
                        ws.pass1[i] = pick < 22 ? UInt8(pick % 3) : pick < 28 ? UInt8(3 + (seed >> 40) % 14) : UInt8(17 + pick % 20)
                    }
                    let shift = UInt64(64 - bits)
                    ws.extractPass2(doc, bucketBits: bits)
                    for s in 0..<doc.sentenceCount {
                        for i in doc.sentence(s) {
                            let start = Int(ws.offsets2[i])
                            #expect(Array(ws.features2[start..<start + 3]) == Self.expected(ws, doc, i, s, shift: shift))
                        }
                    }
                    // With tag rows: a token in a row lists only its pass1TagWord feature of the three.
                    ws.extractPass2(doc, bucketBits: bits, tagRows: true)
                    for s in 0..<doc.sentenceCount {
                        let r = doc.sentence(s)
                        for i in r {
                            let prev = i > r.lowerBound ? UInt64(ws.pass1[i - 1]) : 31
                            let next = i + 1 < r.upperBound ? UInt64(ws.pass1[i + 1]) : 31
                            let row = Pass2Tables.tagRow(prev: prev, own: UInt64(ws.pass1[i]), next: next)
                            #expect(Int(ws.buffers.tagRow[i]) == row ?? Pass2Tables.tagRowCount)
                            let start = Int(ws.offsets2[i])
                            let expected = Self.expected(ws, doc, i, s, shift: shift)
                            let listed = row == nil ? 3 : 1
                            #expect(Array(ws.features2[start..<start + listed]) == Array(expected.suffix(listed)))
                        }
                    }
                }
            }
        }
    }
}
