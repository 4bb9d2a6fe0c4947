// The tagger's Viterbi step with AVX2, for processors that have it.
//
// Swift builds NewsCore for baseline x86-64 (SSE2), which has no 32-bit integer max or min:
// each `pointwiseMax` of `FusedDecoder.decode` became four instructions, and its maxima of a
// row some sixty. Swift cannot mark one function for a later processor; C can
// (`target("avx2")`), so the decoder's loop is here, chosen at start-up by `byline_has_avx2`,
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
        const int32_t topUL = bk_hmax4(_mm256_extracti128_si256(highs, 1));
        const int32_t topBI = bk_hmax4(_mm256_castsi256_si128(highs));
        const int32_t restMin = bk_hmin4(_mm_min_epi32(_mm256_castsi256_si128(lows), _mm256_extracti128_si256(lows, 1)));
        const int32_t p0raw = previous[0];
        const int32_t peak = bk_max(p0raw, bk_max(topUL, topBI));
        const int32_t bottom = bk_min(p0raw, restMin);
        const __m256i vpeak = _mm256_set1_epi32(peak);
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
            int led = 0;
            int32_t top = p0;
            int64_t need = INT64_MIN;
            int k = -1;
            if ((int64_t)topUL - (int64_t)peak <= (int64_t)p0 - leads[0]) {
                k = 0;
            } else {
                int j = 0;
                int32_t second = INT32_MIN;
                top = INT32_MIN;
                for (int m = 0; m < 8; m++) {
                    const int32_t v = previous[m < 4 ? 5 + m : 9 + m];
                    if (v > top) {
                        second = top;
                        top = v;
                        j = m;
                    } else if (v > second) {
                        second = v;
                    }
                }
                const int64_t under = (int64_t)top - leads[1 + j];
                if ((int64_t)second <= under && (int64_t)p0 <= under) k = 1 + j;
            }
            if (k >= 0) {
                const int32_t *t = closed + k * 16;
                best0 = bk_add(top, t[0]);
                bestBU = _mm256_add_epi32(_mm256_set1_epi32(top), bk_load8(t + 1));
                need = needs[k];
                led = 1;
                // O's lead may be a tie, but O comes first in raw order, so the trace back's
                // first best is O; a U or L lead may tie a predecessor before it in raw order.
                if (k == 0) leader = 0;
            } else {
                best0 = INT32_MIN;
                bestBU = _mm256_set1_epi32(INT32_MIN);
                for (int c = 0; c < 9; c++) {
                    const int32_t p = previous[bk_closed_lane[c]];
                    const int32_t *t = closed + c * 16;
                    best0 = bk_max(best0, bk_add(p, t[0]));
                    bestBU = _mm256_max_epi32(bestBU, _mm256_add_epi32(_mm256_set1_epi32(p), bk_load8(t + 1)));
                }
            }
            // I and L from the B and I of their type.
            const __m256i pb = _mm256_broadcastsi128_si256(_mm256_castsi256_si128(bu));
            const __m256i pi = _mm256_broadcastsi128_si256(_mm256_castsi256_si128(il));
            const __m256i bestIL = _mm256_max_epi32(_mm256_add_epi32(pb, fromB), _mm256_add_epi32(pi, fromI));
            fast = (led ? (int64_t)top >= need : best0 >= bound0 && !bk_below(bestBU, boundBU)) && !bk_below(bestIL, boundIL);
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
    uint8_t leader = i > first ? tags[i] : BK_NO_LEADER;
    tags[i] = bk_raw_of_lane[arg];
    while (i > first) {
        // The predecessor of `arg` at token i: the first best, in raw order, over row i - 1.
        const int32_t *before = scores + (i - 1) * 17;
        int from = -1;
        if (allFast) {
            int32_t value;
            if (arg <= 8 && leader != BK_NO_LEADER) {
                // O beat or tied the other eight for every lane 0–8, and wins ties by raw order.
                from = leader;
                value = bk_add(before[from], trans[from * 17 + arg]);
            } else if (arg <= 8) {
                // O, L0, U0, L1, U1, L2, U2, L3, U3: the predecessors read, in raw order.
                static const uint8_t lanes[9] = {0, 13, 5, 14, 6, 15, 7, 16, 8};
                value = bk_add(before[0], trans[arg]);
                from = 0;
                for (int c = 1; c < 9; c++) {
                    const int lane = lanes[c];
                    const int32_t v = bk_add(before[lane], trans[lane * 17 + arg]);
                    if (v > value) {
                        value = v;
                        from = lane;
                    }
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
        leader = i > first ? tags[i] : BK_NO_LEADER;
        tags[i] = bk_raw_of_lane[arg];
    }
}

#else

static inline int byline_has_avx2(void) { return 0; }

static inline void byline_decode_avx2(const byline_decoder *decoder, int32_t *scores, long first, long end, uint8_t *tags) {
    (void)decoder; (void)scores; (void)first; (void)end; (void)tags;
}

#endif

#endif
