#!/usr/bin/env bash
# `portrait update` of one large synthetic edition from the local CKAN-shaped catalogue on 127.0.0.1:
# wall time and the tool's own peak memory (GNU time's maximum resident set), for a first download and
# for an unchanged edition (a conditional request, no transfer), and for a changed edition (10% more
# rows) that replaces the stored one, which includes comparing the two copies for the "since" line.
#   scripts/bench-update.sh [ROWS] [RUNS]      (default 100000 rows, 3 runs; needs python3 and /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
runs=${2:-3}
swift build -c release --product portrait >&2
bin=$(swift build -c release --show-bin-path)
source scripts/bench-lib.sh
binary="$bin/portrait"
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/files"
bench_portrait "$rows" "$work/files/portrait-2025.csv"
cat > "$work/package.json" <<JSON
{"id": "1c9131d2-ab2a-4513-9a46-945b2bc96e1b", "name": "portrait", "title": "Portrait des utilisations de l'IA dans l'administration publique",
 "resources": [{"name": "Portrait 2025", "format": "CSV", "url": "{base}/files/portrait-2025.csv"}]}
JSON
python3 scripts/ckan-test-server.py "$work" & server=$!
while [ ! -f "$work/port" ]; do sleep 0.05; done
catalog="http://127.0.0.1:$(cat "$work/port")/api/3/action"
echo "edition: $rows rows, $(stat -c %s "$work/files/portrait-2025.csv") bytes"
for run in $(seq "$runs"); do
  rm -rf "$work/data"
  PORTRAIT_DATA_DIR="$work/data" /usr/bin/time -f "first download: %e s, peak %M KiB" "$binary" update --catalog "$catalog" 2>&1 >/dev/null
done
for run in $(seq "$runs"); do
  PORTRAIT_DATA_DIR="$work/data" /usr/bin/time -f "unchanged:      %e s, peak %M KiB" "$binary" update --catalog "$catalog" 2>&1 >/dev/null
done
bench_portrait $((rows * 11 / 10)) "$work/changed.csv"
cp "$work/files/portrait-2025.csv" "$work/first.csv"
for run in $(seq "$runs"); do
  rm -rf "$work/data"
  cp "$work/first.csv" "$work/files/portrait-2025.csv"
  PORTRAIT_DATA_DIR="$work/data" "$binary" update --catalog "$catalog" >/dev/null
  cp "$work/changed.csv" "$work/files/portrait-2025.csv"
  touch -d '+1 minute' "$work/files/portrait-2025.csv"
  PORTRAIT_DATA_DIR="$work/data" /usr/bin/time -f "replaced:       %e s, peak %M KiB" "$binary" update --catalog "$catalog" 2>&1 >/dev/null
done
