// The tagger's Viterbi step and weight sums with AVX2, for processors that have it.
//
// Swift builds NewsCore for baseline x86-64 (SSE2), which has no 32-bit integer max or min:
// each `pointwiseMax` of `FusedDecoder.decode` became four instructions, and its maxima of a
// row some sixty. Swift cannot mark one function for a later processor; C can
// (`target("avx2")`), so the decoder's loop is here (and `FusedWeights.score`'s, whose rows
// SSE2 could only add in Int16 and widen later), chosen at start-up by `byline_has_avx2`,
// and the binary still runs on any x86-64 (and builds anywhere: elsewhere this is a stub).
//
// It is `FusedDecoder.decode` step for step (read its doc comment for why each check is
// exact); the one change is that a step settled by O's lead (`leads`, most steps) writes that
// in the token's tag, so the trace back reads O at once instead of comparing nine. Sums wrap as Swift's `&+` does (unsigned arithmetic; vector adds wrap anyway).
//
// Header only, like CNcurses' shim: Swift compiles these inline functions into NewsCore with its
// own settings (a C target's object would carry DWARF 5, which valgrind 3.19 cannot read, and
// `byline-lab instructions` runs under valgrind). SwiftPM does not track this header: after
// editing it, touch FusedDecoder.swift (which imports it), or the old code stays built.

#ifndef BYLINE_CTAGGERKERNELS_H
#define BYLINE_CTAGGERKERNELS_H

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The tables `FusedDecoder` builds once per pass (see FusedDecoder.swift for their layout).
typedef struct {
    /// 500 Int32: transitions, start, endings, closed and open transitions, bounds.
    const int32_t *table;
    /// 9 each, by predecessor of lanes 0–8 in closed order (O, U0–U3, L0–L3).
    const int64_t *leads;
    const int64_t *needs;
    /// The lowest value a normalised row may hold for no sum with a transition to wrap.
    int64_t lowest;
} byline_decoder;

/// Asks the processor to bring the cache line at `p` into its caches, without waiting for it.
///
/// The tagger's weight rows and cached forms lie at random places in tables far larger than L2,
/// so reading them is bound by memory latency. A plain load that misses holds its instruction
/// (and those after it) until the line arrives; a prefetch retires at once, so the lines of
/// work a little ahead are fetched while the work at hand goes on. Only a hint: it changes no
/// value, and compiles to nothing where the compiler has no prefetch for the target.
static inline void byline_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }

/// Lays out both passes' weights as `FusedWeights` reads them (FusedWeights.swift has the
/// layout): for each of `n` buckets of `w1` and `w2` (17 Int16 a bucket, in raw tag order),
/// its 64-byte line in `lines` (place k of a pass holds lane 1 + k / 2 for even k, 9 + k / 2
/// for odd), its four Int16 in `sides` (the two tag-0 weights, the largest magnitude of the 34
/// as UInt16, 0) and pass 2's row in lane order in `rows2`.
///
/// In C, for any processor, so that the places are constants the compiler unrolls: the same
/// loop in Swift read them from arrays and took some 26 M instructions at every start.
static inline void byline_fuse_weights(
    const int16_t *restrict w1, const int16_t *restrict w2, long n,
    int16_t *restrict lines, int16_t *restrict sides, int16_t *restrict rows2) {
    // `FusedDecoder.raw(ofLane:)` as a table (FusedTaggingTests' sums against the plain model
    // fail if the two ever differ).
    static const uint8_t raw_of_lane[17] = {0, 1, 5, 9, 13, 4, 8, 12, 16, 2, 6, 10, 14, 3, 7, 11, 15};
    for (long b = 0; b < n; b++) {
        const int16_t *r1 = w1 + b * 17, *r2 = w2 + b * 17;
        int16_t *out = lines + b * 32, *side = sides + b * 4, *row2 = rows2 + b * 17;
        #pragma clang loop unroll(full)
        for (int lane = 0; lane < 17; lane++) row2[lane] = r2[raw_of_lane[lane]];
        #pragma clang loop unroll(full)
        for (int k = 0; k < 16; k++) {
            const int raw = raw_of_lane[(k & 1) ? 9 + k / 2 : 1 + k / 2];
            out[k] = r1[raw];
            out[16 + k] = r2[raw];
        }
        // The largest magnitude is the larger of the largest value and the smallest's negation.
        int lo = r1[0] < r2[0] ? r1[0] : r2[0], hi = r1[0] > r2[0] ? r1[0] : r2[0];
#if defined(__SSE2__)
        // (The line's 32 at once: scalar, their minimum and maximum were half of the work.)
        const __m128i *line = (const __m128i *)out;
        const __m128i a = _mm_loadu_si128(line), b = _mm_loadu_si128(line + 1);
        const __m128i c = _mm_loadu_si128(line + 2), d = _mm_loadu_si128(line + 3);
        __m128i most = _mm_max_epi16(_mm_max_epi16(a, b), _mm_max_epi16(c, d));
        __m128i least = _mm_min_epi16(_mm_min_epi16(a, b), _mm_min_epi16(c, d));
        most = _mm_max_epi16(most, _mm_shuffle_epi32(most, 0x4E));
        least = _mm_min_epi16(least, _mm_shuffle_epi32(least, 0x4E));
        most = _mm_max_epi16(most, _mm_shuffle_epi32(most, 0xB1));
        least = _mm_min_epi16(least, _mm_shuffle_epi32(least, 0xB1));
        most = _mm_max_epi16(most, _mm_shufflelo_epi16(most, 0xB1));
        least = _mm_min_epi16(least, _mm_shufflelo_epi16(least, 0xB1));
        const int top = (int16_t)_mm_extract_epi16(most, 0), bottom = (int16_t)_mm_extract_epi16(least, 0);
        hi = top > hi ? top : hi;
        lo = bottom < lo ? bottom : lo;
#else
        for (int k = 0; k < 32; k++) {
            hi = out[k] > hi ? out[k] : hi;
            lo = out[k] < lo ? out[k] : lo;
        }
#endif
        const int largest = hi > -lo ? hi : -lo;
        side[0] = r1[0];
        side[1] = r2[0];
        side[2] = (int16_t)(uint16_t)largest;
        side[3] = 0;
    }
}

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>

/// Whether this processor (and its operating system) runs `byline_decode_avx2`: x86-64 with
/// AVX2, and the YMM registers saved on context switches. Always 0 elsewhere.
static inline int byline_has_avx2(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_OSXSAVE) || !(c & bit_AVX)) return 0;
    // The operating system saves the XMM and YMM registers (XCR0 bits 1 and 2).
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 6) != 6) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b & bit_AVX2) != 0;
}

// Offsets into the decoder's table (Int32 units), as in FusedDecoder.swift.
enum { BK_TRANS = 0, BK_START = 289, BK_ENDS = 306, BK_CLOSED = 323, BK_OPEN = 467, BK_BOUND = 483 };

/// A step settled by no single predecessor leaves this in its token's tag.
enum { BK_NO_LEADER = 255 };

static const uint8_t bk_lane_of_raw[17] = {0, 1, 9, 13, 5, 2, 10, 14, 6, 3, 11, 15, 7, 4, 12, 16, 8};
static const uint8_t bk_raw_of_lane[17] = {0, 1, 5, 9, 13, 4, 8, 12, 16, 2, 6, 10, 14, 3, 7, 11, 15};
/// The lanes of the predecessors of lanes 0–8, in closed order.
static const uint8_t bk_closed_lane[9] = {0, 5, 6, 7, 8, 13, 14, 15, 16};

static inline int32_t bk_add(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
static inline int32_t bk_sub(int32_t a, int32_t b) { return (int32_t)((uint32_t)a - (uint32_t)b); }
static inline int32_t bk_max(int32_t a, int32_t b) { return a > b ? a : b; }
static inline int32_t bk_min(int32_t a, int32_t b) { return a < b ? a : b; }

#define BK_AVX2 __attribute__((target("avx2")))

static inline BK_AVX2 __m256i bk_load8(const int32_t *p) { return _mm256_loadu_si256((const __m256i *)p); }
static inline BK_AVX2 void bk_store8(int32_t *p, __m256i v) { _mm256_storeu_si256((__m256i *)p, v); }
static inline BK_AVX2 __m128i bk_load4(const int32_t *p) { return _mm_loadu_si128((const __m128i *)p); }

static inline BK_AVX2 int32_t bk_hmax4(__m128i v) {
    v = _mm_max_epi32(v, _mm_shuffle_epi32(v, 0x4E));
    v = _mm_max_epi32(v, _mm_shuffle_epi32(v, 0xB1));
    return _mm_cvtsi128_si32(v);
}

static inline BK_AVX2 int32_t bk_hmin4(__m128i v) {
    v = _mm_min_epi32(v, _mm_shuffle_epi32(v, 0x4E));
    v = _mm_min_epi32(v, _mm_shuffle_epi32(v, 0xB1));
    return _mm_cvtsi128_si32(v);
}

/// Whether some lane of `value` is below the same lane of `bound`.
static inline BK_AVX2 int bk_below(__m256i value, __m256i bound) {
    return _mm256_movemask_epi8(_mm256_cmpgt_epi32(bound, value)) != 0;
}

/// A step reading all 17 predecessors of every lane, as `LinearTagModel.decode` does.
static inline void bk_full_step(const int32_t *trans, const int32_t *previous, int32_t *row) {
    for (int to = 0; to < 17; to++) {
        int32_t best = bk_add(previous[0], trans[to]);
        for (int f = 1; f < 17; f++) best = bk_max(best, bk_add(previous[f], trans[f * 17 + to]));
        row[to] = bk_add(row[to], best);
    }
}

/// `FusedDecoder.decode` with AVX2: the same raw tags for tokens [first, end), and the same rows
/// of `scores` left behind. Call only when `byline_has_avx2()`; elsewhere it does nothing.
static inline BK_AVX2 void byline_decode_avx2(const byline_decoder *decoder, int32_t *scores, long first, long end, uint8_t *tags) {
    if (first >= end) return;
    const int32_t *tp = decoder->table;
    const int32_t *trans = tp + BK_TRANS;
    const int32_t *closed = tp + BK_CLOSED;
    const int32_t *open = tp + BK_OPEN;
    const int64_t *leads = decoder->leads, *needs = decoder->needs;
    const int64_t lowest = decoder->lowest;
    // O's row of the closed transitions, and its lead and need, read once (O leads most steps).
    const int64_t lead0 = leads[0], need0 = needs[0];
    const int32_t closed0 = closed[0];
    const __m256i closedBU0 = bk_load8(closed + 1);
    int32_t *row0 = scores + first * 17;
    row0[0] = bk_add(row0[0], tp[BK_START]);
    bk_store8(row0 + 1, _mm256_add_epi32(bk_load8(row0 + 1), bk_load8(tp + BK_START + 1)));
    bk_store8(row0 + 9, _mm256_add_epi32(bk_load8(row0 + 9), bk_load8(tp + BK_START + 9)));
    const int32_t bound0 = tp[BK_BOUND];
    const __m256i boundBU = bk_load8(tp + BK_BOUND + 1);
    // Lanes 9–16 are I0–I3 then L0–L3: from B, [B→I | B→L]; from I, [I→I | I→L].
    const __m256i boundIL = bk_load8(tp + BK_BOUND + 9);
    const __m256i fromB = _mm256_setr_m128i(bk_load4(open), bk_load4(open + 8));
    const __m256i fromI = _mm256_setr_m128i(bk_load4(open + 4), bk_load4(open + 12));
    int allFast = 1;
    int32_t *previous = row0;
    for (long i = first + 1; i < end; i++) {
        int32_t *row = scores + i * 17;
        // Lanes 1–8 (B, U) and 9–16 (I, L): their pairwise max holds max(B, I) low and max(U, L) high.
        __m256i bu = bk_load8(previous + 1), il = bk_load8(previous + 9);
        __m256i highs = _mm256_max_epi32(bu, il), lows = _mm256_min_epi32(bu, il);
        // Both halves' maxima at once, each left in every lane of its half.
        highs = _mm256_max_epi32(highs, _mm256_shuffle_epi32(highs, 0x4E));
        highs = _mm256_max_epi32(highs, _mm256_shuffle_epi32(highs, 0xB1));
        const int32_t topUL = _mm_cvtsi128_si32(_mm256_extracti128_si256(highs, 1));
        const int32_t p0raw = previous[0];
        // The peak of all 17 in every lane: both halves' maxima and O, side by side.
        const __m256i vp0 = _mm256_set1_epi32(p0raw);
        const __m256i vpeak = _mm256_max_epi32(_mm256_max_epi32(highs, _mm256_permute2x128_si256(highs, highs, 1)), vp0);
        const int32_t peak = _mm_cvtsi128_si32(_mm256_castsi256_si128(vpeak));
        const __m128i rest = _mm_min_epi32(_mm256_castsi256_si128(lows), _mm256_extracti128_si256(lows, 1));
        const int32_t bottom = bk_hmin4(_mm_min_epi32(rest, _mm256_castsi256_si128(vp0)));
        bu = _mm256_sub_epi32(bu, vpeak);
        il = _mm256_sub_epi32(il, vpeak);
        bk_store8(previous + 1, bu);
        bk_store8(previous + 9, il);
        const int32_t p0 = bk_sub(p0raw, peak);
        previous[0] = p0;
        int fast = (int64_t)bottom - (int64_t)peak >= lowest;
        uint8_t leader = BK_NO_LEADER;
        if (fast) {
            int32_t best0;
            __m256i bestBU;
            // Whether lanes 0–8 reach their bounds.
            int reached;
            // (topUL - peak <= p0 - leads[0], peak added to both sides: no value wraps here.)
            if ((int64_t)topUL + lead0 <= (int64_t)p0raw) {
                best0 = bk_add(p0, closed0);
                bestBU = _mm256_add_epi32(_mm256_set1_epi32(p0), closedBU0);
                reached = (int64_t)p0 >= need0;
                // O's lead may be a tie, but O comes first in raw order, so the trace back's
                // first best is O; a U or L lead may tie a predecessor before it in raw order.
                leader = 0;
            } else {
                int k = -1;
                int32_t top;
                // The highest of U and L (lanes 5–8, 13–16), the first of them holding it, leads
                // when the rest and O are at most `under`: as leads are at least 1, when it is the
                // one lane above `under` (a tie puts two there).
                const __m256i ul = _mm256_permute2x128_si256(bu, il, 0x31);
                top = bk_sub(topUL, peak);
                const int holding = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(ul, _mm256_set1_epi32(top))));
                const int j = __builtin_ctz((unsigned)holding);
                const int64_t under = (int64_t)top - leads[1 + j];
                if (under >= INT32_MIN && (int64_t)p0 <= under) {
                    const __m256i above = _mm256_cmpgt_epi32(ul, _mm256_set1_epi32((int32_t)under));
                    if (_mm256_movemask_ps(_mm256_castsi256_ps(above)) == 1 << j) k = 1 + j;
                }
                if (k >= 0) {
                    const int32_t *t = closed + k * 16;
                    best0 = bk_add(top, t[0]);
                    bestBU = _mm256_add_epi32(_mm256_set1_epi32(top), bk_load8(t + 1));
                    reached = (int64_t)top >= needs[k];
                } else {
                    best0 = INT32_MIN;
                    bestBU = _mm256_set1_epi32(INT32_MIN);
                    for (int c = 0; c < 9; c++) {
                        const int32_t p = previous[bk_closed_lane[c]];
                        const int32_t *t = closed + c * 16;
                        best0 = bk_max(best0, bk_add(p, t[0]));
                        bestBU = _mm256_max_epi32(bestBU, _mm256_add_epi32(_mm256_set1_epi32(p), bk_load8(t + 1)));
                    }
                    reached = best0 >= bound0 && !bk_below(bestBU, boundBU);
                }
            }
            // I and L from the B and I of their type.
            const __m256i pb = _mm256_broadcastsi128_si256(_mm256_castsi256_si128(bu));
            const __m256i pi = _mm256_broadcastsi128_si256(_mm256_castsi256_si128(il));
            const __m256i bestIL = _mm256_max_epi32(_mm256_add_epi32(pb, fromB), _mm256_add_epi32(pi, fromI));
            fast = reached && !bk_below(bestIL, boundIL);
            if (fast) {
                row[0] = bk_add(row[0], best0);
                bk_store8(row + 1, _mm256_add_epi32(bk_load8(row + 1), bestBU));
                bk_store8(row + 9, _mm256_add_epi32(bk_load8(row + 9), bestIL));
            }
        }
        if (!fast) {
            allFast = 0;
            bk_full_step(trans, previous, row);
        }
        tags[i] = leader;
        previous = row;
    }
    // The ending, first best in raw tag order: the best of all, then the first lane holding it.
    const int32_t *ends = tp + BK_ENDS;
    int32_t ending[17];
    ending[0] = bk_add(previous[0], ends[0]);
    const __m256i endBU = _mm256_add_epi32(bk_load8(previous + 1), bk_load8(ends + 1));
    const __m256i endIL = _mm256_add_epi32(bk_load8(previous + 9), bk_load8(ends + 9));
    bk_store8(ending + 1, endBU);
    bk_store8(ending + 9, endIL);
    const __m256i endMax = _mm256_max_epi32(endBU, endIL);
    const int32_t best = bk_max(ending[0], bk_max(bk_hmax4(_mm256_castsi256_si128(endMax)), bk_hmax4(_mm256_extracti128_si256(endMax, 1))));
    int arg = 0;
    for (int raw = 0; raw < 17; raw++) {
        if (ending[bk_lane_of_raw[raw]] == best) {
            arg = bk_lane_of_raw[raw];
            break;
        }
    }
    long i = end - 1;
    // The first token has no step: its leader reads as none, which also stops the scan below.
    tags[first] = BK_NO_LEADER;
    uint8_t leader = tags[i];
    tags[i] = bk_raw_of_lane[arg];
    while (i > first) {
        // The predecessor of `arg` at token i: the first best, in raw order, over row i - 1.
        if (allFast && arg <= 8 && leader == 0) {
            // O led the step: it beat or tied the other eight for every lane 0–8, and the step
            // checked that it reaches every bound, so no predecessor it did not read beats it
            // either; O wins ties, as raw tag 0. Nothing to compare, and so on back while O led:
            // to the last token before i whose step O did not lead (its leader not 0), eight
            // leaders at a time. The ones passed already hold 0, O's raw tag.
            long j = i - 1;
            for (;;) {
                if (j - 7 < first) {
                    while (tags[j] == 0) j -= 1;
                    break;
                }
                uint64_t eight;
                __builtin_memcpy(&eight, tags + j - 7, 8);
                // Little-endian: tags[j] is the top byte.
                if (eight != 0) {
                    j -= __builtin_clzll(eight) >> 3;
                    break;
                }
                j -= 8;
            }
            i = j;
            leader = tags[i];
            tags[i] = 0;
            arg = 0;
            continue;
        }
        const int32_t *before = scores + (i - 1) * 17;
        int from = -1;
        if (allFast) {
            int32_t value;
            if (arg <= 8) {
                // O, then L0, U0, L1, U1, L2, U2, L3, U3: the predecessors read, in raw order. The
                // eight after O side by side (lanes 5–8 and 13–16 interleaved); the first of them
                // holding their best takes over from O only above it, as in a walk keeping the first best.
                static const uint8_t lanes[8] = {13, 5, 14, 6, 15, 7, 16, 8};
                const __m256i fromLanes = _mm256_permutevar8x32_epi32(
                    _mm256_setr_m128i(bk_load4(before + 5), bk_load4(before + 13)), _mm256_setr_epi32(4, 0, 5, 1, 6, 2, 7, 3));
                const __m256i into = _mm256_i32gather_epi32(
                    trans + arg, _mm256_setr_epi32(13 * 17, 5 * 17, 14 * 17, 6 * 17, 15 * 17, 7 * 17, 16 * 17, 8 * 17), 4);
                const __m256i v = _mm256_add_epi32(fromLanes, into);
                const int32_t top = bk_hmax4(_mm_max_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1)));
                value = bk_add(before[0], trans[arg]);
                from = 0;
                if (top > value) {
                    const int holding = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(v, _mm256_set1_epi32(top))));
                    value = top;
                    from = lanes[__builtin_ctz((unsigned)holding)];
                }
            } else {
                const int b = 1 + (arg - 1) % 4;
                const int inside = b + 8;
                value = bk_add(before[b], trans[b * 17 + arg]);
                from = b;
                const int32_t v = bk_add(before[inside], trans[inside * 17 + arg]);
                if (v > value) {
                    value = v;
                    from = inside;
                }
            }
            // Another predecessor could tie or beat it: read them all.
            if (value <= tp[BK_BOUND + arg]) from = -1;
        }
        if (from < 0) {
            from = 0;
            int32_t value = bk_add(before[0], trans[arg]);
            for (int raw = 1; raw < 17; raw++) {
                const int lane = bk_lane_of_raw[raw];
                const int32_t v = bk_add(before[lane], trans[lane * 17 + arg]);
                if (v > value) {
                    value = v;
                    from = lane;
                }
            }
        }
        arg = from;
        i -= 1;
        leader = tags[i];
        tags[i] = bk_raw_of_lane[arg];
    }
}

/// `byline_fuse_weights` with AVX2: the same lines, sides and rows, a bucket's 16 weights of a
/// pass after its tag 0 moved in whole vectors instead of one by one (each start of the program
/// lays out some 65,000 buckets; the portable loop took 8 M instructions).
///
/// A pass's weights 1–16 (raw tags 1 + 4 × type + position, position B, I, L, U) as 16 Int16:
/// the line's Int32 place pairs are (B, I) of each type, then (U, L) of each type, so `vpermd`
/// takes the raw pairs (B, I) and (L, U) of each type in that order, and a byte shuffle swaps
/// the high lane's halves into (U, L). Pass 2's row in lane order (B, U, I, L by type) is then
/// the line's even places followed by its odd ones. The largest magnitude is the largest of
/// the absolute values, read as unsigned so that -32,768 counts as 32,768.
static inline BK_AVX2 void byline_fuse_weights_avx2(
    const int16_t *restrict w1, const int16_t *restrict w2, long n,
    int16_t *restrict lines, int16_t *restrict sides, int16_t *restrict rows2) {
    const __m256i pairs = _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7);
    const __m256i swap_high = _mm256_setr_epi8(
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13);
    const __m256i evens_odds = _mm256_setr_epi8(
        0, 1, 4, 5, 8, 9, 12, 13, 2, 3, 6, 7, 10, 11, 14, 15,
        0, 1, 4, 5, 8, 9, 12, 13, 2, 3, 6, 7, 10, 11, 14, 15);
    const __m128i ones = _mm_set1_epi16(-1);
    for (long b = 0; b < n; b++) {
        const int16_t *r1 = w1 + b * 17, *r2 = w2 + b * 17;
        int16_t *out = lines + b * 32, *side = sides + b * 4, *row2 = rows2 + b * 17;
        const __m256i v1 = _mm256_loadu_si256((const __m256i *)(r1 + 1));
        const __m256i v2 = _mm256_loadu_si256((const __m256i *)(r2 + 1));
        const __m256i line1 = _mm256_shuffle_epi8(_mm256_permutevar8x32_epi32(v1, pairs), swap_high);
        const __m256i line2 = _mm256_shuffle_epi8(_mm256_permutevar8x32_epi32(v2, pairs), swap_high);
        _mm256_storeu_si256((__m256i *)out, line1);
        _mm256_storeu_si256((__m256i *)(out + 16), line2);
        row2[0] = r2[0];
        _mm256_storeu_si256((__m256i *)(row2 + 1), _mm256_permute4x64_epi64(_mm256_shuffle_epi8(line2, evens_odds), 0xD8));
        const __m256i most = _mm256_max_epu16(_mm256_abs_epi16(v1), _mm256_abs_epi16(v2));
        const __m128i half = _mm_max_epu16(_mm256_castsi256_si128(most), _mm256_extracti128_si256(most, 1));
        // The unsigned maximum is the complement of the complements' minimum, which one instruction finds.
        const int top = 0xFFFF & ~_mm_cvtsi128_si32(_mm_minpos_epu16(_mm_xor_si128(half, ones)));
        const int a = r1[0] < 0 ? -r1[0] : r1[0], c = r2[0] < 0 ? -r2[0] : r2[0];
        int largest = a > c ? a : c;
        largest = top > largest ? top : largest;
        side[0] = r1[0];
        side[1] = r2[0];
        side[2] = (int16_t)(uint16_t)largest;
        side[3] = 0;
    }
}

/// `FusedWeights.add` with AVX2: adds to row i of `scores1` (pass 1) and `scores2` (pass 2) the
/// weights of feature `features[i]`, for each i in [first, end), each line's 16 Int16 of a pass
/// widened in two instructions as `byline_score_avx2` widens them (the Swift loop's shifts took
/// some 50 instructions a row).
static inline BK_AVX2 void byline_add_rows_avx2(
    const void *lines, const int16_t *sides, long mask, const uint32_t *features, long first, long end,
    int32_t *scores1, int32_t *scores2) {
    const char *base = (const char *)lines;
    const __m256i pick_low = _mm256_set1_epi32(1), pick_high = _mm256_set1_epi32(1 << 16);
    for (long i = first; i < end; i++) {
        const long b = (long)features[i] & mask;
        const __m256i *line = (const __m256i *)(base + b * 64);
        const __m256i pairs1 = _mm256_load_si256(line), pairs2 = _mm256_load_si256(line + 1);
        int32_t *row1 = scores1 + i * 17, *row2 = scores2 + i * 17;
        row1[0] = bk_add(row1[0], sides[4 * b]);
        row2[0] = bk_add(row2[0], sides[4 * b + 1]);
        bk_store8(row1 + 1, _mm256_add_epi32(bk_load8(row1 + 1), _mm256_madd_epi16(pairs1, pick_low)));
        bk_store8(row1 + 9, _mm256_add_epi32(bk_load8(row1 + 9), _mm256_madd_epi16(pairs1, pick_high)));
        bk_store8(row2 + 1, _mm256_add_epi32(bk_load8(row2 + 1), _mm256_madd_epi16(pairs2, pick_low)));
        bk_store8(row2 + 9, _mm256_add_epi32(bk_load8(row2 + 9), _mm256_madd_epi16(pairs2, pick_high)));
    }
}

/// `FusedWeights.score` with AVX2: the same sums, added in Int32 as each row is read.
///
/// Without AVX2, `score` adds rows in Int16 and widens them only when a lane might leave
/// Int16's range (widening cost more than the additions). Here a row's 16 Int16 of a pass are
/// widened as they are read, two instructions for the low halves of its Int32 pairs (lanes
/// 1–8) and the high halves (9–16), as `FusedWeights.widen` reads them, so no bound is read and
/// nothing is widened later; its side entry's two tag-0 weights are widened with it. Wrapping Int32
/// addition does not depend on order or grouping, so the sums are the same integers.
///
/// `lines` holds 64-byte lines (pass 1's 16 places, then pass 2's), `sides` four Int16 a bucket
/// (tag-0 weights of both passes first). `forms`, `form_scores1` and `form_scores2` may be null
/// (the sums then start at 0), and `context_of` (with `context_rows`, 34 Int32 a row, rows
/// above `context_last` read as `context_last`). Lines are asked for `ahead` features ahead, or
/// not at all when `ahead` is 0 (the caller asked for them already: `FusedWeights.Warmer`).
static inline BK_AVX2 void byline_score_avx2(
    const void *lines, const int16_t *sides, long mask, const uint32_t *features, const int32_t *offsets,
    long first, long end, int32_t *scores1, int32_t *scores2,
    const int32_t *forms, const int32_t *form_scores1, const int32_t *form_scores2,
    const uint16_t *context_of, const int32_t *context_rows, long context_last, int keeping_empty, long ahead) {
    if (first >= end) return;
    const char *base = (const char *)lines;
    // An Int32 pair's low half (lanes 1–8) or high half (9–16), sign-extended, in one
    // instruction that also reads the line: `madd` multiplies Int16 by these and sums each pair.
    __m256i pick_low = _mm256_set1_epi32(1), pick_high = _mm256_set1_epi32(1 << 16);
    // (Opaque to the compiler, which otherwise loaded them again for every row.)
    __asm__("" : "+x"(pick_low), "+x"(pick_high));
    long asked = offsets[first];
    const long last = offsets[end];
    for (long i = first; i < end; i++) {
        if (ahead > 0) {
            long want = (long)offsets[i + 1] + ahead;
            if (want > last) want = last;
            // (Four features a turn, here and in the sums below: the loop's own count, test and
            // branch were a sixth of a feature's instructions.)
            #pragma clang loop unroll_count(4)
            for (; asked < want; asked++) {
                const long b = (long)features[asked] & mask;
                byline_prefetch(base + b * 64);
                byline_prefetch(sides + 4 * b);
            }
        }
        const long from = offsets[i], to = offsets[i + 1];
        if (keeping_empty && from == to) continue;
        __m256i low1, high1, low2, high2;
        // Lanes 0 and 1: the tag-0 (O) sums of pass 1 and pass 2 (2 and 3 are never read).
        __m128i outside;
        if (forms && form_scores1 && form_scores2) {
            const int32_t *row1 = form_scores1 + (long)forms[i] * 17, *row2 = form_scores2 + (long)forms[i] * 17;
            low1 = bk_load8(row1 + 1);
            high1 = bk_load8(row1 + 9);
            low2 = bk_load8(row2 + 1);
            high2 = bk_load8(row2 + 9);
            outside = _mm_setr_epi32(row1[0], row2[0], 0, 0);
        } else {
            low1 = high1 = low2 = high2 = _mm256_setzero_si256();
            outside = _mm_setzero_si128();
        }
        if (context_of) {
            long c = context_of[i];
            if (c > context_last) c = context_last;
            const int32_t *sums = context_rows + c * 34;
            low1 = _mm256_add_epi32(low1, bk_load8(sums + 1));
            high1 = _mm256_add_epi32(high1, bk_load8(sums + 9));
            low2 = _mm256_add_epi32(low2, bk_load8(sums + 18));
            high2 = _mm256_add_epi32(high2, bk_load8(sums + 26));
            outside = _mm_add_epi32(outside, _mm_setr_epi32(sums[0], sums[17], 0, 0));
        }
        #pragma clang loop unroll_count(4)
        for (long k = from; k < to; k++) {
            const long b = (long)features[k] & mask;
            const __m256i *line = (const __m256i *)(base + b * 64);
            const __m256i pairs1 = _mm256_load_si256(line), pairs2 = _mm256_load_si256(line + 1);
            low1 = _mm256_add_epi32(low1, _mm256_madd_epi16(pairs1, pick_low));
            high1 = _mm256_add_epi32(high1, _mm256_madd_epi16(pairs1, pick_high));
            low2 = _mm256_add_epi32(low2, _mm256_madd_epi16(pairs2, pick_low));
            high2 = _mm256_add_epi32(high2, _mm256_madd_epi16(pairs2, pick_high));
            outside = _mm_add_epi32(outside, _mm_cvtepi16_epi32(_mm_loadl_epi64((const __m128i *)(sides + 4 * b))));
        }
        int32_t *row1 = scores1 + i * 17, *row2 = scores2 + i * 17;
        row1[0] = _mm_cvtsi128_si32(outside);
        row2[0] = _mm_extract_epi32(outside, 1);
        bk_store8(row1 + 1, low1);
        bk_store8(row1 + 9, high1);
        bk_store8(row2 + 1, low2);
        bk_store8(row2 + 9, high2);
    }
}

/// `FusedWeights.scoreSecondPass` with AVX2: adds to each token's row of `scores` pass 2's rows
/// (`rows`, 17 Int16 a bucket in lane order) of its features, and its row of `tag_rows` (17
/// Int32 a row, rows above `tag_last` read as `tag_last`) when `tag_of` is not null; a row's
/// 16 lanes after the first are widened in two instructions. Rows are asked for the features
/// of the token `ahead` tokens on, or not at all when `ahead` is 0 (asked for already).
static inline BK_AVX2 void byline_score_second_avx2(
    const int16_t *rows, long mask, const uint32_t *features, const int32_t *offsets, long first, long end,
    int32_t *scores, const uint16_t *tag_of, const int32_t *tag_rows, long tag_last, long ahead) {
    if (first >= end) return;
    // (A row of 34 bytes may cross into a second line.)
    #define BK_ASK(from, to) for (long k = (from); k < (to); k++) { \
        const char *row = (const char *)(rows + ((long)features[k] & mask) * 17); \
        byline_prefetch(row); \
        byline_prefetch(row + 33); \
    }
    if (ahead > 0) BK_ASK(offsets[first], offsets[first + ahead < end ? first + ahead : end])
    for (long i = first; i < end; i++) {
        if (ahead > 0 && i + ahead < end) BK_ASK(offsets[i + ahead], offsets[i + ahead + 1])
        int32_t *row = scores + i * 17;
        __m256i low = bk_load8(row + 1), high = bk_load8(row + 9);
        int32_t outside = 0;
        if (tag_of) {
            long c = tag_of[i];
            if (c > tag_last) c = tag_last;
            const int32_t *sums = tag_rows + c * 17;
            outside = sums[0];
            low = _mm256_add_epi32(low, bk_load8(sums + 1));
            high = _mm256_add_epi32(high, bk_load8(sums + 9));
        }
        for (long k = offsets[i]; k < offsets[i + 1]; k++) {
            const int16_t *weights = rows + ((long)features[k] & mask) * 17;
            outside = bk_add(outside, weights[0]);
            low = _mm256_add_epi32(low, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(weights + 1))));
            high = _mm256_add_epi32(high, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(weights + 9))));
        }
        row[0] = bk_add(row[0], outside);
        bk_store8(row + 1, low);
        bk_store8(row + 9, high);
    }
    #undef BK_ASK
}

#else

static inline int byline_has_avx2(void) { return 0; }

static inline void byline_fuse_weights_avx2(
    const int16_t *restrict w1, const int16_t *restrict w2, long n,
    int16_t *restrict lines, int16_t *restrict sides, int16_t *restrict rows2) {
    (void)w1; (void)w2; (void)n; (void)lines; (void)sides; (void)rows2;
}

static inline void byline_add_rows_avx2(
    const void *lines, const int16_t *sides, long mask, const uint32_t *features, long first, long end,
    int32_t *scores1, int32_t *scores2) {
    (void)lines; (void)sides; (void)mask; (void)features; (void)first; (void)end; (void)scores1; (void)scores2;
}

static inline void byline_score_second_avx2(
    const int16_t *rows, long mask, const uint32_t *features, const int32_t *offsets, long first, long end,
    int32_t *scores, const uint16_t *tag_of, const int32_t *tag_rows, long tag_last, long ahead) {
    (void)rows; (void)mask; (void)features; (void)offsets; (void)first; (void)end; (void)scores; (void)tag_of;
    (void)tag_rows; (void)tag_last; (void)ahead;
}

static inline void byline_score_avx2(
    const void *lines, const int16_t *sides, long mask, const uint32_t *features, const int32_t *offsets,
    long first, long end, int32_t *scores1, int32_t *scores2,
    const int32_t *forms, const int32_t *form_scores1, const int32_t *form_scores2,
    const uint16_t *context_of, const int32_t *context_rows, long context_last, int keeping_empty, long ahead) {
    (void)lines; (void)sides; (void)mask; (void)features; (void)offsets; (void)first; (void)end; (void)scores1;
    (void)scores2; (void)forms; (void)form_scores1; (void)form_scores2; (void)context_of; (void)context_rows;
    (void)context_last; (void)keeping_empty; (void)ahead;
}

static inline void byline_decode_avx2(const byline_decoder *decoder, int32_t *scores, long first, long end, uint8_t *tags) {
    (void)decoder; (void)scores; (void)first; (void)end; (void)tags;
}

#endif

#endif
