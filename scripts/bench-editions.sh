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
swift build -c release --product portrait-bench >&2
bin=$(swift build -c release --show-bin-path)
mkdir -p bench-data
for seed in 1 2; do
  file=bench-data/edition-$seed-$rows.csv
  [ -f "$file" ] && continue
  if [ -f ../shared/bench/make_portrait.py ]; then
    python3 ../shared/bench/make_portrait.py "$rows" "$file" --seed "$seed"
  else
    echo "../shared/bench/make_portrait.py is missing: both editions come from portrait-bench's generator" >&2
    "$bin/portrait-bench" --rows "$rows" --file "$file" --repeat 1 >/dev/null 2>&1
  fi
done
one=bench-data/edition-1-$rows.csv two=bench-data/edition-2-$rows.csv

median() {  # runs "$@" RUNS times after a warm-up; prints the median wall time and peak RSS
  local times=() report=bench-data/.time.txt
  "$@" >/dev/null 2>&1
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$report" -f "%e %M" "$@" >/dev/null 2>&1
    times+=("$(tail -1 "$report")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ w[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); printf "%.2f s, %.0f MiB", w[i], m[i] / 1024 }'
}

echo "two editions of $rows rows, marks matched: $(median "$bin/portrait" browse "$one" "$two" --print-screen 100x30)"
echo "one edition of $rows rows:                 $(median "$bin/portrait" browse "$one" --print-screen 100x30)"
echo "(median of $runs runs; the browser itself draws its first frame without waiting for the marks)"
