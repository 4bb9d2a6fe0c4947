import Testing
@testable import NewsCore

/// `ShapeTrigrams` gives each token the shapeTrigram feature hashing its three shapes gives,
/// whatever documents and bucket widths the workspace met before.
struct ShapeTrigramsTests {
    @Test func keptFeaturesAreTheHashedOnes() throws {
        let gazetteer = try NERModel.bundled().gazetteer
        let docs = [
            TaggerDocument.spaced("The Harbour Alliance met the Mayor of Merrowick on Tuesday , and THE PORT OPENED ."),
            TaggerDocument.spaced("Ms Ngozi Okafor-Adeyemi , 54 , told U.S. reporters : \" It's done . \" 1996-08-30"),
            TaggerDocument.spaced("Zoë Brontë visited Łódź and São Paulo in 2024 ; ÉCOLE 東京 😀 ok"),
        ]
        let ws = TaggerWorkspace()
        var checked = 0
        for bits in [16, 18, 16] {
            let shift = UInt64(64 - bits)
            for doc in docs + docs {
                ws.extractPass1(doc, gazetteer: gazetteer, bucketBits: bits)
                doc.scalars.withUnsafeBufferPointer { sc in
                    func shape(_ j: Int) -> UInt64 { TokenHashing.shapeHash(sc, Int(doc.tokenStarts[j]), Int(doc.tokenEnds[j])) }
                    for s in 0..<doc.sentenceCount {
                        let r = doc.sentence(s)
                        for i in r {
                            let before = i > r.lowerBound ? shape(i - 1) : TaggerBuffers.outsideBefore1
                            let after = i + 1 < r.upperBound ? shape(i + 1) : TaggerBuffers.outsideAfter1
                            let key = FeatureHash.feature(Template.shapeTrigram, FeatureHash.combine(before, shape(i)), after)
                            // (Bias, the form's 11 features and four neighbours' come first.)
                            #expect(ws.features1[Int(ws.offsets1[i]) + 16] == UInt32(truncatingIfNeeded: key >> shift))
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 100)
    }
}
