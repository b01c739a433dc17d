#!/usr/bin/env bash
# Builds policygen with DWARF 4 debug info (valgrind 3.19 cannot read the toolchain's
# default DWARF 5) and builds the example site under memcheck.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product policygen --scratch-path .build-valgrind -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --leak-check=full .build-valgrind/debug/policygen build --output "$out/site" 2>&1 | sed -n '/LEAK SUMMARY/,/suppressed:/p'
