#!/usr/bin/env bash
# Install and build on a fresh machine: `bash scripts/build.sh` → dist/
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/sh/node-env.sh
ensure_dependencies
npm run build
