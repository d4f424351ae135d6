#!/usr/bin/env bash
# The shape where keeping benefits once per distinct cell saves nothing: every initiative with benefits of
# its own (a synthetic portrait whose benefits cells each get " (initiative N)" appended). Prints, for the
# release build, `stats --by benefit` and `query --benefit économies -o` (median wall time and the
# command's own peak memory over RUNS runs), then the browser's memory and the time its benefits pane takes
# to appear (scripts/bench-browser-memory.sh on the same file).
#
#   scripts/bench-distinct-benefits.sh [ROWS] [RUNS]     (defaults: 1000000 rows, 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-3}
swift build -c release --product portrait >&2
bin="$(swift build -c release --show-bin-path)"
source scripts/bench-lib.sh

base=/tmp/portrait-bench-$rows.csv
file=/tmp/portrait-bench-$rows-distinct-benefits.csv
[ -f "$base" ] || bench_portrait "$rows" "$base"
if [ ! -f "$file" ]; then
  python3 - "$base" "$file" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as source, open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    rows, writer = csv.reader(source), csv.writer(out)
    header = next(rows)
    writer.writerow(header)
    benefits = next(k for k, h in enumerate(header) if h.lower().startswith(("bénéfices", "benefits")))
    for n, row in enumerate(rows):
        row[benefits] += f" (initiative {n})"
        writer.writerow(row)
PY
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "file: $file, $(( $(stat -c %s "$file") >> 20 )) MiB"
echo "stats --by benefit:               $(bench_median "$runs" "$bin/portrait" stats --by benefit "$file")"
echo "query --benefit économies -o csv: $(bench_median "$runs" "$bin/portrait" query --benefit économies -o "$out/q.csv" --force "$file")"
scripts/bench-browser-memory.sh "$file" 2>/dev/null | tail -4
