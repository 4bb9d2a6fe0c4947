import Testing
@testable import NewsCore

/// Extraction works out what depends on a word form alone once per distinct form; every token
/// must still get what working it out for that token gives.
struct TaggerFormTests {
    let text = """
        The Harbour Alliance met the Mayor of Merrowick on Tuesday .
        " The port is open , " the mayor said , and THE PORT OPENED .
        Okafor met Okafor's rivals ; okafor is not a word , but Okafor is a name .
        the THE The tHe 1996 2024 ports port Port
        """

    @Test func eachTokenGetsItsOwnFormsHashesAndFeatures() throws {
        let doc = TaggerDocument.spaced(text)
        let bits = 16
        let shift = UInt64(64 - bits)
        func cut(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> shift) }
        let ws = TaggerWorkspace()
        ws.extractPass1(doc, gazetteer: try NERModel.bundled().gazetteer, bucketBits: bits)
        let b = ws.buffers
        var forms: [String: Int32] = [:]
        doc.scalars.withUnsafeBufferPointer { sc in
            for s in 0..<doc.sentenceCount {
                let r = doc.sentence(s)
                for i in r {
                    let a = Int(doc.tokenStarts[i]), z = Int(doc.tokenEnds[i])
                    // One form number per distinct spelling, case included.
                    #expect(forms[doc.word(i), default: b.form[i]] == b.form[i])
                    forms[doc.word(i)] = b.form[i]
                    let w = TokenHashing.lowerHash(sc, a, z), e = TokenHashing.exactHash(sc, a, z)
                    #expect(b.lower[i] == w)
                    #expect(b.exact[i] == e)
                    #expect(b.shape[i] == TokenHashing.shapeHash(sc, a, z))
                    #expect(b.cap[i] == TokenHashing.capClass(sc, a, z).rawValue)
                    var expected = [
                        cut(FeatureHash.feature(Template.exact, e)), cut(FeatureHash.feature(Template.lower, w)),
                        cut(FeatureHash.feature(Template.shape, TokenHashing.shapeHash(sc, a, z))),
                    ]
                    var p = FeatureHash.offset
                    var q = FeatureHash.offset ^ 0x77
                    for k in 0..<4 {
                        if a + k < z { p = FeatureHash.step(p, TokenHashing.lower(sc[a + k])) }
                        if z - 1 - k >= a { q = FeatureHash.step(q, TokenHashing.lower(sc[z - 1 - k])) }
                        expected.append(cut(FeatureHash.feature(Template.prefix + UInt64(k), p)))
                        expected.append(cut(FeatureHash.feature(Template.suffix + UInt64(k), q)))
                    }
                    func lowerAt(_ j: Int, _ edge: UInt64) -> UInt64 {
                        r.contains(j) ? TokenHashing.lowerHash(sc, Int(doc.tokenStarts[j]), Int(doc.tokenEnds[j])) : edge
                    }
                    func exactAt(_ j: Int, _ edge: UInt64) -> UInt64 {
                        r.contains(j) ? TokenHashing.exactHash(sc, Int(doc.tokenStarts[j]), Int(doc.tokenEnds[j])) : edge
                    }
                    expected.append(cut(FeatureHash.feature(Template.lowerPrev, lowerAt(i - 1, TaggerBuffers.outsideBefore1))))
                    expected.append(cut(FeatureHash.feature(Template.lowerNext, lowerAt(i + 1, TaggerBuffers.outsideAfter1))))
                    expected.append(cut(FeatureHash.feature(Template.lowerPrev2, lowerAt(i - 2, TaggerBuffers.outsideBefore2))))
                    expected.append(cut(FeatureHash.feature(Template.lowerNext2, lowerAt(i + 2, TaggerBuffers.outsideAfter2))))
                    let list = Int(b.offsets1[i])
                    #expect(b.features1[list] == cut(FeatureHash.feature(Template.bias, 0)))
                    #expect(Array(b.features1[(list + 1)...(list + 15)]) == expected)
                    #expect(b.features1[list + 22] == cut(FeatureHash.feature(Template.exactPrev, exactAt(i - 1, TaggerBuffers.outsideBefore1))))
                    #expect(b.features1[list + 23] == cut(FeatureHash.feature(Template.exactNext, exactAt(i + 1, TaggerBuffers.outsideAfter1))))
                }
            }
        }
        #expect(Set(forms.values).count == forms.count)
        #expect(forms.count < doc.tokenCount)
    }

    @Test func aFormsSharedListAndATokensOwnListHoldTheTokensFeatures() throws {
        let doc = TaggerDocument.spaced(text)
        let gazetteer = try NERModel.bundled().gazetteer
        let full = TaggerWorkspace()
        full.extractPass1(doc, gazetteer: gazetteer, bucketBits: 16)
        let split = TaggerWorkspace()
        split.extractPass1(doc, gazetteer: gazetteer, bucketBits: 16, formSums: true)
        let b = split.buffers
        #expect(b.formCount < doc.tokenCount)
        #expect(b.contextRow[0..<doc.tokenCount].allSatisfy { Int($0) < Pass1Tables.contextRowCount })
        for i in 0..<doc.tokenCount {
            let whole = full.features1[Int(full.offsets1[i])..<Int(full.offsets1[i + 1])]
            let own = b.features1[Int(b.offsets1[i])..<Int(b.offsets1[i + 1])]
            let f = Int(b.form[i])
            let shared = b.formList[Int(b.formOffsets[f])..<Int(b.formOffsets[f + 1])]
            #expect(shared.count == TaggerBuffers.formListCount)
            // The features of the token's context row are in neither list.
            let row = Int(b.contextRow[i])
            let context = row < Pass1Tables.contextRowCount ? b.pass1Tables!.contextFeatures(row: row) : []
            #expect((Array(own) + Array(shared) + [b.formDocCap[f]] + context).sorted() == whole.sorted())
        }
    }

    /// Asking for the weights of the features as they are written (`FusedWeights.Warmer`) is only a
    /// hint: both passes list the same features with it as without.
    @Test func warmingTheWeightsChangesNoFeature() throws {
        let model = try NERModel.bundled()
        let fused = try #require(FusedWeights(model.pass1, model.pass2))
        let doc = TaggerDocument.spaced(text + "\nZoë Ødegaard visited São Paulo and Kraków with Ναταλία .")
        let n = doc.tokenCount
        let plain = TaggerWorkspace(), warmed = TaggerWorkspace()
        for (ws, warming) in [(plain, nil), (warmed, fused.warmer)] as [(TaggerWorkspace, FusedWeights.Warmer?)] {
            ws.extractPass1(doc, gazetteer: model.gazetteer, bucketBits: model.pass1.bucketBits, formSums: true, warming: warming)
            // Any first-pass tags will do for pass 2's features.
            for i in 0..<n { ws.pass1[i] = UInt8(i % EntityTag.count) }
            ws.extractPass2(doc, bucketBits: model.pass2.bucketBits, tagRows: true, warming: warming)
        }
        let a = plain.buffers, b = warmed.buffers
        #expect(Array(a.offsets1[0...n]) == Array(b.offsets1[0...n]))
        #expect(Array(a.features1[0..<Int(a.offsets1[n])]) == Array(b.features1[0..<Int(b.offsets1[n])]))
        #expect(a.formCount == b.formCount)
        #expect(Array(a.formOffsets[0...a.formCount]) == Array(b.formOffsets[0...b.formCount]))
        #expect(Array(a.formList[0..<Int(a.formOffsets[a.formCount])]) == Array(b.formList[0..<Int(b.formOffsets[b.formCount])]))
        #expect(Array(a.formDocCap[0..<a.formCount]) == Array(b.formDocCap[0..<b.formCount]))
        #expect(Array(a.contextRow[0..<n]) == Array(b.contextRow[0..<n]))
        #expect(Array(a.offsets2[0...n]) == Array(b.offsets2[0...n]))
        #expect(Array(a.features2[0..<Int(a.offsets2[n])]) == Array(b.features2[0..<Int(b.offsets2[n])]))
        #expect(Array(a.tagRow[0..<n]) == Array(b.tagRow[0..<n]))
    }

    /// `fillDocumentTable` finds slots once a form: every token must still have the slot of its
    /// own lower-case word, shared with exactly the tokens of the same word in any case.
    @Test func eachTokenHasItsLowerCaseWordsSlot() throws {
        let doc = TaggerDocument.spaced(text + "\nÉcole école ÉCOLE Zoë zoë Ødegaard ødegaard .")
        let ws = TaggerWorkspace()
        ws.extractPass1(doc, gazetteer: try NERModel.bundled().gazetteer, bucketBits: 16)
        let b = ws.buffers
        var slotOfWord: [UInt64: Int32] = [:]
        for i in 0..<doc.tokenCount {
            let s = Int(b.slot[i])
            #expect(s >= 0 && s < b.tableSize)
            #expect(b.tableKeys[s] == b.lower[i] | 1)
            #expect(slotOfWord[b.lower[i], default: b.slot[i]] == b.slot[i])
            slotOfWord[b.lower[i]] = b.slot[i]
        }
        #expect(Set(slotOfWord.values).count == slotOfWord.count)
        #expect(slotOfWord.count < Set((0..<doc.tokenCount).map { b.form[$0] }).count)
    }

    @Test func aReusedWorkspaceForgetsThePreviousDocumentsForms() throws {
        let model = try NERModel.bundled()
        let ws = TaggerWorkspace()
        let long = TaggerDocument.spaced(text)
        let short = TaggerDocument.spaced("Okafor said the port is open .")
        ws.extractPass1(long, gazetteer: model.gazetteer, bucketBits: 16)
        ws.extractPass1(short, gazetteer: model.gazetteer, bucketBits: 16)
        let again = Array(ws.features1[0..<Int(ws.offsets1[short.tokenCount])])
        let fresh = TaggerWorkspace()
        fresh.extractPass1(short, gazetteer: model.gazetteer, bucketBits: 16)
        #expect(again == Array(fresh.features1[0..<Int(fresh.offsets1[short.tokenCount])]))
        #expect(Array(ws.buffers.form[0..<short.tokenCount]) == [0, 1, 2, 3, 4, 5, 6])
    }
}
