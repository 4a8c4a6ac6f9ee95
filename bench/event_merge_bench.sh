#!/bin/sh
# Many reports of one event: generates N short dated articles that all tell
# of the same talks to come (so every one after the first joins one Event
# node, ingest/event_identity.h) and times their ingest into a fresh
# database. The time per report should not grow with the reports before it.
# usage: bench/event_merge_bench.sh [NEWSGRAPH_BINARY] [REPORTS] [WORK_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/newsgraph}
reports=${2:-6000}
work=${3:-$(mktemp -d)}
if [ ! -f "$work/corpus/.n-$reports" ]; then
  rm -rf "$work/corpus"
  mkdir -p "$work/corpus"
  python3 - "$work/corpus" "$reports" <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open(f"{out}/report{i:06d}.txt", "w") as f:
        f.write(f"Published: 2025-01-{20 + i % 5}\n\nTalks report number {i}\n\n"
                "Norway and Chile will hold talks on fishing quotas next month, officials said on Monday. "
                f"Report {i} adds that the talks will be held in Oslo.\n")
PY
  touch "$work/corpus/.n-$reports"
fi
rm -rf "$work/db"
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" "$bin" --db "$work/db" ingest --no-progress "$work/corpus" > /dev/null
end=$(date +%s.%N)
events=$("$bin" --db "$work/db" query --format csv "MATCH (e:Event) RETURN count(e) AS n" | tail -1 | tr -d "\r")
python3 -c "t=$end-$start; print(f'$reports reports of one event: {t:.1f} s ({1000*t/$reports:.2f} ms a report), $events Event node(s), peak RSS {int(open(\"$work/rss\").read().split()[-1])//1024} MB')"
