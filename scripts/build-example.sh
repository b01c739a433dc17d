#!/usr/bin/env bash
# Builds the example site of this repository into output/.
# On a fresh Debian machine it first installs, through apt, cmark-gfm (the renderer),
# libxml2 (the HTML parser of `policygen import` and of the tests) and jemalloc (the command
# line's allocator), with pkg-config.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pkg-config --exists libcmark-gfm libxml-2.0 jemalloc 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ]; then
  echo "Installing cmark-gfm, libxml2 and jemalloc through apt..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update
  $sudo_cmd apt-get install -y libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config libxml2-dev libjemalloc-dev
fi

swift build --product policygen
.build/debug/policygen build "$@"
echo "Open output/index.html or output/en/privacy/index.html in a browser."
