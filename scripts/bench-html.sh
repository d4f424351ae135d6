#!/usr/bin/env bash
# What reading the HTML edition and writing the HTML report cost, whole process, release build: a synthetic
# portrait of ROWS rows as CSV (the shared generator) and as the same table in an HTML page; `stats`
# on each (open + count facets), and `query -o report.html` of every row from the CSV.
#
#   scripts/bench-html.sh [ROWS] [RUNS]     (default 100000 rows, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
runs=${2:-5}
swift build -c release --product portrait >&2
bin=$(swift build -c release --show-bin-path)
source scripts/bench-lib.sh
mkdir -p bench-data
csv=bench-data/html-$rows.csv page=bench-data/html-$rows.html
[ -f "$csv" ] || bench_portrait "$rows" "$csv"
[ -f "$page" ] || python3 - "$csv" "$page" <<'PY'
import csv, html, sys
rows = csv.reader(open(sys.argv[1], encoding="utf-8", newline=""))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Portrait</title></head><body>\n<table>\n')
    out.write("<thead><tr>" + "".join("<th>%s</th>" % html.escape(h) for h in next(rows)) + "</tr></thead>\n<tbody>\n")
    for row in rows:
        out.write("<tr>" + "".join("<td>%s</td>" % html.escape(c).replace("\n", "<br>") for c in row) + "</tr>\n")
    out.write("</tbody></table></body></html>\n")
PY

echo "$rows rows: CSV $(du -m "$csv" | cut -f1) MB, HTML $(du -m "$page" | cut -f1) MB"
echo "stats on the CSV:            $(bench_median "$runs" "$bin/portrait" stats "$csv")"
echo "stats on the HTML page:      $(bench_median "$runs" "$bin/portrait" stats "$page")"
echo "HTML report of every row:    $(bench_median "$runs" "$bin/portrait" query "$csv" -o bench-data/report-$rows.html --force)"
echo "(median of $runs runs)"
