#!/bin/sh
# The samples ingested, exported with `export --format csv`, loaded into Kùzu
# and asked twenty questions in both (tests/scripts/kuzu_roundtrip.js).
#   kuzu_roundtrip.sh NEWSGRAPH SOURCE_DIR WORK_DIR
# Kùzu is the npm package bench/ uses (kuzu@0.11.3, a prebuilt engine): taken
# from $KUZU_MODULE, bench/peers/node_modules, or installed into WORK_DIR/npm.
# Exit 77 (skipped) when node is missing or Kùzu cannot be installed here.
set -eu
binary=$1 src=$2 work=$3
command -v node >/dev/null || { echo "skipped: node is not installed"; exit 77; }
module=${KUZU_MODULE:-}
[ -n "$module" ] || { [ -f "$src/bench/peers/node_modules/kuzu/kuzujs.node" ] && module=$src/bench/peers/node_modules/kuzu; } || true
if [ -z "$module" ]; then
  module=$work/npm/node_modules/kuzu
  if [ ! -f "$module/kuzujs.node" ]; then
    command -v npm >/dev/null || { echo "skipped: npm is not installed"; exit 77; }
    mkdir -p "$work/npm"
    # Newer npm asks before running install scripts: run Kùzu's explicitly.
    if ! (timeout 600 npm install --silent --prefix "$work/npm" kuzu@0.11.3 >"$work/npm.log" 2>&1 &&
          cd "$module" && node install.js >>"$work/npm.log" 2>&1); then
      echo "skipped: Kùzu could not be installed from the npm registry (see $work/npm.log)"; exit 77
    fi
  fi
fi
db=$work/samples.db
rm -rf "$db"
"$binary" --db "$db" ingest --no-progress "$src/samples" >/dev/null
exec node "$src/tests/scripts/kuzu_roundtrip.js" "$binary" "$db" "$work/run" "$module"
