/// Trains the two-pass entity tagger from labelled documents (already read; NewsCore opens no files).
///
/// Pass 2 learns from first-pass tags that pass 1 produced on documents it was *not* trained
/// on (k-fold jackknifing), so it learns how far to trust pass 1 on unseen text rather than on
/// text it has memorised. Everything is deterministic: documents keep their order, sentence
/// order per epoch comes from a seeded SplitMix64, and no dictionary is ever iterated.
public enum NERTrainer {
    /// Training settings; the defaults are the ones the shipped model was trained with.
    public struct Options: Sendable {
        public var bucketBits: Int
        public var epochs: Int
        public var seed: UInt64
        public var folds: Int

        public init(bucketBits: Int = 16, epochs: Int = 10, seed: UInt64 = 1, folds: Int = 4) {
            self.bucketBits = bucketBits
            self.epochs = epochs
            self.seed = seed
            self.folds = folds
        }
    }

    /// A document with one gold BILOU tag per token.
    public struct Example: Sendable {
        public var document: TaggerDocument
        public var gold: [EntityTag]

        public init(document: TaggerDocument, gold: [EntityTag]) {
            self.document = document
            self.gold = gold
        }
    }

    /// Trains a model. `log` receives progress lines; `evaluate`, when given, is called after each
    /// epoch of the final pass-2 training with the model so far (for tuning on held-out data).
    public static func train(
        _ examples: [Example], gazetteer: Gazetteer, options: Options = Options(),
        log: (String) -> Void = { _ in }, evaluate: ((Int, NERModel) -> Void)? = nil
    ) -> NERModel {
        let bits = options.bucketBits
        let ws = TaggerWorkspace()
        var pass1Instances: [[Instance]] = []
        for ex in examples {
            ws.extractPass1(ex.document, gazetteer: gazetteer, bucketBits: bits)
            pass1Instances.append(Instance.sentences(ex.document, ex.gold, ws, secondPass: false))
        }
        log("pass 1 features extracted for \(examples.count) documents")

        // Jackknifed first-pass tags for every training document.
        var jackknifed: [[UInt8]] = examples.map { [UInt8](repeating: 0, count: $0.document.tokenCount) }
        let folds = max(2, options.folds)
        for fold in 0..<folds {
            let learner = Perceptron(bucketBits: bits)
            let training = pass1Instances.indices.filter { $0 % folds != fold }.flatMap { pass1Instances[$0] }
            learner.train(training, epochs: options.epochs, seed: options.seed &+ UInt64(fold) &* 1000)
            let averaged = learner.averaged()
            for d in pass1Instances.indices where d % folds == fold {
                for inst in pass1Instances[d] {
                    let tags = averaged.predict(inst)
                    for (k, t) in tags.enumerated() { jackknifed[d][inst.firstToken + k] = t }
                }
            }
            log("fold \(fold + 1)/\(folds) done")
        }

        let full1 = Perceptron(bucketBits: bits)
        full1.train(pass1Instances.flatMap { $0 }, epochs: options.epochs, seed: options.seed)
        let pass1 = full1.averaged().quantised()
        log("pass 1 trained")

        var pass2Instances: [Instance] = []
        for (d, ex) in examples.enumerated() {
            ws.extractPass1(ex.document, gazetteer: gazetteer, bucketBits: bits)
            for k in 0..<ex.document.tokenCount { ws.pass1[k] = jackknifed[d][k] }
            ws.extractPass2(ex.document, bucketBits: bits)
            pass2Instances += Instance.sentences(ex.document, ex.gold, ws, secondPass: true)
        }
        let full2 = Perceptron(bucketBits: bits)
        full2.train(pass2Instances, epochs: options.epochs, seed: options.seed &+ 7) { epoch in
            if let evaluate {
                evaluate(epoch, NERModel(gazetteer: gazetteer, pass1: pass1, pass2: full2.averaged().quantised()))
            }
        }
        log("pass 2 trained")
        return NERModel(gazetteer: gazetteer, pass1: pass1, pass2: full2.averaged().quantised())
    }

    // MARK: - Instances

    /// One sentence's features (pass 1, plus pass 2 when present) and gold tags.
    struct Instance {
        var firstToken: Int
        var features: [UInt32]
        var offsets: [Int32]
        var gold: [UInt8]

        static func sentences(_ doc: TaggerDocument, _ gold: [EntityTag], _ ws: TaggerWorkspace, secondPass: Bool) -> [Instance] {
            (0..<doc.sentenceCount).map { s in
                let r = doc.sentence(s)
                var inst = Instance(firstToken: r.lowerBound, features: [], offsets: [0], gold: [])
                for i in r {
                    inst.features += ws.features1[Int(ws.offsets1[i])..<Int(ws.offsets1[i + 1])]
                    if secondPass { inst.features += ws.features2[Int(ws.offsets2[i])..<Int(ws.offsets2[i + 1])] }
                    inst.offsets.append(Int32(inst.features.count))
                    inst.gold.append(gold[i].raw)
                }
                return inst
            }
        }
    }

    // MARK: - Averaged structured perceptron

    /// Float weights with the running sums needed for averaging (Daumé's trick: keep `w` and
    /// `Σ c·Δ`, average = w − Σ/c), so an update costs the same as in a plain perceptron.
    final class Perceptron {
        let bits: Int
        var w: [Float]
        var sum: [Double]
        var trans: [Float]
        var transSum: [Double]
        var clock: Double = 1

        init(bucketBits: Int) {
            bits = bucketBits
            w = [Float](repeating: 0, count: (1 << bucketBits) * 17)
            sum = [Double](repeating: 0, count: w.count)
            trans = [Float](repeating: 0, count: 18 * 17)
            transSum = [Double](repeating: 0, count: 18 * 17)
        }

        func train(_ instances: [Instance], epochs: Int, seed: UInt64, afterEpoch: (Int) -> Void = { _ in }) {
            var order = Array(instances.indices)
            var rng = SplitMix64(seed: seed)
            for epoch in 1...max(1, epochs) {
                // Fisher–Yates with our own generator: the same seed gives the same order everywhere.
                for k in stride(from: order.count - 1, to: 0, by: -1) {
                    order.swapAt(k, Int(rng.next() % UInt64(k + 1)))
                }
                for index in order { step(instances[index]) }
                afterEpoch(epoch)
            }
        }

        func step(_ inst: Instance) {
            let pred = Decoder.predict(inst, weights: w, transitions: trans)
            if pred == inst.gold { clock += 1; return }
            let c = clock
            func bump(_ index: Int, _ delta: Float) {
                w[index] += delta
                sum[index] += c * Double(delta)
            }
            for k in inst.gold.indices {
                let g = Int(inst.gold[k])
                let p = Int(pred[k])
                if g != p {
                    for f in Int(inst.offsets[k])..<Int(inst.offsets[k + 1]) {
                        let row = Int(inst.features[f]) * 17
                        bump(row + g, 1)
                        bump(row + p, -1)
                    }
                }
                let gPrev = k == 0 ? 17 : Int(inst.gold[k - 1])
                let pPrev = k == 0 ? 17 : Int(pred[k - 1])
                if g != p || gPrev != pPrev {
                    trans[gPrev * 17 + g] += 1
                    transSum[gPrev * 17 + g] += c
                    trans[pPrev * 17 + p] -= 1
                    transSum[pPrev * 17 + p] -= c
                }
            }
            clock += 1
        }

        func averaged() -> Averaged {
            let c = clock
            return Averaged(
                bits: bits,
                w: zip(w, sum).map { Float(Double($0) - $1 / c) },
                trans: zip(trans, transSum).map { Float(Double($0) - $1 / c) })
        }
    }

    /// Averaged weights, ready to predict or to quantise.
    struct Averaged {
        var bits: Int
        var w: [Float]
        var trans: [Float]

        func predict(_ inst: Instance) -> [UInt8] {
            Decoder.predict(inst, weights: w, transitions: trans)
        }

        /// Int16 weights scaled so the largest magnitude uses the whole range; transitions on the same scale.
        func quantised() -> LinearTagModel {
            var top: Float = 1e-6
            for v in w { top = max(top, abs(v)) }
            for v in trans { top = max(top, abs(v)) }
            let scale = 32767 / top
            let weights = w.map { Int16(($0 * scale).rounded()) }
            let penalties = LinearTagModel.constraintPenalties
            var transitions = [Int32](repeating: 0, count: 18 * 17)
            for k in 0..<(18 * 17) { transitions[k] = Int32((trans[k] * scale).rounded()) + penalties[k] }
            let endings = Array(penalties[(18 * 17)...])
            return LinearTagModel(bucketBits: bits, weights: weights, transitions: transitions, endings: endings)
        }
    }

    /// Float Viterbi for training, with the same BILOU constraints as `LinearTagModel`.
    enum Decoder {
        static let allowed: [Bool] = LinearTagModel.constraintPenalties.map { $0 == 0 }

        static func predict(_ inst: Instance, weights: [Float], transitions: [Float]) -> [UInt8] {
            let n = inst.gold.count
            var delta = [Float](repeating: 0, count: n * 17)
            var back = [UInt8](repeating: 0, count: n * 17)
            weights.withUnsafeBufferPointer { w in
                for i in 0..<n {
                    for f in Int(inst.offsets[i])..<Int(inst.offsets[i + 1]) {
                        let row = Int(inst.features[f]) * 17
                        for t in 0..<17 { delta[i * 17 + t] += w[row + t] }
                    }
                }
            }
            let ninf: Float = -1e30
            for t in 0..<17 { delta[t] = allowed[17 * 17 + t] ? delta[t] + transitions[17 * 17 + t] : ninf }
            if n > 1 {
                for i in 1..<n {
                    for to in 0..<17 {
                        var best = ninf
                        var arg = 0
                        for from in 0..<17 where allowed[from * 17 + to] {
                            let v = delta[(i - 1) * 17 + from] + transitions[from * 17 + to]
                            if v > best {
                                best = v
                                arg = from
                            }
                        }
                        delta[i * 17 + to] += best
                        back[i * 17 + to] = UInt8(arg)
                    }
                }
            }
            var arg = 0
            var best = ninf
            for t in 0..<17 where allowed[18 * 17 + t] && delta[(n - 1) * 17 + t] > best {
                best = delta[(n - 1) * 17 + t]
                arg = t
            }
            var out = [UInt8](repeating: 0, count: n)
            var i = n - 1
            out[i] = UInt8(arg)
            while i > 0 {
                arg = Int(back[i * 17 + arg])
                i -= 1
                out[i] = UInt8(arg)
            }
            return out
        }
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64), for reproducible shuffles.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
