#!/usr/bin/env bash
# Times whole `policygen build`s of the generated M and L corpora beside the cmark-gfm floor,
# Hugo and git's word diff, in one run, and prints the ratios issue 22 sets targets for
# (docs/performance.md).
#
#   scripts/bench.sh [--sizes M,L] [--runs 5] [--work DIR] [--bin POLICYGEN]
#
#   --sizes S|M|L|A,...  corpora to time (S: 60 documents, a smoke run; M: 800; L: 2,000;
#                      A: an archive-shaped corpus, 610 texts of 5 KB to 800 KB in three policy
#                      sets of 40 to 300 versions, written by scripts/gen_archive.py)
#   --runs N           timed runs of every command, after one warm-up (default 5)
#   --work DIR         where corpora, layouts and outputs go (default .build/bench)
#   --bin PATH         time this policygen binary instead of building one in release
#
# The corpora, the floor program and the Hugo site come from ../shared/bench beside the
# repository (gen_corpus.py, prep_layouts.py, cmark_floor.c), or from $POLICYGEN_BENCH_SHARED.
# Without them this script stops: the engine's own benchmarks need nothing outside the
# repository (swift package benchmark --target EngineBenchmarks).
# Needs python3, gcc, git, libcmark-gfm-dev and Hugo; Hugo is installed through apt when
# missing (Debian's hugo package, 0.111 on Debian 12).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
sizes="M,L"
runs=5
work="$repo/.build/bench"
bin=""

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="${2:?--sizes needs a value}"; shift 2 ;;
    --runs) runs="${2:?--runs needs a value}"; shift 2 ;;
    --work) work="${2:?--work needs a value}"; shift 2 ;;
    --bin) bin="${2:?--bin needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench.sh: unknown option '$1'" >&2; usage >&2; exit 64 ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "bench.sh: --runs takes a whole number of at least 1" >&2; exit 64 ;; esac
for size in ${sizes//,/ }; do
  case "$size" in S|M|L|A) ;; *) echo "bench.sh: sizes are S, M, L and A (got '$size')" >&2; exit 64 ;; esac
done

shared="${POLICYGEN_BENCH_SHARED:-$(dirname "$repo")/shared/bench}"
for file in gen_corpus.py prep_layouts.py cmark_floor.c; do
  if [ ! -f "$shared/$file" ]; then
    echo "bench.sh: $shared/$file is missing." >&2
    echo "The corpora, the cmark-gfm floor and the Hugo site come from ../shared/bench beside the repository" >&2
    echo "(or set POLICYGEN_BENCH_SHARED=DIR). The engine's benchmarks need none of it:" >&2
    echo "  swift package benchmark --target EngineBenchmarks" >&2
    exit 1
  fi
done

if ! command -v hugo > /dev/null; then
  echo "Installing Hugo through apt..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq hugo > /dev/null
fi

if [ -z "$bin" ]; then
  echo "Building policygen in release..."
  (cd "$repo" && swift build -c release --product policygen 2>&1 | tail -1)
  bin="$(cd "$repo" && swift build -c release --show-bin-path)/policygen"
fi
[ -x "$bin" ] || { echo "bench.sh: no policygen binary at $bin" >&2; exit 1; }

mkdir -p "$work"
work="$(cd "$work" && pwd)"
stamp_of() { cat "$shared/gen_corpus.py" "$shared/prep_layouts.py" "$repo/scripts/gen_archive.py" | sha256sum | cut -d' ' -f1; }
for size in ${sizes//,/ }; do
  stamp="$work/w$size/.stamp"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$(stamp_of)" ]; then
    echo "Generating corpus $size in $work/$size..."
    rm -rf "${work:?}/$size" "${work:?}/w$size"
    if [ "$size" = A ]; then
      python3 "$repo/scripts/gen_archive.py" --out "$work/$size"
    else
      python3 "$shared/gen_corpus.py" --size "$size" --out "$work/$size"
    fi
    python3 "$shared/prep_layouts.py" "$work/$size" "$work/w$size"
    stamp_of > "$stamp"
  fi
done
if [ ! -x "$work/cmark_floor" ] || [ "$shared/cmark_floor.c" -nt "$work/cmark_floor" ]; then
  gcc -O2 -o "$work/cmark_floor" "$shared/cmark_floor.c" -lcmark-gfm-extensions -lcmark-gfm
fi

no_compare=()
if "$bin" build --help 2>&1 | grep -q -- '--no-compare'; then
  no_compare=(--no-compare-flag)
else
  echo "Note: this policygen has no 'build --no-compare': that row and its ratio are skipped."
fi

echo "policygen: $bin ($(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs; $(hugo version | cut -d' ' -f1-2)"
python3 "$repo/scripts/bench_timing.py" --bin "$bin" --work "$work" --sizes "$sizes" --runs "$runs" "${no_compare[@]}"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
