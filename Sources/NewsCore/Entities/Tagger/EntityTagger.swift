/// Tags the tokens of a document with person, organisation, place and other entities.
///
/// Two passes of an averaged structured perceptron over BILOU tags: the first reads each
/// sentence with local, gazetteer and document-capitalisation features; the second re-reads it
/// knowing how pass 1 tagged the same words elsewhere in the document. Immutable and
/// `Sendable`: share one instance; give each thread its own `TaggerWorkspace`.
public final class EntityTagger: Sendable {
    public let model: NERModel

    public init(model: NERModel) {
        self.model = model
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
        let workspace = TaggerWorkspace()
        return tag(doc, workspace: workspace)
    }

    /// One BILOU tag per token of `doc`, reusing `workspace`'s buffers.
    public func tag(_ doc: TaggerDocument, workspace: TaggerWorkspace) -> [EntityTag] {
        tagRaw(doc, workspace: workspace)
        return (0..<doc.tokenCount).map { EntityTag(raw: workspace.tags[$0]) }
    }

    /// Entity spans of `doc` as token ranges with their types.
    public func spans(_ doc: TaggerDocument, workspace: TaggerWorkspace = TaggerWorkspace()) -> [(range: Range<Int>, type: EntityType)] {
        EntityTag.spans(tag(doc, workspace: workspace))
    }

    /// Runs both passes, leaving the final raw tags in `workspace.tags` (the allocation-free path).
    public func tagRaw(_ doc: TaggerDocument, workspace ws: TaggerWorkspace) {
        let n = doc.tokenCount
        guard n > 0 else { return }
        ws.extractPass1(doc, gazetteer: model.gazetteer, bucketBits: model.pass1.bucketBits)
        Self.run(model.pass1, doc, ws, secondPass: false, into: &ws.pass1)
        ws.extractPass2(doc, bucketBits: model.pass2.bucketBits)
        Self.run(model.pass2, doc, ws, secondPass: true, into: &ws.tags)
    }

    static func run(_ model: LinearTagModel, _ doc: TaggerDocument, _ ws: TaggerWorkspace, secondPass: Bool, into tags: inout [UInt8]) {
        let n = doc.tokenCount
        ws.features1.withUnsafeBufferPointer { f1 in
            ws.offsets1.withUnsafeBufferPointer { o1 in
                ws.features2.withUnsafeBufferPointer { f2 in
                    ws.offsets2.withUnsafeBufferPointer { o2 in
                        ws.scores.withUnsafeMutableBufferPointer { scores in
                            ws.backPointers.withUnsafeMutableBufferPointer { back in
                                tags.withUnsafeMutableBufferPointer { out in
                                    let all = 0..<n
                                    model.score(tokens: all, features: f1, offsets: o1, into: scores.baseAddress!, accumulate: false)
                                    if secondPass {
                                        model.score(tokens: all, features: f2, offsets: o2, into: scores.baseAddress!, accumulate: true)
                                    }
                                    for s in 0..<doc.sentenceCount {
                                        model.decode(
                                            tokens: doc.sentence(s), scores: scores.baseAddress!, back: back.baseAddress!,
                                            into: out.baseAddress!)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
