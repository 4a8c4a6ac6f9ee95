#!/usr/bin/env bash
# bench/said_bench.sh DB [RUNS] [NEWSGRAPH...] — wall time and peak RSS of the
# `said` listing (every statement, with speaker, targets, outlet, date) and of
# the general query path it stands on (OPTIONAL MATCH, grouping by node), each
# in a fresh process, on an ingested corpus DB. Several builds given are run
# in turn, question by question, so that their figures come from one run of
# the machine; each figure is the median of RUNS (default 3). Prints one JSON
# line per build and question:
#   {"build": …, "question": …, "seconds": …, "peak_rss_mb": …, "rows": …}
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 ]] || { echo "usage: bench/said_bench.sh DB [RUNS] [NEWSGRAPH...]" >&2; exit 2; }
db=$1
runs=${2:-3}
shift $(( $# >= 2 ? 2 : 1 ))
builds=("$@")
[[ ${#builds[@]} -gt 0 ]] || builds=("${BUILD:-build}/newsgraph")
[[ -d $db ]] || { echo "said_bench: no database at $db" >&2; exit 1; }

questions=(
  "said"
  "query MATCH (s:Statement) OPTIONAL MATCH (a:Actor)-[:SAID]->(s) OPTIONAL MATCH (s)-[:REPORTED_IN]->(r:Article) RETURN count(*)"
  "query MATCH (s:Statement) OPTIONAL MATCH (s)-[:ABOUT]->(t) WITH s, collect(t.name) AS about RETURN count(*)"
)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for q in "${questions[@]}"; do
  for ng in "${builds[@]}"; do
    : > "$tmp/times"
    for ((i = 0; i < runs; i++)); do
      read -r cmd rest <<< "$q"
      if [[ $cmd == query ]]; then
        /usr/bin/time -f "%e %M" -o "$tmp/t" "$ng" --db "$db" query --format csv "$rest" > "$tmp/out"
      else
        /usr/bin/time -f "%e %M" -o "$tmp/t" "$ng" --db "$db" "$cmd" --format csv > "$tmp/out"
      fi
      cat "$tmp/t" >> "$tmp/times"
    done
    rows=$(($(wc -l < "$tmp/out") - 1))
    python3 - "$ng" "$q" "$rows" "$tmp/times" <<'PY'
import json, statistics, sys
ng, q, rows, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
runs = [tuple(map(float, l.split())) for l in open(path) if l.strip()]
print(json.dumps({"build": ng, "question": q, "seconds": statistics.median(r[0] for r in runs),
                  "peak_rss_mb": round(statistics.median(r[1] for r in runs) / 1024), "rows": rows}))
PY
  done
done
