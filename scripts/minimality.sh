#!/usr/bin/env bash
# How close policygen's redlines are to a minimal edit script, on every consecutive version
# pair of the generated L corpus (or the sizes given): tokens marked changed ÷ the fewest
# deletions and insertions that turn one text into the other (docs/performance.md).
#
#   scripts/minimality.sh [--sizes L] [--work DIR]
#
# The corpus comes from ../shared/bench/gen_corpus.py (or $POLICYGEN_BENCH_SHARED), generated
# under DIR (default .build/bench) as scripts/bench.sh does.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
sizes="L"
work="$repo/.build/bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="${2:?--sizes needs a value}"; shift 2 ;;
    --work) work="${2:?--work needs a value}"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "minimality.sh: unknown option '$1'" >&2; exit 64 ;;
  esac
done
shared="${POLICYGEN_BENCH_SHARED:-$(dirname "$repo")/shared/bench}"
[ -f "$shared/gen_corpus.py" ] || { echo "minimality.sh: $shared/gen_corpus.py is missing" >&2; exit 1; }

(cd "$repo" && swift build -c release --product RedlineMinimality 2>&1 | tail -1)
bin="$(cd "$repo" && swift build -c release --show-bin-path)/RedlineMinimality"
mkdir -p "$work"
for size in ${sizes//,/ }; do
  case "$size" in S|M|L) ;; *) echo "minimality.sh: sizes are S, M and L (got '$size')" >&2; exit 64 ;; esac
  [ -d "$work/$size/content" ] || python3 "$shared/gen_corpus.py" --size "$size" --out "$work/$size" > /dev/null
  echo "== $size"
  "$bin" "$work/$size/content"
done
