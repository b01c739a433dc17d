#!/usr/bin/env bash
# Builds the example site of this repository into output/.
# On a fresh Debian machine it first installs cmark-gfm (and pkg-config) through apt.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ]; then
  echo "Installing cmark-gfm through apt..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update
  $sudo_cmd apt-get install -y libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config libxml2-dev
fi

swift build --product policygen
.build/debug/policygen build "$@"
echo "Open output/index.html or output/en/privacy/index.html in a browser."
