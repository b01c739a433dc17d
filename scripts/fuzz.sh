#!/usr/bin/env bash
# Runs one fuzz target with libFuzzer for SECONDS seconds (docs/fuzzing.md):
#   scripts/fuzz.sh frontmatter|markdown|checks|redline|import SECONDS [libFuzzer options…]
# Builds the target first (release, -sanitize=fuzzer,address, into .build/fuzz) when needed.
# Seeds come from the example site and the tests' fixtures; the corpus grows in
# .build/fuzz-corpus/TARGET, and findings (crash-*, timeout-*, oom-*) land in
# .build/fuzz-findings/TARGET, outside git. The log is .build/fuzz-logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/fuzz.sh frontmatter|markdown|checks|redline|import SECONDS [libFuzzer options…]" >&2; exit 64; }
[[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage
target=$1 seconds=$2
shift 2
# Each target's libFuzzer dictionary: the syntax its inputs are made of (Fuzz/Dictionaries).
case $target in
    frontmatter) product=FuzzFrontMatter dictionary=yaml ;;
    markdown) product=FuzzMarkdown dictionary=markdown ;;
    checks) product=FuzzChecks dictionary=markdown ;;
    redline) product=FuzzRedline dictionary=markdown ;;
    import) product=FuzzImport dictionary=html ;;
    *) usage ;;
esac

# Per input: 10 s and 2 GiB. A slower or hungrier input is a finding (timeout-*, oom-*).
timeout_seconds=${FUZZ_TIMEOUT:-10}
rss_limit_mb=${FUZZ_RSS_LIMIT_MB:-2048}

build=.build/fuzz
seeds=.build/fuzz-seeds/$target
corpus=.build/fuzz-corpus/$target
findings=.build/fuzz-findings/$target
logs=.build/fuzz-logs
mkdir -p "$seeds" "$corpus" "$findings" "$logs"

# Fuzz targets exist only with POLICYGEN_FUZZ=1 (Package.swift); lld links libFuzzer's runtime
# where gold fails. SwiftPM rebuilds only what changed. FUZZ_NO_BUILD=1 runs the binary as it
# is: for targets run side by side while another is being built.
if [[ ${FUZZ_NO_BUILD:-0} != 1 ]]; then
    POLICYGEN_FUZZ=1 nice -n 19 swift build -c release --build-path "$build" --product "$product" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2
fi
binary=$build/release/$product

# Seeds, written again on each run (cheap): one file per input.
rm -f "$seeds"/*
seed() { cp "$1" "$seeds/$(echo "$1" | tr '/' '_')"; }
texts() { find content Tests/Browser/fixture-site/content Tests/ImportTests/Fixtures -name '*.md' | sort; }
# Two texts joined by a NUL byte: each version of a policy and the next one, in one language.
version_pairs() {
    for policy in content/* Tests/Browser/fixture-site/content/*; do
        [[ -d $policy ]] || continue
        local previous=""
        for version in $(find "$policy" -mindepth 1 -maxdepth 1 -type d | sort); do
            if [[ -n $previous ]]; then
                for text in "$version"/*.md; do
                    local old=$previous/$(basename "$text")
                    [[ -f $old ]] || continue
                    { cat "$old"; printf '\0'; cat "$text"; } > "$seeds/$(echo "$text" | tr '/' '_')-pair"
                done
            fi
            previous=$version
        done
    done
}
case $target in
    frontmatter)
        for file in $(texts) policygen.yaml Tests/Browser/fixture-site/policygen.yaml $(find content Tests/Browser -name policy.yaml); do
            seed "$file"
        done ;;
    markdown) for file in $(texts); do seed "$file"; done ;;
    checks)
        for file in $(texts); do seed "$file"; done
        version_pairs ;;
    redline) version_pairs ;;
    import)
        # The import tests' pages and texts: the example's texts are as big as twenty of them,
        # and an import of each costs as much.
        for file in $(find Tests/ImportTests/Fixtures -type f | sort); do seed "$file"; done ;;
esac

log=$logs/$target.log
echo "fuzzing $product for ${seconds}s (timeout ${timeout_seconds}s, rss ${rss_limit_mb} MB); log: $log" >&2
# Fork mode: each batch of inputs runs in a child, so that the run goes on after a crash, a
# timeout or an out-of-memory and reports all of them. Leak checking is off: the Swift
# runtime's caches look like leaks to LeakSanitizer; memory that grows with the input is
# caught by -rss_limit_mb and -malloc_limit_mb instead.
status=0
ASAN_OPTIONS=detect_leaks=0 nice -n 19 "$binary" "$corpus" "$seeds" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout="$timeout_seconds" -rss_limit_mb="$rss_limit_mb" \
    -artifact_prefix="$findings/" -dict="Fuzz/Dictionaries/$dictionary.dict" -detect_leaks=0 "$@" > "$log" 2>&1 || status=$?

# The figures: executions, the last coverage line, the corpus and what was found.
echo "== $target: $seconds s, exit $status"
# The last status line: "#executions: cov: … ft: … corp: … exec/s … oom/timeout/crash: …".
grep -E '^#[0-9]+' "$log" | tail -1 || true
echo "corpus: $(find "$corpus" -type f | wc -l) inputs, $(du -sk "$corpus" | cut -f1) KB"
# On a loaded machine a timeout can be the machine's: each timeout and slow input is run again
# alone and its CPU time measured; under the limit, it moves to $findings/under-limit/ and is
# not counted.
mkdir -p "$findings/under-limit"
for unit in "$findings"/timeout-* "$findings"/slow-unit-*; do
    [[ -f $unit ]] || continue
    ASAN_OPTIONS=detect_leaks=0 /usr/bin/time -o "$logs/$target.replay" -f '%U %S' timeout $((timeout_seconds * 10)) \
        "$binary" -detect_leaks=0 -timeout=$((timeout_seconds * 10)) "$unit" > /dev/null 2>&1 || true
    cpu=$(tail -1 "$logs/$target.replay" | awk '{ print $1 + $2 }')
    echo "replayed $(basename "$unit"): ${cpu:-?} s of CPU"
    if [[ -n $cpu ]] && awk -v cpu="$cpu" -v limit="$timeout_seconds" 'BEGIN { exit !(cpu < limit) }'; then
        mv "$unit" "$findings/under-limit/"
    fi
done
found=$(find "$findings" -path "$findings/under-limit" -prune -o -type f -print | sort)
if [[ -n $found ]]; then echo "findings:"; echo "$found"; else echo "findings: none"; fi
grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|ALARM|.*out-of-memory)' "$log" | head -5 || true
exit "$status"
