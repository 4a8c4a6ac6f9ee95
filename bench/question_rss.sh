#!/usr/bin/env bash
# bench/question_rss.sh [DIR] — peak RSS and wall time of each engine question
# of bench/run, each asked once in a fresh `newsgraph query` process (what a
# user's one question costs, cold caches of the process included), as JSON
# lines: {"question": …, "peak_rss_mb": …, "seconds": …}.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-bench/work/M}
ng=${BUILD:-build}/newsgraph
read -r hi med p0 p1 < <(python3 -c "
import json; m = json.load(open('$dir/meta.json'))
print(m['hi'], m['med'], m['pairs'][0][0], m['pairs'][0][1])")
questions=()
for who in "$med" "$hi"; do
  for k in 1 2 3; do
    questions+=("MATCH (a:Actor {name: 'actor_$who'})-[*1..$k]-(b) WHERE b <> a RETURN count(DISTINCT b) AS n")
  done
  questions+=("MATCH (s:Actor)-[:SAID]->(st:Statement)-[:ABOUT]->(x:Actor) WHERE x.name = 'actor_$who' RETURN count(*) AS n")
  questions+=("WHO SAID ABOUT 'actor_$who'")
done
questions+=("MATCH (s:Actor)-[:SAID]->(st:Statement)-[:ABOUT]->(x:Actor {name: 'actor_$hi'}) RETURN s.name, count(*) AS n ORDER BY n DESC LIMIT 5")
questions+=("MATCH p = shortestPath((a:Actor {name: 'actor_$p0'})-[*..12]-(b:Actor {name: 'actor_$p1'})) RETURN length(p) AS l")
questions+=("NEIGHBOURS OF 'actor_$med' DEPTH 2")
questions+=("PATH FROM 'actor_$p0' TO 'actor_$p1' MAX 8")
for q in "${questions[@]}"; do
  /usr/bin/time -f "%M %e" -o /tmp/question_rss.$$ "$ng" --db "$dir/db" query --format csv "$q" >/dev/null
  read -r kb s < /tmp/question_rss.$$
  python3 -c "import json,sys; print(json.dumps({'question': sys.argv[1], 'peak_rss_mb': round(int(sys.argv[2]) / 1024), 'seconds': float(sys.argv[3])}))" "$q" "$kb" "$s"
done
rm -f /tmp/question_rss.$$
