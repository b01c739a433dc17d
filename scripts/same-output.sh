#!/usr/bin/env bash
# Builds one site with two policygen binaries and compares the outputs byte for byte: what an
# engine change that must not change a page (a faster redline, say) is checked with, over every
# compare page of a corpus (the L corpus has 1,800 version pairs; docs/performance.md).
#
#   scripts/same-output.sh BEFORE_BINARY AFTER_BINARY SITE_FOLDER [WORK_FOLDER]
#
# The site is copied twice into WORK_FOLDER (default: a temporary folder), each copy built with
# `build --no-cache --profile` (the profiles are printed), and the two output folders and
# policygen.lock files compared with `diff -r`. Exits 0 when they are the same, 1 when not.
set -euo pipefail

if [ $# -lt 3 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
fi
before="$1" after="$2" site="$3"
work="${4:-$(mktemp -d)}"
for bin in "$before" "$after"; do
  [ -x "$bin" ] || { echo "same-output.sh: no policygen binary at $bin" >&2; exit 64; }
done
[ -f "$site/policygen.yaml" ] || { echo "same-output.sh: no policygen.yaml in $site" >&2; exit 64; }

for side in before after; do
  rm -rf "${work:?}/$side"
  mkdir -p "$work/$side"
  # The site without what earlier builds left in it.
  (cd "$site" && tar cf - --exclude=./output --exclude=./.policygen-cache --exclude=./policygen.lock \
    --exclude=./.output.lock .) | (cd "$work/$side" && tar xf -)
done
# Both builds take the same day as today, whenever they run.
as_of="$(date -u +%F)"
for side in before after; do
  bin="$before"; [ "$side" = after ] && bin="$after"
  echo "== $side: $bin"
  "$bin" build --source "$work/$side" --no-cache --profile --as-of "$as_of" | tail -n 13
done
if diff -r -q "$work/before/output" "$work/after/output" && diff -q "$work/before/policygen.lock" "$work/after/policygen.lock"; then
  echo "same output: $(find "$work/after/output" -type f | wc -l) files"
else
  echo "the outputs differ (in $work)" >&2
  exit 1
fi
