#!/bin/sh
# Ingest throughput: generates an article-like corpus (default 50 MB) with
# bench/ingest_corpus.py, ingests it into a fresh database and prints MB/s.
# usage: bench/ingest_bench.sh [NEWSGRAPH_BINARY] [MEGABYTES] [WORK_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/newsgraph}
mb=${2:-50}
work=${3:-$(mktemp -d)}
rm -rf "$work/corpus" "$work/db"
python3 "$here/ingest_corpus.py" "$work/corpus" "$mb"
bytes=$(du -sb "$work/corpus" | cut -f1)
start=$(date +%s.%N)
"$bin" --db "$work/db" ingest --no-progress "$work/corpus"
end=$(date +%s.%N)
python3 -c "b=$bytes; t=$end-$start; print(f'ingest: {b/1e6:.1f} MB in {t:.1f} s = {b/1e6/t:.2f} MB/s end to end')"
echo "database: $(du -sh "$work/db" | cut -f1)"
