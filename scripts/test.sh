#!/usr/bin/env bash
# Everything CI runs: `bash scripts/test.sh` (check, types, unit, build, browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/sh/node-env.sh
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "marsad: installing Debian's chromium for the browser tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "marsad: the browser tests need Chromium: sudo apt-get install chromium (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi
ensure_dependencies
npm test
