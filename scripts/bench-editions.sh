#!/usr/bin/env bash
# What a second edition costs the browser: two synthetic editions of ROWS rows each, whole process, release
# build. `browse A B --print-screen` renders the first screen after the edition marks (new, status changed)
# are matched, which the interactive browser does in the background; compared with one file alone.
#
#   scripts/bench-editions.sh [ROWS] [RUNS]     (default 500000 rows, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-500000}
runs=${2:-5}
swift build -c release --product portrait >&2
bin=$(swift build -c release --show-bin-path)
source scripts/bench-lib.sh
mkdir -p bench-data
for seed in 1 2; do
  file=bench-data/edition-$seed-$rows.csv
  [ -f "$file" ] && continue
  bench_portrait "$rows" "$file" --seed "$seed"
done
one=bench-data/edition-1-$rows.csv two=bench-data/edition-2-$rows.csv

echo "two editions of $rows rows, marks matched: $(bench_median "$runs" "$bin/portrait" browse "$one" "$two" --print-screen 100x30)"
echo "one edition of $rows rows:                 $(bench_median "$runs" "$bin/portrait" browse "$one" --print-screen 100x30)"
echo "(median of $runs runs; the browser itself draws its first frame without waiting for the marks)"
