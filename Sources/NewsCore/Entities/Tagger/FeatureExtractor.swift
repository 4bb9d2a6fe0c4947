/// Turns a `TaggerDocument` into hashed feature buckets for the tagger's two passes.
///
/// Pass 1 sees each token's own form (word, lower case, shape, prefixes, suffixes), its
/// neighbours, its capitalisation in context, the gazetteer lists covering it and how the same
/// word is capitalised elsewhere in the document. Pass 2 adds what pass 1 predicted: the token's
/// own first-pass tag, its neighbours', and how the same word was tagged elsewhere in the
/// document (so `Putin` alone inherits the person tag of `Vladimir Putin`).
///
/// Everything lives in reusable flat arrays; extracting allocates only when a document is
/// larger than any before it.
public final class TaggerWorkspace {
    /// The arrays, in a struct so that extraction works on them through one `inout` access
    /// (a class's stored arrays pay a dynamic exclusivity check on every element access).
    var buffers = TaggerBuffers()

    public init() {}

    // The arrays the tagger and the trainer read and write, forwarded to `buffers`.

    var features1: [UInt32] {
        get { buffers.features1 }
        _modify { yield &buffers.features1 }
    }
    var offsets1: [Int32] {
        get { buffers.offsets1 }
        _modify { yield &buffers.offsets1 }
    }
    var features2: [UInt32] {
        get { buffers.features2 }
        _modify { yield &buffers.features2 }
    }
    var offsets2: [Int32] {
        get { buffers.offsets2 }
        _modify { yield &buffers.offsets2 }
    }
    var pass1: [UInt8] {
        get { buffers.pass1 }
        _modify { yield &buffers.pass1 }
    }
    var tags: [UInt8] {
        get { buffers.tags }
        _modify { yield &buffers.tags }
    }
    var scores: [Int32] {
        get { buffers.scores }
        _modify { yield &buffers.scores }
    }

    /// See `TaggerBuffers.extractPass1`.
    func extractPass1(
        _ doc: TaggerDocument, gazetteer: Gazetteer, bucketBits: Int, formSums: Bool = false, cache: FormCache? = nil,
        warming: FusedWeights.Warmer? = nil
    ) {
        buffers.extractPass1(doc, gazetteer: gazetteer, bucketBits: bucketBits, formSums: formSums, cache: cache, warming: warming)
    }

    /// See `TaggerBuffers.extractPass2`.
    func extractPass2(_ doc: TaggerDocument, bucketBits: Int, tagRows: Bool = false, warming: FusedWeights.Warmer? = nil) {
        buffers.extractPass2(doc, bucketBits: bucketBits, tagRows: tagRows, warming: warming)
    }
}

/// The per-token arrays a `TaggerWorkspace` reuses from one document to the next.
struct TaggerBuffers {
    var lower: [UInt64] = []
    var exact: [UInt64] = []
    var shape: [UInt64] = []
    var cap: [UInt8] = []
    /// Per token, its capitalisation context as the features take it: its `cap`, with bit 4 set
    /// for its sentence's first word and bit 5 for a word of an ALL-CAPS headline
    /// (`markSentences`); worked out once for both passes.
    var context: [UInt8] = []
    var gaz: [UInt32] = []
    /// Slot of the token's lower-case form in the document table.
    var slot: [Int32] = []
    /// The same per form (`fillDocumentTable` finds it once a form).
    var formSlot: [Int32] = []
    /// Document table: lower-case key per slot, capitalisation flags, first-pass type counts.
    var tableKeys: [UInt64] = []
    var tableFlags: [UInt8] = []
    var tableCounts: [UInt16] = []
    /// Slots of the document table in use for the current document (a power of two, at least
    /// twice its tokens): the arrays may be larger, grown for a longer document before.
    var tableSize = 0
    /// Tokens whose slots in `tableKeys`/`tableFlags`, and forms whose slots in `formSlots`, the
    /// last document filled: `reserve(tokens:)` empties just those slots for the next one.
    var tableTokensUsed = 0
    var formsUsed = 0
    var features1: [UInt32] = []
    var offsets1: [Int32] = []
    var features2: [UInt32] = []
    var offsets2: [Int32] = []
    var pass1: [UInt8] = []
    var tags: [UInt8] = []
    var scores: [Int32] = []
    /// Pass 2's scores of the pass-1 features, summed while pass 1 is scored (`FusedWeights`).
    var scores2: [Int32] = []
    /// What `markGazetteer` read of the gazetteer, kept so the reads stay.
    var touched: UInt8 = 0
    /// Pass 2's features that depend only on tags and capitalisation, by value (`Pass2Tables`),
    /// built for one bucket width and kept while it stays the same.
    var pass2Tables: Pass2Tables?
    /// Pass 1's features of small values (`Pass1Tables`), likewise.
    var pass1Tables: Pass1Tables?
    /// Pass 1's shapeTrigram features met before (`ShapeTrigrams`), likewise.
    var shapeTrigrams = ShapeTrigrams()

    // The document's distinct word forms (exact scalars), so that what depends on the form
    // alone is worked out once per form, not once per token (words repeat within an article).
    /// Per token, its form's number (first seen first).
    var form: [Int32] = []
    /// Per form: the first token written so, and its hashes and capitalisation.
    var formToken: [Int32] = []
    var formLower: [UInt64] = []
    var formShape: [UInt64] = []
    var formCap: [UInt8] = []
    /// Per form, `formFeatureCount` bucket ids of the features that depend on the form alone:
    /// exact, lower, shape, the prefixes and suffixes (as ordered in a token's list), then the
    /// form as a neighbour (lowerPrev, lowerNext, lowerPrev2, lowerNext2, exactPrev, exactNext).
    var formFeatures: [UInt32] = []
    /// Open-addressed table of forms by exact hash (`tableSize` slots): the hash and form + 1.
    var formKeys: [UInt64] = []
    var formSlots: [Int32] = []
    static let formFeatureCount = 17
    /// Forms in the current document.
    var formCount = 0
    /// With `formSums`: per form, the `formListCount` features every token of that form has
    /// (bias, exact, lower, shape, prefixes, suffixes), left out of the tokens' own lists, and
    /// `formOffsets` over them (none for a form found in the cache, whose sums are known);
    /// `formScores1`/`formScores2` hold their sums, and then with `formDocCap` added.
    var formList: [UInt32] = []
    var formOffsets: [Int32] = []
    var formScores1: [Int32] = []
    var formScores2: [Int32] = []
    static let formListCount = 12
    /// With `formSums`, per form: its docCapWord feature, which depends on the document too.
    var formDocCap: [UInt32] = []
    /// Per form: 1 when its values came from the `FormCache` (its `formScores` rows already
    /// hold its list's sums, and its own features 0–10 were not worked out).
    var formHit: [UInt8] = []
    /// Forms kept from earlier documents, for the fused weights they were summed with.
    var formCache: FormCache?
    /// By the document's word id (`TaggerDocument.wordIds`): the form + 1 of the first token
    /// with that id, 0 before one is seen. Sized and cleared for each document's ids.
    var formOfWord: [Int32] = []
    /// Per form: its one-word gazetteer phrase hash and that phrase's list bits (`Gazetteer`'s
    /// `mark(lowerHashes:range:forms:phrases:bits:into:)` starts each token from them).
    var formPhrase: [UInt64] = []
    var formLists: [UInt16] = []
    /// The tokens `lookUpForms` looked up in the `FormCache` ahead of `analyseTokens` (each the
    /// first with its word id), in order, and the entry found for each (-1: none, or the form
    /// cannot be kept).
    var probeToken: [Int32] = []
    var probeEntry: [Int32] = []
    /// With `formSums`, per token: its row of `FusedWeights`' context rows
    /// (`Pass1Tables.contextRow`), which sums the small-value features it then does not list.
    var contextRow: [UInt16] = []
    /// With `tagRows` (`extractPass2`), per token: its row of `FusedWeights`' tag rows
    /// (`Pass2Tables.tagRow`), likewise for its pass1Tag and pass1Neighbours features.
    var tagRow: [UInt16] = []
    /// `extractPass2`'s capitalised tokens in order, and -1 after them (a temporary allocation
    /// went to the heap for most documents).
    var capitalisedList: [Int32] = []
    /// Per form, in `extractPass2`: the pass1TagWord id last worked out for a token of it, in
    /// the low 32 bits, and that token's first-pass tag plus one above them (0: none yet), so
    /// a form's tokens tagged alike hash it once.
    var tagWordMemo: [UInt64] = []


    /// Counters kept per word form: 5 type counts (O, PER, ORG, LOC, MISC), 4 "last of a longer
    /// name" counts and 4 "first of a longer name" counts.
    static let countsPerSlot = 13
    static let featuresPerToken = 48

    mutating func reserve(tokens n: Int) {
        // First, while the last document's slots and hashes are still in the per-token arrays.
        clearUsedSlots()
        if lower.count < n {
            let m = max(n, 256)
            lower = .init(repeating: 0, count: m)
            exact = .init(repeating: 0, count: m)
            shape = .init(repeating: 0, count: m)
            form = .init(repeating: 0, count: m)
            formToken = .init(repeating: 0, count: m)
            formLower = .init(repeating: 0, count: m)
            formShape = .init(repeating: 0, count: m)
            formCap = .init(repeating: 0, count: m)
            formFeatures = .init(repeating: 0, count: m * Self.formFeatureCount)
            formList = .init(repeating: 0, count: m * Self.formListCount)
            formOffsets = .init(repeating: 0, count: m + 1)
            formScores1 = .init(repeating: 0, count: m * EntityTag.count)
            formScores2 = .init(repeating: 0, count: m * EntityTag.count)
            formDocCap = .init(repeating: 0, count: m)
            formHit = .init(repeating: 0, count: m)
            formPhrase = .init(repeating: 0, count: m)
            formLists = .init(repeating: 0, count: m)
            probeToken = .init(repeating: 0, count: m)
            probeEntry = .init(repeating: 0, count: m)
            contextRow = .init(repeating: 0, count: m)
            tagRow = .init(repeating: 0, count: m)
            capitalisedList = .init(repeating: 0, count: m + 1)
            tagWordMemo = .init(repeating: 0, count: m)
            cap = .init(repeating: 0, count: m)
            context = .init(repeating: 0, count: m)
            gaz = .init(repeating: 0, count: m)
            slot = .init(repeating: 0, count: m)
            formSlot = .init(repeating: 0, count: m)
            offsets1 = .init(repeating: 0, count: m + 1)
            offsets2 = .init(repeating: 0, count: m + 1)
            features1 = .init(repeating: 0, count: m * Self.featuresPerToken)
            features2 = .init(repeating: 0, count: m * 8)
            pass1 = .init(repeating: 0, count: m)
            tags = .init(repeating: 0, count: m)
            scores = .init(repeating: 0, count: m * EntityTag.count)
            scores2 = .init(repeating: 0, count: m * EntityTag.count)
        }
        var capacity = 1024
        while capacity < n * 2 { capacity *= 2 }
        // Grow only, so documents of mixed sizes stop allocating once the largest has been seen;
        // use and clear only this document's share (clearing all of a table once grown for a
        // long document cost more than the rest of extraction). The table's size changes where
        // words land, not what it holds for each word, so the features are the same.
        tableSize = capacity
        if tableKeys.count < capacity {
            tableKeys = .init(repeating: 0, count: capacity)
            tableFlags = .init(repeating: 0, count: capacity)
            tableCounts = .init(repeating: 0, count: capacity * Self.countsPerSlot)
            formKeys = .init(repeating: 0, count: capacity)
            formSlots = .init(repeating: 0, count: capacity)
        }
        // (The tables are empty here: `clearUsedSlots` emptied what the last document filled;
        // `tableCounts` is cleared where it is tallied, `extractPass2`, slot by slot.)
    }

    /// Empties the table slots the last document filled, and only those.
    ///
    /// Clearing the tables whole (`tableSize` slots, at least 1,024, in three arrays) cost some
    /// 6,000 instructions a document, more than its few hundred scattered slots: a token's
    /// lower-case slot is kept in `slot`, and a form's slot is found again from its exact hash
    /// (the probe ends at the slot holding that form, as when it was put there).
    private mutating func clearUsedSlots() {
        let tokens = tableTokensUsed, forms = formsUsed
        tableTokensUsed = 0
        formsUsed = 0
        guard tokens > 0 || forms > 0 else { return }
        let size = tableSize, mask = size - 1
        precondition(size > 0 && size & mask == 0 && tableKeys.count >= size && tableFlags.count >= size && formSlots.count >= size)
        precondition(slot.count >= tokens && formToken.count >= forms)
        slot.withUnsafeBufferPointer { slot in
        tableKeys.withUnsafeMutableBufferPointer { keys in
        tableFlags.withUnsafeMutableBufferPointer { flags in
            let slot = slot.baseAddress!, keys = keys.baseAddress!, flags = flags.baseAddress!
            for i in 0..<tokens {
                let s = Int(slot[i])
                precondition(s >= 0 && s < size)
                keys[s] = 0
                flags[s] = 0
            }
        }}}
        exact.withUnsafeBufferPointer { exact in
        formToken.withUnsafeBufferPointer { firstToken in
        formSlots.withUnsafeMutableBufferPointer { slots in
            let slots = slots.baseAddress!
            for f in 0..<forms {
                let t = Int(firstToken[f])
                var s = Int(truncatingIfNeeded: exact[t]) & mask
                var probes = 0
                while slots[s] != Int32(f + 1) {
                    s = (s + 1) & mask
                    probes += 1
                    precondition(probes < size, "a form missing from the form table")
                }
                slots[s] = 0
            }
        }}}
    }
}

/// Feature templates: numbers mixed into every feature key so templates never collide by design.
@usableFromInline
enum Template {
    static let bias: UInt64 = 0, exact: UInt64 = 1, lower: UInt64 = 2, shape: UInt64 = 3
    static let prefix: UInt64 = 4, suffix: UInt64 = 8
    static let lowerPrev: UInt64 = 12, lowerNext: UInt64 = 13, lowerPrev2: UInt64 = 14, lowerNext2: UInt64 = 15
    static let shapeTrigram: UInt64 = 16, bigramPrev: UInt64 = 17, bigramNext: UInt64 = 18
    static let capContext: UInt64 = 19, prevWordShape: UInt64 = 20, shapeNextWord: UInt64 = 21
    static let exactPrev: UInt64 = 22, exactNext: UInt64 = 23, bigramPrev2: UInt64 = 24
    static let gazetteer: UInt64 = 25, gazetteerCap: UInt64 = 26, gazetteerPrev: UInt64 = 27, gazetteerNext: UInt64 = 28
    static let docCap: UInt64 = 29, docCapWord: UInt64 = 30, headlineWord: UInt64 = 31
    static let pass1Tag: UInt64 = 40, pass1Neighbours: UInt64 = 41, docMajority: UInt64 = 42
    static let docLongerName: UInt64 = 43, docMajorityTag: UInt64 = 44, pass1TagWord: UInt64 = 45
}

extension TaggerBuffers {
    static let outsideBefore1: UInt64 = 0x0B05_0001, outsideBefore2: UInt64 = 0x0B05_0002
    static let outsideAfter1: UInt64 = 0x0E05_0001, outsideAfter2: UInt64 = 0x0E05_0002

    /// Computes token hashes, sentence context, gazetteer marks, document capitalisation and the
    /// pass-1 features of `doc`, with keys cut to `bucketBits` bits.
    ///
    /// With `formSums`, the features that every token of a form shares are listed once per form
    /// (`formList`) instead of in each token's list, for `FusedWeights` to sum once per form;
    /// with a `cache` too, a form found there is not worked out again: its values and sums are
    /// taken from it (`formHit`); and a token's small-value features are left to its row of
    /// `FusedWeights`' context rows, numbered in `contextRow`. With `warming`, the weights of
    /// the features listed are asked for as they are written.
    mutating func extractPass1(
        _ doc: TaggerDocument, gazetteer: Gazetteer, bucketBits: Int, formSums: Bool = false, cache: FormCache? = nil,
        warming: FusedWeights.Warmer? = nil
    ) {
        let n = doc.tokenCount
        reserve(tokens: n)
        doc.scalars.withUnsafeBufferPointer { sc in
            analyseTokens(doc, sc, shift: UInt64(64 - bucketBits), cache: formSums ? cache : nil)
        }
        markSentences(doc)
        markGazetteer(doc, gazetteer)
        fillDocumentTable(n)
        writePass1Features(doc, bucketBits: bucketBits, formSums: formSums, warming: warming)
    }

    /// Fills each token's hashes and capitalisation, and its form's features, computing them
    /// only for the first token of each distinct form and copying them for the others.
    private mutating func analyseTokens(_ doc: TaggerDocument, _ sc: UnsafeBufferPointer<UInt32>, shift: UInt64, cache: FormCache?) {
        let n = doc.tokenCount
        let mask = tableSize - 1
        // The loop runs once a token: it reads and writes through pointers, not checked array
        // subscripts. `reserve(tokens:)` sized every array for `n` tokens (and forms) and the
        // form table for `tableSize` slots; these checks, once a document, make that a rule.
        precondition(lower.count >= n && exact.count >= n && shape.count >= n && cap.count >= n && form.count >= n)
        precondition(formToken.count >= n && formLower.count >= n && formShape.count >= n && formCap.count >= n)
        precondition(formHit.count >= n && formFeatures.count >= n * Self.formFeatureCount)
        precondition(formScores1.count >= n * EntityTag.count && formScores2.count >= n * EntityTag.count)
        precondition(formKeys.count >= tableSize && formSlots.count >= tableSize && tableSize & mask == 0)
        precondition(doc.tokenEnds.count == n)
        // The word ids, when the document has them: a token whose id was seen is of the form
        // found for the first token with it, which has the same scalars (so the same form the
        // search by scalars below finds, and the forms are numbered as without ids).
        let byId = doc.wordIds.count == n
        let words = byId ? doc.wordIdCount : 0
        if formOfWord.count < words { formOfWord = .init(repeating: 0, count: max(words, 256)) }
        formOfWord.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<words]).update(repeating: 0) }
        var probes = 0
        if byId, let cache { probes = lookUpForms(doc, sc, words: words, in: cache.values) }
        // Taken out of `self` while written, and written through pointers taken once here: a
        // form's values were written array by array, each write checking its array's
        // uniqueness, some 70 instructions a form.
        var slots = formSlots, keys = formKeys, firstToken = formToken, formOf = form
        var lowerOut = lower, exactOut = exact, shapeOut = shape, capOut = cap, formByWord = formOfWord
        var hits = formHit, lowers = formLower, shapes = formShape, caps = formCap
        var features = formFeatures, scores1 = formScores1, scores2 = formScores2
        // (Only read here: no copy is written, so none is made.)
        let probeTokens = probeToken, probeEntries = probeEntry
        formSlots = []; formKeys = []; formToken = []; form = []
        lower = []; exact = []; shape = []; cap = []; formOfWord = []
        formHit = []; formLower = []; formShape = []; formCap = []
        formFeatures = []; formScores1 = []; formScores2 = []
        defer {
            formSlots = slots; formKeys = keys; formToken = firstToken; form = formOf
            lower = lowerOut; exact = exactOut; shape = shapeOut; cap = capOut; formOfWord = formByWord
            formHit = hits; formLower = lowers; formShape = shapes; formCap = caps
            formFeatures = features; formScores1 = scores1; formScores2 = scores2
        }
        var forms = 0
        let cached = cache?.values
        hits.withUnsafeMutableBufferPointer { hits in
        lowers.withUnsafeMutableBufferPointer { lowers in
        shapes.withUnsafeMutableBufferPointer { shapes in
        caps.withUnsafeMutableBufferPointer { caps in
        features.withUnsafeMutableBufferPointer { features in
        scores1.withUnsafeMutableBufferPointer { scores1 in
        scores2.withUnsafeMutableBufferPointer { scores2 in
        let out = FormOut(
            hit: hits.baseAddress!, lower: lowers.baseAddress!, shape: shapes.baseAddress!, cap: caps.baseAddress!,
            features: features.baseAddress!, scores1: scores1.baseAddress!, scores2: scores2.baseAddress!)
        doc.wordIds.withUnsafeBufferPointer { wordIds in
        formByWord.withUnsafeMutableBufferPointer { formByWord in
        doc.tokenStarts.withUnsafeBufferPointer { starts in
        doc.tokenEnds.withUnsafeBufferPointer { ends in
        slots.withUnsafeMutableBufferPointer { slots in
        keys.withUnsafeMutableBufferPointer { keys in
        firstToken.withUnsafeMutableBufferPointer { firstToken in
        formOf.withUnsafeMutableBufferPointer { formOf in
        lowerOut.withUnsafeMutableBufferPointer { lowerOut in
        exactOut.withUnsafeMutableBufferPointer { exactOut in
        shapeOut.withUnsafeMutableBufferPointer { shapeOut in
        capOut.withUnsafeMutableBufferPointer { capOut in
        probeTokens.withUnsafeBufferPointer { probeTokens in
        probeEntries.withUnsafeBufferPointer { probeEntries in
            let starts = starts.baseAddress!, ends = ends.baseAddress!
            let slots = slots.baseAddress!, keys = keys.baseAddress!, firstToken = firstToken.baseAddress!
            precondition(probeTokens.count >= probes && probeEntries.count >= probes)
            // The next token `lookUpForms` looked up.
            var probe = 0
            for i in 0..<n {
                let word = byId ? Int(wordIds[i]) : -1
                if word >= 0 {
                    // (Read through a pointer below: an id outside the table is a broken promise.)
                    precondition(word < words, "a word id at or above the document's wordIdCount")
                    let known = Int(formByWord[word]) - 1
                    if known >= 0 {
                        formOf.baseAddress![i] = Int32(known)
                        lowerOut.baseAddress![i] = lowerOut.baseAddress![Int(firstToken[known])]
                        exactOut.baseAddress![i] = exactOut.baseAddress![Int(firstToken[known])]
                        shapeOut.baseAddress![i] = shapeOut.baseAddress![Int(firstToken[known])]
                        capOut.baseAddress![i] = capOut.baseAddress![Int(firstToken[known])]
                        continue
                    }
                }
                let a = Int(starts[i])
                let b = Int(ends[i])
                // The entry `lookUpForms` found for this token (-1 none), -2 when it was not looked up.
                var found = -2
                let e: UInt64
                if probe < probes, Int(probeTokens[probe]) == i {
                    e = exactOut.baseAddress![i]
                    found = Int(probeEntries[probe])
                    probe += 1
                } else {
                    e = TokenHashing.exactHash(sc, a, b)
                }
                var s = Int(truncatingIfNeeded: e) & mask
                var f = -1
                while slots[s] != 0 {
                    if keys[s] == e {
                        let other = Int(slots[s]) - 1
                        let t = Int(firstToken[other])
                        if Self.sameScalars(sc, a, b, Int(starts[t]), Int(ends[t])) {
                            f = other
                            break
                        }
                    }
                    s = (s + 1) & mask
                }
                if f < 0 {
                    f = forms
                    forms += 1
                    keys[s] = e
                    slots[s] = Int32(f + 1)
                    firstToken[f] = Int32(i)
                    if found >= 0, let cached {
                        cached.markUsed(found)
                        Self.takeForm(f, from: cached, found, out)
                    } else if found == -1 {
                        Self.addForm(f, sc, a, b, exact: e, shift: shift, out)
                    } else if let cache, let cached, FormCache.fits(sc, a, b), let entry = cache.find(e, sc, a, b) {
                        Self.takeForm(f, from: cached, entry, out)
                    } else {
                        Self.addForm(f, sc, a, b, exact: e, shift: shift, out)
                    }
                }
                if word >= 0 { formByWord[word] = Int32(f + 1) }
                formOf.baseAddress![i] = Int32(f)
                lowerOut.baseAddress![i] = out.lower[f]
                exactOut.baseAddress![i] = e
                shapeOut.baseAddress![i] = out.shape[f]
                capOut.baseAddress![i] = out.cap[f]
            }
        }}}}}}}}}}}}}}}}}}}}}
        formCount = forms
        formsUsed = forms
    }

    /// Looks up in `cache`, ahead of `analyseTokens`, the form of each token that is the first
    /// with its word id: returns how many it looked up, listed in `probeToken` with the entries
    /// found in `probeEntry` and their exact hashes in `exact`, and marks their ids -1 in
    /// `formOfWord` (still no form: `analyseTokens` gives them theirs).
    ///
    /// The cache is far larger than L2, so a look-up in `analyseTokens`' loop waited for its set's
    /// heads, then for the body of the entry found: two misses in a row for nearly every form of
    /// the document, one after the other. Here the heads of all the document's forms are asked
    /// for at once (their fetches overlap), then compared, asking for each hit's body; the loop
    /// then finds them in L1 or L2. The same entries are found (the cache does not change in
    /// between) and marked used in the same order, when taken, so the cache keeps what it kept.
    private mutating func lookUpForms(_ doc: TaggerDocument, _ sc: UnsafeBufferPointer<UInt32>, words: Int, in cache: FormCache.Values) -> Int {
        let n = doc.tokenCount
        precondition(doc.wordIds.count == n && formOfWord.count >= words && exact.count >= n)
        precondition(probeToken.count >= n && probeEntry.count >= n && doc.tokenEnds.count == n)
        var count = 0
        doc.wordIds.withUnsafeBufferPointer { wordIds in
        doc.tokenStarts.withUnsafeBufferPointer { starts in
        doc.tokenEnds.withUnsafeBufferPointer { ends in
        formOfWord.withUnsafeMutableBufferPointer { formByWord in
        exact.withUnsafeMutableBufferPointer { exact in
        probeToken.withUnsafeMutableBufferPointer { probeToken in
        probeEntry.withUnsafeMutableBufferPointer { probeEntry in
            let formByWord = formByWord.baseAddress!, exact = exact.baseAddress!
            let probeToken = probeToken.baseAddress!, probeEntry = probeEntry.baseAddress!
            for i in 0..<n {
                let word = Int(wordIds[i])
                guard word >= 0 else { continue }
                precondition(word < words, "a word id at or above the document's wordIdCount")
                guard formByWord[word] == 0 else { continue }
                formByWord[word] = -1
                let a = Int(starts[i]), b = Int(ends[i])
                probeToken[count] = Int32(i)
                count += 1
                let (e, bits) = TokenHashing.exactHashAndBits(sc, a, b)
                exact[i] = e
                guard FormCache.fits(length: b - a, bits: bits) else {
                    probeEntry[count - 1] = -1
                    continue
                }
                probeEntry[count - 1] = -2  // (looked up below, once its heads are asked for)
                cache.prefetchHeads(e)
            }
            for k in 0..<count where probeEntry[k] == -2 {
                let i = Int(probeToken[k])
                let entry = cache.entry(exact[i], sc, Int(starts[i]), Int(ends[i]))
                probeEntry[k] = Int32(entry)
                if entry >= 0 { cache.prefetchBody(entry) }
            }
        }}}}}}}
        return count
    }

    /// Where a form's values are written (the per-form arrays, sized by `reserve(tokens:)` for
    /// the document's tokens, which `analyseTokens` checked).
    private struct FormOut {
        let hit: UnsafeMutablePointer<UInt8>
        let lower: UnsafeMutablePointer<UInt64>
        let shape: UnsafeMutablePointer<UInt64>
        let cap: UnsafeMutablePointer<UInt8>
        let features: UnsafeMutablePointer<UInt32>
        let scores1: UnsafeMutablePointer<Int32>
        let scores2: UnsafeMutablePointer<Int32>
    }

    /// Whether two tokens are written with the same scalars.
    @inline(__always)
    static func sameScalars(_ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Bool {
        guard b - a == d - c else { return false }
        for k in 0..<(b - a) where sc[a + k] != sc[c + k] { return false }
        return true
    }

    /// Form `f`'s hashes, capitalisation, features as a neighbour and list sums, from `cache`'s
    /// `entry` (features 0–10, only ever summed, are not needed).
    private static func takeForm(_ f: Int, from cache: FormCache.Values, _ entry: Int, _ out: FormOut) {
        out.hit[f] = 1
        out.lower[f] = cache.lower(entry)
        out.shape[f] = cache.shape(entry)
        out.cap[f] = cache.cap(entry)
        (out.features + f * formFeatureCount + 11).update(from: cache.neighbours(entry), count: FormCache.neighbourCount)
        let row = f * EntityTag.count
        let sums = cache.sums(entry)
        (out.scores1 + row).update(from: sums, count: EntityTag.count)
        (out.scores2 + row).update(from: sums + EntityTag.count, count: EntityTag.count)
    }

    /// Keeps in `cache` each form of the document not found there (`formHit` 0), with the sums
    /// of its list now in `formScores1`/`formScores2` (before `formDocCap` is added).
    func keepForms(_ doc: TaggerDocument, in cache: FormCache) {
        // Read through pointers (a check a document, not a dozen a form: about half the
        // instructions of keeping a form went to checked subscripts).
        let forms = formCount
        precondition(formHit.count >= forms && formToken.count >= forms && formLower.count >= forms)
        precondition(formShape.count >= forms && formCap.count >= forms && formFeatures.count >= forms * Self.formFeatureCount)
        precondition(formScores1.count >= forms * EntityTag.count && formScores2.count >= forms * EntityTag.count)
        precondition(exact.count >= doc.tokenCount && doc.tokenEnds.count == doc.tokenCount)
        doc.scalars.withUnsafeBufferPointer { sc in
        doc.tokenStarts.withUnsafeBufferPointer { starts in
        doc.tokenEnds.withUnsafeBufferPointer { ends in
        formHit.withUnsafeBufferPointer { hit in
        formToken.withUnsafeBufferPointer { firstToken in
        exact.withUnsafeBufferPointer { exact in
        formLower.withUnsafeBufferPointer { lowers in
        formShape.withUnsafeBufferPointer { shapes in
        formCap.withUnsafeBufferPointer { caps in
        formFeatures.withUnsafeBufferPointer { features in
        formScores1.withUnsafeBufferPointer { scores1 in
        formScores2.withUnsafeBufferPointer { scores2 in
            let hit = hit.baseAddress!, firstToken = firstToken.baseAddress!
            let starts = starts.baseAddress!, ends = ends.baseAddress!, exact = exact.baseAddress!
            let kept = cache.values
            for f in 0..<forms where hit[f] == 0 {
                let t = Int(firstToken[f])
                let a = Int(starts[t]), b = Int(ends[t])
                guard FormCache.fits(sc, a, b) else { continue }
                let entry = cache.insert(exact[t], sc, a, b)
                kept.set(entry, lower: lowers.baseAddress![f], shape: shapes.baseAddress![f], cap: caps.baseAddress![f])
                kept.neighbours(entry)
                    .update(from: features.baseAddress! + f * Self.formFeatureCount + 11, count: FormCache.neighbourCount)
                let sums = kept.sums(entry)
                let row = f * EntityTag.count
                sums.update(from: scores1.baseAddress! + row, count: EntityTag.count)
                (sums + EntityTag.count).update(from: scores2.baseAddress! + row, count: EntityTag.count)
            }
        }}}}}}}}}}}}
    }

    /// Hashes, capitalisation and form-only features of form `f`, first written at `sc[a..<b]`.
    private static func addForm(_ f: Int, _ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, exact e: UInt64, shift: UInt64, _ form: FormOut) {
        form.hit[f] = 0
        let (w, sh, cap) = TokenHashing.formHashes(sc, a, b)
        form.lower[f] = w
        form.shape[f] = sh
        form.cap[f] = cap.rawValue
        let out = form.features + f * formFeatureCount
        @inline(__always) func put(_ k: Int, _ key: UInt64) {
            out[k] = UInt32(truncatingIfNeeded: key >> shift)
        }
        put(0, FeatureHash.feature(Template.exact, e))
        put(1, FeatureHash.feature(Template.lower, w))
        put(2, FeatureHash.feature(Template.shape, sh))
        // Prefixes and suffixes of the lower-cased form, one to four scalars.
        var h = FeatureHash.offset
        for k in 0..<4 {
            if a + k < b { h = FeatureHash.step(h, TokenHashing.lower(sc[a + k])) }
            put(3 + 2 * k, FeatureHash.feature(Template.prefix + UInt64(k), h))
        }
        h = FeatureHash.offset ^ 0x77
        for k in 0..<4 {
            if b - 1 - k >= a { h = FeatureHash.step(h, TokenHashing.lower(sc[b - 1 - k])) }
            put(4 + 2 * k, FeatureHash.feature(Template.suffix + UInt64(k), h))
        }
        put(11, FeatureHash.feature(Template.lowerPrev, w))
        put(12, FeatureHash.feature(Template.lowerNext, w))
        put(13, FeatureHash.feature(Template.lowerPrev2, w))
        put(14, FeatureHash.feature(Template.lowerNext2, w))
        put(15, FeatureHash.feature(Template.exactPrev, e))
        put(16, FeatureHash.feature(Template.exactNext, e))
    }

    /// Marks each token's gazetteer positions (`gaz`), looking each form's one-word phrase up
    /// once: most of an article's tokens repeat a form, and most forms are on no list, which
    /// then settles the token's mark without hashing or probing anything for it.
    private mutating func markGazetteer(_ doc: TaggerDocument, _ gazetteer: Gazetteer) {
        let n = doc.tokenCount
        let forms = formCount
        // Taken out while written (a check a document, not one a form or token).
        var phrases = formPhrase, lists = formLists, codes = gaz
        formPhrase = []
        formLists = []
        gaz = []
        defer {
            formPhrase = phrases
            formLists = lists
            gaz = codes
        }
        precondition(phrases.count >= forms && lists.count >= forms && formLower.count >= forms)
        precondition(codes.count >= n && lower.count >= n && form.count >= n)
        var mixed: UInt16 = 0
        phrases.withUnsafeMutableBufferPointer { phrases in
        lists.withUnsafeMutableBufferPointer { lists in
        formLower.withUnsafeBufferPointer { formLower in
            // Every form's slot asked for first, then each looked up: the table is far larger
            // than L2, and each look-up waited for its slot's line in turn.
            for f in 0..<forms {
                let h = FeatureHash.combine(Gazetteer.phraseSeed, formLower[f])
                phrases[f] = h
                gazetteer.prefetch(h)
            }
            for f in 0..<forms {
                let bits = gazetteer.lookup(phrases[f])
                lists[f] = bits
                mixed ^= bits
            }
        }}}
        // (What was read, kept so the reads stay, as `FusedWeights.score`'s.)
        touched ^= UInt8(truncatingIfNeeded: mixed)
        phrases.withUnsafeBufferPointer { phrases in
        lists.withUnsafeBufferPointer { lists in
        form.withUnsafeBufferPointer { form in
        lower.withUnsafeBufferPointer { lowerHashes in
        codes.withUnsafeMutableBufferPointer { codes in
            for s in 0..<doc.sentenceCount {
                gazetteer.mark(
                    lowerHashes: lowerHashes, range: doc.sentence(s), forms: form.baseAddress!, phrases: phrases.baseAddress!,
                    bits: lists.baseAddress!, into: codes)
            }
        }}}}}
    }

    /// `context`'s bits for a sentence's first word and for a word of an ALL-CAPS headline.
    static let initialBit: UInt8 = 1 << 4, headlineBit: UInt8 = 1 << 5

    /// Marks each sentence's first word and whether the sentence is an ALL-CAPS headline.
    private mutating func markSentences(_ doc: TaggerDocument) {
        let n = doc.tokenCount
        // Taken out while written, and written through pointers (each write to `self`'s arrays
        // checked their uniqueness); `reserve(tokens:)` sized them for the document.
        var contexts = context
        context = []
        defer { context = contexts }
        precondition(contexts.count >= n && cap.count >= n)
        // (A class is below 16, so the bits above it are free.)
        precondition(TokenHashing.CapClass.mixed.rawValue < 16)
        contexts.withUnsafeMutableBufferPointer { contexts in
        cap.withUnsafeBufferPointer { cap in
            let context = contexts.baseAddress!, cap = cap.baseAddress!
            for s in 0..<doc.sentenceCount {
                let r = doc.sentence(s)
                var caps = 0
                var small = 0
                var firstWord = -1
                for i in r {
                    let c = cap[i]
                    // (The first-word and headline bits are added below, to the few tokens with them.)
                    context[i] = c
                    if c == TokenHashing.CapClass.lower.rawValue || c == TokenHashing.CapClass.capitalised.rawValue
                        || c == TokenHashing.CapClass.mixed.rawValue
                    {
                        small += 1
                    } else if c == TokenHashing.CapClass.allCaps.rawValue {
                        caps += 1
                    }
                    if firstWord < 0, c != TokenHashing.CapClass.other.rawValue { firstWord = i }
                }
                if firstWord >= 0 { context[firstWord] |= Self.initialBit }
                if small == 0 && caps > 0 {
                    for i in r { context[i] |= Self.headlineBit }
                }
            }
        }}
    }

    /// Finds each token's slot in the document table and records how its word is capitalised
    /// across the document: bit 0 capitalised mid-sentence, bit 1 written in lower case.
    ///
    /// A slot is found once a form (its tokens share its lower-case hash), not once a token:
    /// most tokens repeat a form, and each search's probe loop cost a mispredicted branch or a
    /// wait for its slot. Forms are numbered in the order their first tokens come, so the keys
    /// go into the table in the order a token-by-token walk puts them there, and land in the
    /// same slots.
    private mutating func fillDocumentTable(_ n: Int) {
        let mask = tableSize - 1
        let forms = formCount
        // Taken out while written, and read and written through pointers (through `self`'s
        // arrays, each write checked its array's uniqueness): `reserve(tokens:)` sized the
        // per-token and per-form arrays for `n` tokens and the table for `tableSize` slots.
        var keys = tableKeys, flags = tableFlags, slots = slot, formSlots = formSlot
        tableKeys = []
        tableFlags = []
        slot = []
        formSlot = []
        defer {
            tableKeys = keys
            tableFlags = flags
            slot = slots
            formSlot = formSlots
        }
        precondition(keys.count >= tableSize && flags.count >= tableSize && tableSize & mask == 0)
        // (So that a slot is stored in an Int32 unchecked.)
        precondition(tableSize <= Int(Int32.max))
        precondition(slots.count >= n && cap.count >= n && context.count >= n && form.count >= n)
        precondition(formSlots.count >= forms && formLower.count >= forms && forms <= n)
        keys.withUnsafeMutableBufferPointer { keys in
        flags.withUnsafeMutableBufferPointer { flags in
        slots.withUnsafeMutableBufferPointer { slots in
        formSlots.withUnsafeMutableBufferPointer { formSlots in
        formLower.withUnsafeBufferPointer { formLower in
        form.withUnsafeBufferPointer { form in
        cap.withUnsafeBufferPointer { cap in
        context.withUnsafeBufferPointer { context in
            let keys = keys.baseAddress!, flags = flags.baseAddress!, slots = slots.baseAddress!
            let formSlots = formSlots.baseAddress!, formLower = formLower.baseAddress!, form = form.baseAddress!
            let cap = cap.baseAddress!, context = context.baseAddress!
            for f in 0..<forms {
                let key = formLower[f] | 1
                var s = Int(truncatingIfNeeded: key) & mask
                while keys[s] != 0 && keys[s] != key { s = (s + 1) & mask }
                keys[s] = key
                formSlots[f] = Int32(truncatingIfNeeded: s)
            }
            for i in 0..<n {
                // (`analyseTokens` numbered every token's form below `formCount`.)
                let slot = formSlots[Int(form[i])]
                slots[i] = slot
                let s = Int(slot)
                let c = cap[i]
                if c == TokenHashing.CapClass.lower.rawValue {
                    flags[s] |= 2
                } else if c == TokenHashing.CapClass.capitalised.rawValue || c == TokenHashing.CapClass.mixed.rawValue,
                    context[i] & (Self.initialBit | Self.headlineBit) == 0
                {
                    flags[s] |= 1
                }
            }
        }}}}}}}}
        tableTokensUsed = n
    }

    private mutating func writePass1Features(_ doc: TaggerDocument, bucketBits: Int, formSums: Bool, warming: FusedWeights.Warmer?) {
        // Below 64, so a masking shift cuts keys as `>>` would, without `>>`'s test of the count
        // at every feature.
        precondition(bucketBits > 0 && bucketBits <= 64)
        let shift = UInt64(64 - bucketBits)
        // Taken out while written, so the closure may read the other arrays of `self`.
        var written = features1
        features1 = []
        defer { features1 = written }
        @inline(__always) func cut(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key &>> shift) }
        // Features of the sentence edges and of an empty gazetteer mark, which never change.
        let bias = cut(FeatureHash.feature(Template.bias, 0))
        let lowerPrevEdge = cut(FeatureHash.feature(Template.lowerPrev, Self.outsideBefore1))
        let lowerNextEdge = cut(FeatureHash.feature(Template.lowerNext, Self.outsideAfter1))
        let lowerPrev2Edge = cut(FeatureHash.feature(Template.lowerPrev2, Self.outsideBefore2))
        let lowerNext2Edge = cut(FeatureHash.feature(Template.lowerNext2, Self.outsideAfter2))
        let exactPrevEdge = cut(FeatureHash.feature(Template.exactPrev, Self.outsideBefore1))
        let exactNextEdge = cut(FeatureHash.feature(Template.exactNext, Self.outsideAfter1))
        let noListsBeforeId = cut(FeatureHash.feature(Template.gazetteerPrev, 0))
        let noListsAfterId = cut(FeatureHash.feature(Template.gazetteerNext, 0))
        let per = Self.formFeatureCount
        if formSums { writeFormLists(bias: bias, shift: shift, warming: warming) }
        if pass1Tables?.shift != shift { pass1Tables = Pass1Tables(shift: shift) }
        let tables = pass1Tables!
        // Taken out too, so that it is read without a check on every element.
        let forms = formFeatures
        formFeatures = []
        defer { formFeatures = forms }
        var starts = offsets1
        offsets1 = []
        defer { offsets1 = starts }
        var contexts = contextRow
        contextRow = []
        defer { contextRow = contexts }
        if shapeTrigrams.shift != shift { shapeTrigrams.reset(shift: shift) }
        var trigrams = shapeTrigrams.table
        shapeTrigrams.table = []
        defer { shapeTrigrams.table = trigrams }
        // Every per-token array is read through a pointer: `reserve(tokens:)` sized them all for
        // the document, and these checks, once a document, make that a rule.
        let n = doc.tokenCount
        precondition(lower.count >= n && shape.count >= n && context.count >= n)
        precondition(gaz.count >= n && slot.count >= n && form.count >= n && starts.count > n && tableFlags.count >= tableSize)
        precondition(forms.count >= formCount * per && written.count >= n * Self.featuresPerToken && contexts.count >= n)
        // (So that the features' offsets fit an Int32 unchecked.)
        precondition(n < Int(Int32.max) / Self.featuresPerToken)
        precondition(trigrams.count == 4 * ShapeTrigrams.slots)
        trigrams.withUnsafeMutableBufferPointer { trigrams in
        contexts.withUnsafeMutableBufferPointer { contexts in
        forms.withUnsafeBufferPointer { formFeatures in
        written.withUnsafeMutableBufferPointer { out in
        starts.withUnsafeMutableBufferPointer { starts in
        lower.withUnsafeBufferPointer { lower in
        shape.withUnsafeBufferPointer { shape in
        context.withUnsafeBufferPointer { contextOf in
        gaz.withUnsafeBufferPointer { gaz in
        slot.withUnsafeBufferPointer { slot in
        form.withUnsafeBufferPointer { form in
        tableFlags.withUnsafeBufferPointer { tableFlags in
            let formFeatures = formFeatures.baseAddress!, out = out.baseAddress!, starts = starts.baseAddress!
            let lower = lower.baseAddress!, shape = shape.baseAddress!, contextOf = contextOf.baseAddress!
            let gaz = gaz.baseAddress!
            let slot = slot.baseAddress!, form = form.baseAddress!, tableFlags = tableFlags.baseAddress!
            let contexts = contexts.baseAddress!, trigrams = trigrams.baseAddress!
            // Feature `k` of token `j`'s form (a neighbour's); the index arithmetic wraps rather
            // than trapping: every form and token is in range, and a check each cost instructions.
            @inline(__always) func neighbour(_ j: Int, _ k: Int) -> UInt32 {
                formFeatures[Int(form[j]) &* Self.formFeatureCount &+ k]
            }
            // The two words before a sentence, as bigramPrev2 of its first word sees them.
            let outsidePair = FeatureHash.combine(Self.outsideBefore2, Self.outsideBefore1)
            // Writes token `i` of sentence `lo..<hi`'s features from `out[at]` on and returns where
            // they end. With `edge` false the caller promises two words of the sentence on each
            // side of it, so the tests for the sentence's edges fold away: most tokens are inside
            // their sentence, and the tests and the selects they fed cost them registers as well
            // as instructions. A word pair's key is the same for the bigram features of both
            // words and of the word after them (bigramNext, bigramPrev, bigramPrev2), so each is
            // mixed once: `pair` is the key of (word before, this word), `before` the previous
            // word's, and the token moves both on.
            // (Every variable it changes is its own or passed in: a variable of the closure that
            // nested local functions change was checked for exclusive access at every use.)
            @inline(__always)
            func token(_ i: Int, _ lo: Int, _ hi: Int, _ at: Int, _ before: inout UInt64, _ pair: inout UInt64, edge: Bool, formSums: Bool) -> Int {
                var f = at
                @inline(__always) func add(_ key: UInt64) {
                    out[f] = UInt32(truncatingIfNeeded: key &>> shift)
                    f &+= 1
                }
                @inline(__always) func put(_ id: UInt32) {
                    out[f] = id
                    f &+= 1
                }
                starts[i] = Int32(truncatingIfNeeded: f)
                let hasPrev = !edge || i > lo
                let hasNext = !edge || i &+ 1 < hi
                let lp = hasPrev ? lower[i &- 1] : Self.outsideBefore1
                let ln = hasNext ? lower[i &+ 1] : Self.outsideAfter1
                let sp = hasPrev ? shape[i &- 1] : Self.outsideBefore1
                let sn = hasNext ? shape[i &+ 1] : Self.outsideAfter1
                let w = lower[i]
                let sh = shape[i]
                let context = UInt64(contextOf[i])
                // How the same word is written elsewhere in the document.
                let flags = UInt64(tableFlags[Int(slot[i])])
                let noListsBefore = hasPrev && gaz[i &- 1] == 0
                let noListsAfter = hasNext && gaz[i &+ 1] == 0
                // With `formSums`, the features of the token's context row are left to it.
                let row = formSums
                    ? Pass1Tables.contextRow(flags: flags, context: context, noListsBefore: noListsBefore, noListsAfter: noListsAfter)
                    : nil
                contexts[i] = UInt16(truncatingIfNeeded: row ?? Pass1Tables.contextRowCount)
                // (word, next word): this word's bigramNext, the next word's bigramPrev.
                let next = FeatureHash.combine(w, ln)
                // bigramPrev2 pairs the two words before; before the second word of a
                // sentence, the first has the outside marker 2 before it, not 1.
                let prev2 = edge && i == lo &+ 1 ? FeatureHash.combine(Self.outsideBefore2, lp) : before
                if !formSums {
                    let own = Int(form[i]) &* Self.formFeatureCount
                    put(bias)
                    for k in 0..<11 { put(formFeatures[own &+ k]) }
                }
                put(hasPrev ? neighbour(i &- 1, 11) : lowerPrevEdge)
                put(hasNext ? neighbour(i &+ 1, 12) : lowerNextEdge)
                put(!edge || i &- 2 >= lo ? neighbour(i &- 2, 13) : lowerPrev2Edge)
                put(!edge || i &+ 2 < hi ? neighbour(i &+ 2, 14) : lowerNext2Edge)
                put(ShapeTrigrams.feature(sp, sh, sn, in: trigrams, shift: shift))
                add(FeatureHash.feature(Template.bigramPrev, pair))
                add(FeatureHash.feature(Template.bigramNext, next))
                if row == nil { put(tables.capContext(context)) }
                add(FeatureHash.feature(Template.prevWordShape, lp, sh))
                add(FeatureHash.feature(Template.shapeNextWord, sh, ln))
                put(hasPrev ? neighbour(i &- 1, 15) : exactPrevEdge)
                put(hasNext ? neighbour(i &+ 1, 16) : exactNextEdge)
                add(FeatureHash.feature(Template.bigramPrev2, prev2))
                before = pair
                pair = next
                // Gazetteer positions, alone and with the token's capitalisation.
                var g = gaz[i]
                while g != 0 {
                    let shiftBits = UInt32(g.trailingZeroBitCount) / 3 * 3
                    let code = UInt64((g >> shiftBits) & 7)
                    let value = UInt64(shiftBits / 3) << 3 | code
                    g &= ~(7 << shiftBits)
                    add(FeatureHash.feature(Template.gazetteer, value))
                    add(FeatureHash.feature(Template.gazetteerCap, value, context))
                }
                if noListsBefore {
                    if row == nil { put(noListsBeforeId) }
                } else {
                    put(tables.gazetteerPrev(hasPrev ? Self.listMask(gaz[i &- 1]) : 0x1000))
                }
                if noListsAfter {
                    if row == nil { put(noListsAfterId) }
                } else {
                    put(tables.gazetteerNext(hasNext ? Self.listMask(gaz[i &+ 1]) : 0x1000))
                }
                if row == nil { put(tables.docCap(flags, context)) }
                if !formSums { add(FeatureHash.feature(Template.docCapWord, flags, w)) }
                if context & UInt64(Self.headlineBit) != 0 { add(FeatureHash.feature(Template.headlineWord, w)) }
                return f
            }
            // Writes every sentence's tokens and returns the features' count; one copy for each
            // value of `formSums`, which then folds away too.
            @inline(__always) func walk(formSums: Bool) -> Int {
                var f = 0
                // Asks for the lines of the token's features just written (once a token, not a feature).
                @inline(__always) func warm(_ written: Range<Int>) {
                    guard let warming else { return }
                    for k in written { warming.pass1(out[k]) }
                }
                for s in 0..<doc.sentenceCount {
                    let r = doc.sentence(s)
                    let lo = r.lowerBound, hi = r.upperBound
                    guard lo < hi else { continue }
                    var before = outsidePair
                    var pair = FeatureHash.combine(Self.outsideBefore1, lower[lo])
                    // The first two tokens and the last two see an edge within two places.
                    let headEnd = min(lo &+ 2, hi), tailStart = max(headEnd, hi &- 2)
                    var i = lo
                    while i < headEnd {
                        let at = f
                        f = token(i, lo, hi, at, &before, &pair, edge: true, formSums: formSums)
                        warm(at..<f)
                        i &+= 1
                    }
                    while i < tailStart {
                        let at = f
                        f = token(i, lo, hi, at, &before, &pair, edge: false, formSums: formSums)
                        warm(at..<f)
                        i &+= 1
                    }
                    while i < hi {
                        let at = f
                        f = token(i, lo, hi, at, &before, &pair, edge: true, formSums: formSums)
                        warm(at..<f)
                        i &+= 1
                    }
                }
                return f
            }
            let count = formSums ? walk(formSums: true) : walk(formSums: false)
            starts[n] = Int32(truncatingIfNeeded: count)
        }}}}}}}}}}}}
    }

    /// Lists each form's features that all its tokens share (none for a form from the cache) and
    /// finds its docCapWord feature.
    private mutating func writeFormLists(bias: UInt32, shift: UInt64, warming: FusedWeights.Warmer?) {
        let forms = formCount
        let per = Self.formFeatureCount
        // Written through pointers (a check a form, not one a feature); taken out while written.
        var list = formList, offsets = formOffsets, docCap = formDocCap
        formList = []; formOffsets = []; formDocCap = []
        defer { formList = list; formOffsets = offsets; formDocCap = docCap }
        precondition(list.count >= forms * Self.formListCount && offsets.count > forms && docCap.count >= forms)
        precondition(formToken.count >= forms && formHit.count >= forms && formFeatures.count >= forms * per)
        list.withUnsafeMutableBufferPointer { list in
        offsets.withUnsafeMutableBufferPointer { offsets in
        docCap.withUnsafeMutableBufferPointer { docCap in
        formToken.withUnsafeBufferPointer { formToken in
        formHit.withUnsafeBufferPointer { formHit in
        formFeatures.withUnsafeBufferPointer { formFeatures in
            let list = list.baseAddress!, offsets = offsets.baseAddress!, docCap = docCap.baseAddress!
            let formToken = formToken.baseAddress!, formHit = formHit.baseAddress!, formFeatures = formFeatures.baseAddress!
            var listed = 0
            for f in 0..<forms {
                let t = Int(formToken[f])
                offsets[f] = Int32(listed)
                if formHit[f] == 0 {
                    list[listed] = bias
                    for k in 0..<11 { list[listed + 1 + k] = formFeatures[f * per + k] }
                    if let warming {
                        for k in 0..<12 { warming.pass1(list[listed + k]) }
                    }
                    listed += Self.formListCount
                }
                let flags = UInt64(tableFlags[Int(slot[t])])
                docCap[f] = UInt32(truncatingIfNeeded: FeatureHash.feature(Template.docCapWord, flags, lower[t]) >> shift)
                warming?.pass1(docCap[f])
            }
            offsets[forms] = Int32(listed)
        }}}}}}
    }

    /// Which lists (not positions) cover a token.
    @inline(__always) static func listMask(_ code: UInt32) -> UInt64 {
        var m: UInt64 = 0
        var g = code
        while g != 0 {
            let shiftBits = UInt32(g.trailingZeroBitCount) / 3 * 3
            m |= 1 << UInt64(shiftBits / 3)
            g &= ~(7 << shiftBits)
        }
        return m
    }

    /// Pass-2 features from the first-pass tags in `pass1`.
    ///
    /// With `tagRows`, a token's pass1Tag and pass1Neighbours features are not listed but left
    /// to its row of `FusedWeights`' tag rows, numbered in `tagRow`. With `warming`, the
    /// weights of the features listed are asked for as they are written.
    mutating func extractPass2(_ doc: TaggerDocument, bucketBits: Int, tagRows: Bool = false, warming: FusedWeights.Warmer? = nil) {
        let n = doc.tokenCount
        // (Below 64, so that a masking shift cuts keys as `>>` would; see `writePass1Features`.)
        precondition(bucketBits > 0 && bucketBits <= 64)
        let shift = UInt64(64 - bucketBits)
        let per = Self.countsPerSlot
        // (Slots are cleared in stores of 8, 4 and 1 counters.)
        precondition(per == 13)
        if pass2Tables?.shift != shift { pass2Tables = Pass2Tables(shift: shift) }
        let tables = pass2Tables!
        let places = Pass2Tables.tagPlaces
        precondition(places.count == 256)
        // Taken out while written, so the closures may read the other arrays of `self`; every
        // array is then read and written through a pointer (through `self`'s arrays, each write
        // checked its array's uniqueness and each read its bounds: a fifth of the work).
        var written = features2, starts = offsets2, counts = tableCounts, rows = tagRow
        var capitalised = capitalisedList, memo = tagWordMemo
        features2 = []
        offsets2 = []
        tableCounts = []
        tagRow = []
        capitalisedList = []
        tagWordMemo = []
        defer {
            features2 = written
            offsets2 = starts
            tableCounts = counts
            tagRow = rows
            capitalisedList = capitalised
            tagWordMemo = memo
        }
        // `reserve(tokens:)` sized the per-token arrays for the document (a token writes at most
        // six features) and `fillDocumentTable` gave every token a slot below `tableSize`.
        precondition(cap.count >= n && context.count >= n && slot.count >= n)
        precondition(pass1.count >= n && lower.count >= n && starts.count > n && written.count >= n * 6)
        precondition(counts.count >= tableSize * per && doc.tokenEnds.count == n && rows.count >= n)
        // `extractPass1` numbered this document's tokens' forms below `formsUsed`.
        let forms = formsUsed
        precondition(capitalised.count > n && form.count >= n && memo.count >= forms && forms <= n)
        memo.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<forms]).update(repeating: 0) }
        // (So that the features' offsets fit an Int32 unchecked.)
        precondition(n < Int(Int32.max) / 6)
        places.withUnsafeBufferPointer { place in
        memo.withUnsafeMutableBufferPointer { memo in
        capitalised.withUnsafeMutableBufferPointer { capitalisedTokens in
        form.withUnsafeBufferPointer { form in
        rows.withUnsafeMutableBufferPointer { rows in
        written.withUnsafeMutableBufferPointer { out in
        starts.withUnsafeMutableBufferPointer { starts in
        counts.withUnsafeMutableBufferPointer { counts in
        cap.withUnsafeBufferPointer { cap in
        context.withUnsafeBufferPointer { contextOf in
        slot.withUnsafeBufferPointer { slot in
        pass1.withUnsafeBufferPointer { pass1 in
        lower.withUnsafeBufferPointer { lower in
            let out = out.baseAddress!, starts = starts.baseAddress!, counts = counts.baseAddress!
            let cap = cap.baseAddress!, contextOf = contextOf.baseAddress!
            let slot = slot.baseAddress!, pass1 = pass1.baseAddress!, lower = lower.baseAddress!
            let rows = rows.baseAddress!, memo = memo.baseAddress!, form = form.baseAddress!
            // (Read with a tag, below 256.)
            let place = place.baseAddress!
            // The capitalised tokens in the order the walk below meets them, found once for the
            // three walks over them (each walk tested every token's class), and -1 after them.
            let capitalisedTokens = capitalisedTokens.baseAddress!
            var m = 0
            for s in 0..<doc.sentenceCount {
                for i in doc.sentence(s) where Self.isCapitalised(cap[i]) {
                    capitalisedTokens[m] = Int32(truncatingIfNeeded: i)
                    m &+= 1
                }
            }
            capitalisedTokens[m] = -1
            // (A slot is an Int32, so a slot's offset in `counts` cannot overflow an Int: the
            // multiplies below wrap instead of testing for it.)
            // Only the counters of the slots tallied below are read: clear those, not the whole
            // table (a table sized for the document's tokens is mostly slots of no capitalised
            // word). Three stores: `update(repeating:count:)` called memset for each slot.
            for k in 0..<m {
                let base = UnsafeMutableRawPointer(counts + Int(slot[Int(capitalisedTokens[k])]) &* per)
                base.storeBytes(of: SIMD8<UInt16>(), as: SIMD8<UInt16>.self)
                base.storeBytes(of: SIMD4<UInt16>(), toByteOffset: 16, as: SIMD4<UInt16>.self)
                base.storeBytes(of: 0, toByteOffset: 24, as: UInt16.self)
            }
            // Tally first-pass types per capitalised word form.
            for k in 0..<m {
                let i = Int(capitalisedTokens[k])
                let base = counts + Int(slot[i]) &* per
                let tag = EntityTag(raw: pass1[i])
                let t = tag.typeCode
                base[t] &+= 1
                if t > 0, tag.position == .last { base[4 + t] &+= 1 }
                if t > 0, tag.position == .begin { base[8 + t] &+= 1 }
            }
            // The next capitalised token's place in `capitalisedTokens`.
            var nextCapitalised = 0
            // (The closure's own count, as in `writePass1Features`.)
            var f = 0
            @inline(__always) func put(_ id: UInt32) {
                out[f] = id
                f &+= 1
                warming?.pass2(id)
            }
            for s in 0..<doc.sentenceCount {
                let r = doc.sentence(s)
                guard !r.isEmpty else { continue }
                let end = r.upperBound
                // The tags of the token before (31 at the sentence's start) and of this one, and
                // their places in the tag rows, carried along rather than loaded, edge-tested and
                // range-tested for each token.
                var before: UInt64 = 31, current = UInt64(pass1[r.lowerBound])
                var placeBefore = place[31], placeCurrent = place[Int(current)]
                for i in r {
                    starts[i] = Int32(truncatingIfNeeded: f)
                    let prev = before, own = current
                    let next = i &+ 1 < end ? UInt64(pass1[i &+ 1]) : 31
                    let placeNext = place[Int(next)]
                    let placePrev = placeBefore
                    before = own
                    current = next
                    placeBefore = placeCurrent
                    placeCurrent = placeNext
                    // (`Pass2Tables.tagRow`'s row, as a tag's place has its top bit set when out of range.)
                    if tagRows, own < 17, (placePrev | placeNext) & 0x80 == 0 {
                        rows[i] = (UInt16(placePrev) &* 17 &+ UInt16(truncatingIfNeeded: own)) &* 18 &+ UInt16(placeNext)
                    } else {
                        rows[i] = UInt16(Pass2Tables.tagRowCount)
                        put(tables.pass1Tag(own))
                        put(tables.pass1Neighbours(prev, next))
                    }
                    // (A form's tokens have its lower-case hash, so the same tag gives the same id.)
                    let memoSlot = memo + Int(form[i])
                    let remembered = memoSlot.pointee
                    if remembered &>> 32 == own &+ 1 {
                        put(UInt32(truncatingIfNeeded: remembered))
                    } else {
                        let id = UInt32(truncatingIfNeeded: FeatureHash.feature(Template.pass1TagWord, own, lower[i]) &>> shift)
                        memoSlot.pointee = (own &+ 1) &<< 32 | UInt64(id)
                        put(id)
                    }
                    guard Int(capitalisedTokens[nextCapitalised]) == i else { continue }
                    nextCapitalised &+= 1
                    let base = counts + Int(slot[i]) &* per
                    let ownTag = EntityTag(raw: pass1[i])
                    let ownType = ownTag.typeCode
                    // Majority first-pass type of the other occurrences (none when it occurs once).
                    var best = 7
                    var bestCount = 0
                    for t in 0..<5 {
                        var c = Int(base[t])
                        if t == ownType { c -= 1 }
                        if c > bestCount {
                            best = t
                            bestCount = c
                        }
                    }
                    var longer = 0
                    var longerCount = 0
                    for t in 1..<5 {
                        var c = Int(base[4 + t]) + Int(base[8 + t])
                        if t == ownType, ownTag.position == .last || ownTag.position == .begin { c -= 1 }
                        if c > longerCount {
                            longer = t
                            longerCount = c
                        }
                    }
                    let context = UInt64(contextOf[i])
                    put(tables.docMajority(UInt64(best), context))
                    put(tables.docLongerName(UInt64(longer), context))
                    put(tables.docMajorityTag(UInt64(best), own))
                }
            }
            starts[n] = Int32(truncatingIfNeeded: f)
        }}}}}}}}}}}}}
    }

    @inline(__always) func isCapitalisedWord(_ i: Int) -> Bool {
        Self.isCapitalised(cap[i])
    }

    /// Whether a capitalisation class is of a word with a capital (capitalised, all capitals,
    /// mixed or an initial): the words pass 2 tallies across the document.
    @inline(__always) static func isCapitalised(_ c: UInt8) -> Bool {
        c == TokenHashing.CapClass.capitalised.rawValue || c == TokenHashing.CapClass.allCaps.rawValue
            || c == TokenHashing.CapClass.mixed.rawValue || c == TokenHashing.CapClass.initial.rawValue
    }
}

/// Bucket ids of pass 2's features whose values are small numbers (first-pass tags, majority
/// types, capitalisation context), worked out once for every value instead of hashed per token.
///
/// A value outside a table's range (a tag above 31, say) is hashed as before, so every lookup
/// gives exactly the id `FeatureHash.feature` would.
struct Pass2Tables {
    let shift: UInt64
    /// By tag (0–31).
    let tag: [UInt32]
    /// By previous tag × 32 + next tag (31 is "outside the sentence").
    let neighbours: [UInt32]
    /// By type (0–7) × 64 + context (capitalisation class, initial and headline bits).
    let majority: [UInt32]
    let longerName: [UInt32]
    /// By type (0–7) × 32 + tag.
    let majorityTag: [UInt32]

    init(shift: UInt64) {
        self.shift = shift
        func ids(_ template: UInt64, _ count: Int, _ value: (UInt64) -> UInt64) -> [UInt32] {
            (0..<count).map { UInt32(truncatingIfNeeded: FeatureHash.feature(template, value(UInt64($0))) >> shift) }
        }
        tag = ids(Template.pass1Tag, 32) { $0 }
        neighbours = ids(Template.pass1Neighbours, 32 * 32) { ($0 >> 5) << 8 | ($0 & 31) }
        majority = ids(Template.docMajority, 8 * 64) { ($0 >> 6) << 8 | ($0 & 63) }
        longerName = ids(Template.docLongerName, 8 * 64) { ($0 >> 6) << 8 | ($0 & 63) }
        majorityTag = ids(Template.docMajorityTag, 8 * 32) { ($0 >> 5) << 8 | ($0 & 31) }
    }

    @inline(__always) func cut(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> shift) }

    @inline(__always) func pass1Tag(_ own: UInt64) -> UInt32 {
        own < 32 ? tag[Int(own)] : cut(FeatureHash.feature(Template.pass1Tag, own))
    }

    @inline(__always) func pass1Neighbours(_ prev: UInt64, _ next: UInt64) -> UInt32 {
        prev < 32 && next < 32
            ? neighbours[Int(prev << 5 | next)] : cut(FeatureHash.feature(Template.pass1Neighbours, prev << 8 | next))
    }

    @inline(__always) func docMajority(_ type: UInt64, _ context: UInt64) -> UInt32 {
        type < 8 && context < 64
            ? majority[Int(type << 6 | context)] : cut(FeatureHash.feature(Template.docMajority, type << 8 | context))
    }

    @inline(__always) func docLongerName(_ type: UInt64, _ context: UInt64) -> UInt32 {
        type < 8 && context < 64
            ? longerName[Int(type << 6 | context)] : cut(FeatureHash.feature(Template.docLongerName, type << 8 | context))
    }

    @inline(__always) func docMajorityTag(_ type: UInt64, _ own: UInt64) -> UInt32 {
        type < 8 && own < 32
            ? majorityTag[Int(type << 5 | own)] : cut(FeatureHash.feature(Template.docMajorityTag, type << 8 | own))
    }
}

extension Pass2Tables {
    /// How many rows `FusedWeights` sums for pass 2's tag features (`tagRow`); row
    /// `tagRowCount` itself is all zeros, for a token whose tags fall outside the tables.
    static let tagRowCount = 18 * 17 * 18

    /// The row of `FusedWeights`' tag rows that holds a token's pass1Tag and pass1Neighbours
    /// features, by its first-pass tag and its neighbours' (31 outside the sentence); nil for
    /// a tag out of range (the token then lists both itself).
    @inline(__always)
    static func tagRow(prev: UInt64, own: UInt64, next: UInt64) -> Int? {
        guard own < 17, prev < 17 || prev == 31, next < 17 || next == 31 else { return nil }
        let before = prev == 31 ? 17 : prev, after = next == 31 ? 17 : next
        return Int(truncatingIfNeeded: (before &* 17 &+ own) &* 18 &+ after)
    }

    /// Per tag value (0–255), its place in `tagRow`'s numbering of a neighbour: the tag below
    /// 17, 17 for 31 (outside the sentence), and 0xFF for any other (no row).
    static let tagPlaces: [UInt8] = (0..<256).map { $0 < 17 ? UInt8($0) : $0 == 31 ? 17 : 0xFF }

    /// The bucket ids of the features `tagRow` numbered `row` stands for.
    func tagFeatures(row: Int) -> [UInt32] {
        let after = UInt64(row % 18), own = UInt64(row / 18 % 17), before = UInt64(row / (18 * 17))
        return [pass1Tag(own), pass1Neighbours(before == 17 ? 31 : before, after == 17 ? 31 : after)]
    }
}
