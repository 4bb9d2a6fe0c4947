/// Tags the tokens of a document with person, organisation, place and other entities.
///
/// Two passes of an averaged structured perceptron over BILOU tags: the first reads each
/// sentence with local, gazetteer and document-capitalisation features; the second re-reads it
/// knowing how pass 1 tagged the same words elsewhere in the document. Immutable and
/// `Sendable`: share one instance; give each thread its own `TaggerWorkspace`.
public final class EntityTagger: Sendable {
    public let model: NERModel
    /// Both passes' weights side by side, when their tables have the same size.
    let fused: FusedWeights?
    /// Workspaces for `tag(_:)`, reused from one document to the next.
    private let workspaces = WorkspacePool()

    public init(model: NERModel) {
        self.model = model
        fused = FusedWeights(model.pass1, model.pass2)
    }

    /// The tagger with the model shipped in NewsCore's resources (loaded once, on first use).
    public static func bundled() throws(NERModel.LoadError) -> EntityTagger {
        switch shared {
        case .success(let tagger): return tagger
        case .failure(let error): throw error
        }
    }

    private static let shared: Result<EntityTagger, NERModel.LoadError> = {
        do throws(NERModel.LoadError) {
            return .success(EntityTagger(model: try NERModel.bundled()))
        } catch {
            return .failure(error)
        }
    }()

    /// One BILOU tag per token of `doc`.
    public func tag(_ doc: TaggerDocument) -> [EntityTag] {
        workspaces.with { tag(doc, workspace: $0) }
    }

    /// One BILOU tag per token of `doc`, reusing `workspace`'s buffers.
    public func tag(_ doc: TaggerDocument, workspace: TaggerWorkspace) -> [EntityTag] {
        tagRaw(doc, workspace: workspace)
        let n = doc.tokenCount
        // Written through pointers: mapping the range checked bounds and capacity at every token.
        return workspace.tags.withUnsafeBufferPointer { tags in
            precondition(tags.count >= n)
            return [EntityTag](unsafeUninitializedCapacity: n) { out, count in
                for i in 0..<n { (out.baseAddress! + i).initialize(to: EntityTag(raw: tags[i])) }
                count = n
            }
        }
    }

    /// Entity spans of `doc` as token ranges with their types.
    public func spans(_ doc: TaggerDocument, workspace: TaggerWorkspace = TaggerWorkspace()) -> [(range: Range<Int>, type: EntityType)] {
        EntityTag.spans(tag(doc, workspace: workspace))
    }

    /// Runs both passes, leaving the final raw tags in `workspace.tags` (the allocation-free path).
    public func tagRaw(_ doc: TaggerDocument, workspace ws: TaggerWorkspace) {
        let n = doc.tokenCount
        guard n > 0 else { return }
        if let fused {
            // Forms summed with another tagger's weights are of no use here.
            if ws.buffers.formCache?.owner !== fused { ws.buffers.formCache = FormCache(owner: fused) }
            ws.extractPass1(doc, gazetteer: model.gazetteer, bucketBits: model.pass1.bucketBits, formSums: true, cache: ws.buffers.formCache,
                warming: fused.warmer)
            Self.runFused(fused, model.pass1, model.pass2, doc, &ws.buffers)
            return
        }
        ws.extractPass1(doc, gazetteer: model.gazetteer, bucketBits: model.pass1.bucketBits)
        Self.run(model.pass1, doc, &ws.buffers, secondPass: false)
        ws.extractPass2(doc, bucketBits: model.pass2.bucketBits)
        Self.run(model.pass2, doc, &ws.buffers, secondPass: true)
    }

    /// Both passes, the pass-1 features of both scored in one walk over the fused table: the
    /// same scores `run` sums pass by pass (in lane order), and the same tags decoded. Wants
    /// `ws` extracted with `formSums`: the features a form's tokens share are summed per form
    /// (or taken from `ws.formCache`, which then keeps the forms it lacked); and the features of
    /// small values a token would list are added as one row summed ahead (`contextRow` in pass
    /// 1, `tagRow` in pass 2).
    static func runFused(_ fused: FusedWeights, _ pass1: LinearTagModel, _ pass2: LinearTagModel, _ doc: TaggerDocument, _ ws: inout TaggerBuffers) {
        let n = doc.tokenCount
        var tags: [UInt8] = []
        swap(&tags, &ws.pass1)
        // What every token of a form shares, summed once per form (extracted with `formSums`);
        // a form from the cache has its sums already and lists nothing.
        ws.formList.withUnsafeBufferPointer { list in
            ws.formOffsets.withUnsafeBufferPointer { offsets in
                ws.formScores1.withUnsafeMutableBufferPointer { sums1 in
                    ws.formScores2.withUnsafeMutableBufferPointer { sums2 in
                        fused.score(
                            tokens: 0..<ws.formCount, features: list, offsets: offsets, into: sums1.baseAddress!, sums2.baseAddress!,
                            keepingEmpty: true, warmed: true)
                    }
                }
            }
        }
        if let cache = ws.formCache, cache.owner === fused { ws.keepForms(doc, in: cache) }
        ws.formDocCap.withUnsafeBufferPointer { docCap in
            ws.formScores1.withUnsafeMutableBufferPointer { sums1 in
                ws.formScores2.withUnsafeMutableBufferPointer { sums2 in
                    fused.add(rows: 0..<ws.formCount, features: docCap.baseAddress!, into: sums1.baseAddress!, sums2.baseAddress!)
                }
            }
        }
        ws.features1.withUnsafeBufferPointer { f1 in
            ws.offsets1.withUnsafeBufferPointer { o1 in
                ws.scores.withUnsafeMutableBufferPointer { scores in
                    ws.scores2.withUnsafeMutableBufferPointer { scores2 in
                        tags.withUnsafeMutableBufferPointer { out in
                            ws.form.withUnsafeBufferPointer { forms in
                                ws.formScores1.withUnsafeBufferPointer { sums1 in
                                    ws.formScores2.withUnsafeBufferPointer { sums2 in
                                        ws.contextRow.withUnsafeBufferPointer { contexts in
                                            fused.score(
                                                tokens: 0..<n, features: f1, offsets: o1, into: scores.baseAddress!, scores2.baseAddress!,
                                                forms: forms.baseAddress!, formScores1: sums1.baseAddress!, formScores2: sums2.baseAddress!,
                                                contextRows: contexts.baseAddress!, warmed: true)
                                        }
                                    }
                                }
                            }
                            for s in 0..<doc.sentenceCount {
                                fused.decoder1.decode(tokens: doc.sentence(s), scores: scores.baseAddress!, into: out.baseAddress!)
                            }
                        }
                    }
                }
            }
        }
        swap(&tags, &ws.pass1)
        ws.extractPass2(doc, bucketBits: pass2.bucketBits, tagRows: true, warming: fused.warmer)
        swap(&tags, &ws.tags)
        ws.features2.withUnsafeBufferPointer { f2 in
            ws.offsets2.withUnsafeBufferPointer { o2 in
                ws.scores2.withUnsafeMutableBufferPointer { scores in
                    tags.withUnsafeMutableBufferPointer { out in
                        ws.tagRow.withUnsafeBufferPointer { rows in
                            fused.scoreSecondPass(
                                tokens: 0..<n, features: f2, offsets: o2, into: scores.baseAddress!, tagRows: rows.baseAddress!, warmed: true)
                        }
                        for s in 0..<doc.sentenceCount {
                            fused.decoder2.decode(tokens: doc.sentence(s), scores: scores.baseAddress!, into: out.baseAddress!)
                        }
                    }
                }
            }
        }
        swap(&tags, &ws.tags)
    }

    /// Scores and decodes one pass, into `pass1` for the first and `tags` for the second.
    static func run(_ model: LinearTagModel, _ doc: TaggerDocument, _ ws: inout TaggerBuffers, secondPass: Bool) {
        let n = doc.tokenCount
        // The output is taken out of the buffers while written, so the rest can be read.
        var tags: [UInt8] = []
        if secondPass { swap(&tags, &ws.tags) } else { swap(&tags, &ws.pass1) }
        defer { if secondPass { swap(&tags, &ws.tags) } else { swap(&tags, &ws.pass1) } }
        ws.features1.withUnsafeBufferPointer { f1 in
            ws.offsets1.withUnsafeBufferPointer { o1 in
                ws.features2.withUnsafeBufferPointer { f2 in
                    ws.offsets2.withUnsafeBufferPointer { o2 in
                        ws.scores.withUnsafeMutableBufferPointer { scores in
                            tags.withUnsafeMutableBufferPointer { out in
                                let all = 0..<n
                                model.score(tokens: all, features: f1, offsets: o1, into: scores.baseAddress!, accumulate: false)
                                if secondPass {
                                    model.score(tokens: all, features: f2, offsets: o2, into: scores.baseAddress!, accumulate: true)
                                }
                                for s in 0..<doc.sentenceCount {
                                    model.decode(tokens: doc.sentence(s), scores: scores.baseAddress!, into: out.baseAddress!)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
