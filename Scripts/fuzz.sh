#!/usr/bin/env bash
# Fuzzes Byline's text parsers with libFuzzer: the article parser, the word tokenizer and
# entity tagger, the quote finder, and the search query parser.
#
#     Scripts/fuzz.sh [SECONDS]        # each target runs SECONDS (default 60)
#
# The targets in Tests/Fuzz/ are compiled here, outside SwiftPM, together with the sources they
# exercise, by swiftc with -sanitize=fuzzer,address: libFuzzer's coverage-guided mutation with
# AddressSanitizer. The three NewsCore targets share one binary (NewsCore is compiled once;
# BYLINE_FUZZ_TARGET picks the target), and the query parser has its own, built from the five
# files of NewsStore/Query.
# NewsCore's tagger model is read from Sources/NewsCore/Resources (Tests/Fuzz/BundleModule.swift).
# Targets run two at a time (the CI machine has two cores), each seeded with the sample
# articles (or sample queries) and the corpus it grew on earlier runs, kept under
# .build-fuzz/corpus. A crash, a leak, an input slower than 25 s or a broken check in a target
# is a failure: its input is saved under fuzz-artifacts/ and the script exits 1 once every
# target has run. Turn a saved input into a regression test in the ordinary test targets.
#
# FUZZ_JOBS sets how many targets run at once; FUZZ_MAX_LEN the longest input (default 8192).
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/.build-fuzz"
artifacts="$root/fuzz-artifacts"
jobs="${FUZZ_JOBS:-2}"
max_len="${FUZZ_MAX_LEN:-8192}"
mkdir -p "$work/bin" "$work/logs" "$artifacts"
export SWIFT_BACKTRACE=enable=no   # a crash report from libFuzzer and ASan is enough, and quick

mapfile -t core < <(find "$root/Sources/NewsCore" -name '*.swift' | sort)
query=("$root"/Sources/NewsStore/Query/{QueryError,QueryLexer,QueryNode,QueryParser,TagNames}.swift)
targets=(article-parser tagger quote-finder query-parser)
binaries=(newscore query-parser)

# The binary a target runs in.
binary() {
    case "$1" in
    query-parser) echo query-parser ;;
    *) echo newscore ;;
    esac
}

sources() {
    local fuzz="$root/Tests/Fuzz"
    case "$1" in
    newscore) echo "${core[@]}" "$fuzz"/{BundleModule,FuzzCheck,NewsCoreFuzz,ArticleParserFuzz,TaggerFuzz,QuoteFinderFuzz}.swift ;;
    query-parser) echo "${query[@]}" "$fuzz"/{FuzzCheck,QueryParserFuzz}.swift ;;
    esac
}

# NewsCore's C modules: the system libxml2 for web pages (CLibXML2's module map) and the
# tagger's decode kernel (CTaggerKernels, a header of inline functions).
cmodules=(-I "$root/Sources/CLibXML2" -I "$root/Sources/CTaggerKernels")
for flag in $(pkg-config --cflags libxml-2.0); do cmodules+=(-Xcc "$flag"); done

build() {
    local target="$1"
    # shellcheck disable=SC2046
    swiftc -parse-as-library -sanitize=fuzzer,address -O -g -module-name "Fuzz_${target//-/_}" "${cmodules[@]}" \
        $(sources "$target") -o "$work/bin/$target" >"$work/logs/$target.build" 2>&1 \
        || { grep -v 'ld.gold: warning' "$work/logs/$target.build" >&2; echo "fuzz: $target did not build" >&2; return 1; }
}

seed() {
    local target="$1" dir="$work/corpus/$1"
    mkdir -p "$dir"
    [ -n "$(ls -A "$dir")" ] && return 0
    if [ "$target" = query-parser ]; then
        local n=0
        for q in 'strike crane' '"sea wall"' 'automat*' 'strike OR walkout' 'strike -crane' 'title:strike' \
            'person:okafor' 'org:greyfinch place:saltings' 'speaker:carrow' 'after:2026-04-01 before:2026-05-01' \
            '(a OR b) -"c d"' '“sea wall”'; do
            printf '%s' "$q" >"$dir/seed-$n"
            n=$((n + 1))
        done
    else
        # sed reads to the end: head would quit early, and under pipefail find's SIGPIPE would end the script.
        find "$root/Articles" -name '*.txt' -size -8k | sed -n 1,40p | while read -r f; do cp "$f" "$dir/"; done
        # A small saved page, so the web-page reader starts from markup too.
        printf '%s' '<!doctype html><html><head><meta charset="utf-8"><title>Ferry returns</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry returns","author":{"name":"Mara Quell"}}</script></head><body><nav><a href="/">Home</a></nav><article><h1>Ferry returns</h1><figure><figcaption>The ferry. Photograph: Mara Quell</figcaption></figure><p>The ferry sailed again on Thursday, &ldquo;at last&rdquo;, the mayor said.</p><h2>Fares</h2><ul><li>Adults &pound;3</li></ul><blockquote><p>We are back.</p></blockquote></article><footer>Harbour Times</footer></body></html>' >"$dir/seed-page.html"
    fi
}

run() {
    local target="$1" log="$work/logs/$1.log"
    seed "$target"
    set +e
    BYLINE_FUZZ_TARGET="$target" "$work/bin/$(binary "$target")" "$work/corpus/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=25 \
        -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" >"$log" 2>&1
    local status=$?
    set -e
    local last runs
    last="$(grep -E '^#[0-9]+' "$log" | tail -1 || true)"
    runs="$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')"
    local cov ft corp
    cov="$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')"
    ft="$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')"
    corp="$(grep -oE 'corp: [0-9]+/[0-9A-Za-z]+' <<<"$last" | cut -d' ' -f2 || echo '?')"
    if [ "$status" -eq 0 ]; then
        echo "fuzz $target: ok, $runs runs in ${seconds} s, coverage $cov edges, $ft features, corpus $corp"
    else
        echo "fuzz $target: FAILED (status $status) after $runs runs, coverage $cov edges, $ft features"
        grep -E 'ERROR: |fuzz check failed|Fatal error|SUMMARY: |Test unit written to' "$log" | sed -n 's/^/    /; 1,8p' || true
        # The CI machine's files are gone once the run ends, so the log itself must carry what
        # reproduces the failure: the top of the stack and the input.
        grep -E '^ *#[0-9]+ 0x' "$log" | grep -v -E 'libFuzzer|fuzzer::|__sanitizer|compiler-rt|libc\.so|_start' \
            | sed -n 's/^ */    /; 1,12p' || true
        local unit
        unit="$(grep -oE 'Test unit written to [^ ]+' "$log" | head -1 | cut -d' ' -f5)"
        if [ -n "$unit" ] && [ -f "$unit" ]; then
            echo "    input ($(wc -c <"$unit") bytes), base64:"
            base64 -w 96 "$unit" | sed 's/^/      /'
        fi
        echo "    full log: $log"
        return 1
    fi
}

echo "fuzz: building ${#binaries[@]} binaries for ${#targets[@]} targets ($jobs at a time)"
pids=() failed=0
for target in "${binaries[@]}"; do
    build "$target" &
    pids+=($!)
    if [ "${#pids[@]}" -ge "$jobs" ]; then wait "${pids[0]}" || failed=1; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
[ "$failed" -eq 0 ] || exit 1

echo "fuzz: running each target for $seconds s ($jobs at a time)"
pids=()
for target in "${targets[@]}"; do
    run "$target" &
    pids+=($!)
    if [ "${#pids[@]}" -ge "$jobs" ]; then wait "${pids[0]}" || failed=1; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
if [ "$failed" -ne 0 ]; then
    echo "fuzz: a target failed; its input is in fuzz-artifacts/" >&2
    exit 1
fi
