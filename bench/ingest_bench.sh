#!/bin/sh
# Ingest throughput: generates an article-like corpus (default 50 MB) with
# bench/ingest_corpus.py, ingests it into a fresh database and prints MB/s and
# the peak RSS. JOBS sets `ingest --jobs` (default: one per core); CPUS pins the
# process to those cores with taskset ("0": one core, for per-core figures).
# usage: [JOBS=N] [CPUS=LIST] bench/ingest_bench.sh [NEWSGRAPH_BINARY] [MEGABYTES] [WORK_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/newsgraph}
mb=${2:-50}
work=${3:-$(mktemp -d)}
jobs=${JOBS:-$(nproc)}
pin=""
[ -n "${CPUS:-}" ] && pin="taskset -c $CPUS"
if [ ! -f "$work/corpus/.mb-$mb" ]; then
  rm -rf "$work/corpus"
  python3 "$here/ingest_corpus.py" "$work/corpus" "$mb"
  touch "$work/corpus/.mb-$mb"
fi
rm -rf "$work/db"
bytes=$(du -sb --exclude=.mb-* "$work/corpus" | cut -f1)
start=$(date +%s.%N)
$pin /usr/bin/time -f "%M" -o "$work/rss" "$bin" --db "$work/db" ingest --no-progress --jobs "$jobs" "$work/corpus"
end=$(date +%s.%N)
python3 -c "b=$bytes; t=$end-$start; print(f'ingest (--jobs $jobs${CPUS:+, cores $CPUS}): {b/1e6:.1f} MB in {t:.1f} s = {b/1e6/t:.2f} MB/s end to end, peak RSS {int(open(\"$work/rss\").read().split()[-1])//1024} MB')"
echo "database: $(du -sh "$work/db" | cut -f1)"
