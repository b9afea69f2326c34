# Sourced by the build and test scripts: makes sure a Node.js that Astro accepts
# and that runs the search indexer's TypeScript worker without a loader (>= 22.18,
# where Node strips types by default) is first on PATH. A machine with an older Node gets Node 24 from the
# npm registry into ~/.node24; nothing is downloaded from anywhere else.
node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=18)?0:1)'
}

if ! node_is_recent && [ -x "$HOME/.node24/bin/node" ]; then
  export PATH="$HOME/.node24/bin:$PATH"
fi
if ! node_is_recent; then
  echo "marsad: Node.js $(node --version 2>/dev/null || echo 'not found') is older than 22.18; installing Node 24 into ~/.node24" >&2
  npm install --global --prefix "$HOME/.node24" --no-fund --no-audit node@24 >&2
  export PATH="$HOME/.node24/bin:$PATH"
fi
node_is_recent || { echo "marsad: could not provide Node.js >= 22.18" >&2; exit 1; }

# Installs the locked dependencies when node_modules is missing or older than the lockfile.
ensure_dependencies() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-fund --no-audit
  fi
}
