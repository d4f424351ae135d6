#!/usr/bin/env bash
# Whole-process comparison of portrait with DuckDB on the same synthetic portraits.
#
#   scripts/bench-vs-duckdb.sh [ROWS ...]      (default: 10000 100000 1000000; RUNS=5 by default)
#
# For each size it writes a portrait (with ../shared/bench/make_portrait.py when present, else with
# portrait-bench's own generator) into bench-data/ (git-ignored), then runs, alternating A B A B:
#   stats:  `portrait stats FILE --by category`  vs  DuckDB reading the CSV and counting 3 facets
#   export: `portrait query FILE --search foret --status "Solution en production" -o OUT`
#           vs  DuckDB COPY of the same selection (accent-insensitive search over the same fields)
# and prints the median wall time and peak RSS of each, and the ratios. DuckDB is installed into a
# local virtual environment (.build-bench/venv) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

venv=.build-bench/venv
if ! "$venv/bin/python" -c "import duckdb" 2>/dev/null; then
  echo "installing duckdb into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "duckdb==2.0.1"   # the version the README's figures were measured with
fi
duck_version=$("$venv/bin/python" -c "import duckdb; print(duckdb.__version__)")

swift build -c release --static-swift-stdlib --product portrait >&2
swift build -c release --static-swift-stdlib --product portrait-bench >&2
bin=$(swift build -c release --show-bin-path)

cat > .build-bench/duck.py <<'PY'
import sys, duckdb
task, path = sys.argv[1], sys.argv[2]
con = duckdb.connect()
con.execute(f"create table p as select * from read_csv('{path}', header=true, all_varchar=true)")
cols = [r[0] for r in con.execute("describe p").fetchall()]
name, category, org, portfolio, benefits, status = (f'"{c}"' for c in cols[:6])
if task == "stats":
    for col in (category, status, portfolio):
        con.execute(f"select {col}, count(*) from p group by 1 order by 2 desc").fetchall()
else:
    text = f"strip_accents(lower(concat_ws(' ', {name}, {org}, {portfolio}, {category}, {benefits})))"
    con.execute(f"copy (select * from p where {status} = 'Solution en production' and {text} like '%foret%') "
                f"to '{sys.argv[3]}' (header, delimiter ',')")
PY

measure() {  # prints "wall_seconds peak_kib" of one run of the command; stops the script if it fails
  local report=.build-bench/time.txt
  /usr/bin/time -o "$report" -f "%e %M %x" "$@" >/dev/null 2>&1 || true
  local wall peak status
  read -r wall peak status < <(tail -1 "$report")
  if [ "$status" != 0 ]; then
    echo "bench-vs-duckdb: '$*' failed with status $status" >&2
    exit 1
  fi
  echo "$wall $peak"
}

mkdir -p bench-data
printf "%-8s %-7s %10s %10s %8s %11s %11s %8s\n" rows task "portrait s" "duckdb s" ratio "portrait MiB" "duckdb MiB" "file MiB"
for rows in "${sizes[@]}"; do
  file=bench-data/portrait-$rows.csv
  if [ ! -f "$file" ]; then
    if [ -f ../shared/bench/make_portrait.py ]; then
      echo "writing $file with ../shared/bench/make_portrait.py" >&2
      python3 ../shared/bench/make_portrait.py "$rows" "$file"
    else
      echo "writing $file with portrait-bench's own generator (../shared/bench/make_portrait.py is missing: sizes differ from the README's)" >&2
      "$bin/portrait-bench" --rows "$rows" --file "$file" --repeat 1 >/dev/null 2>&1
    fi
  fi
  file_mib=$(python3 -c "import os; print(f'{os.path.getsize(\"$file\")/1048576:.1f}')")
  for task in stats export; do
    a=(); b=()
    if [ "$task" = stats ]; then
      cmd_a=("$bin/portrait" stats "$file" --by category)
      cmd_b=("$venv/bin/python" .build-bench/duck.py stats "$file")
    else
      cmd_a=("$bin/portrait" query "$file" --search foret --status "Solution en production" -o bench-data/out-portrait.csv --force)
      cmd_b=("$venv/bin/python" .build-bench/duck.py export "$file" bench-data/out-duckdb.csv)
    fi
    measure "${cmd_a[@]}" >/dev/null; measure "${cmd_b[@]}" >/dev/null   # warm-up
    for _ in $(seq "$runs"); do
      a+=("$(measure "${cmd_a[@]}")")
      b+=("$(measure "${cmd_b[@]}")")
    done
    if [ "$task" = export ]; then  # both must have written the same rows
      python3 - bench-data/out-portrait.csv bench-data/out-duckdb.csv <<'PY' || exit 1
import csv, sys
csv.field_size_limit(1 << 30)
counts = []
for path in sys.argv[1:]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        counts.append(sum(1 for _ in csv.reader(f)) - 1)
if counts[0] != counts[1]:
    sys.exit(f"bench-vs-duckdb: portrait exported {counts[0]} rows, DuckDB {counts[1]}")
PY
    fi
    python3 - "$rows" "$task" "$file_mib" "${a[@]}" -- "${b[@]}" <<'PY'
import statistics, sys
rows, task, file_mib = sys.argv[1:4]
rest = sys.argv[4:]
cut = rest.index("--")
a = [tuple(map(float, x.split())) for x in rest[:cut]]
b = [tuple(map(float, x.split())) for x in rest[cut + 1:]]
ratios = [x[0] / y[0] for x, y in zip(a, b) if y[0] > 0]
wa, wb = statistics.median(x[0] for x in a), statistics.median(y[0] for y in b)
ma, mb = statistics.median(x[1] for x in a) / 1024, statistics.median(y[1] for y in b) / 1024
print(f"{rows:<8} {task:<7} {wa:10.3f} {wb:10.3f} {statistics.median(ratios):8.2f} {ma:11.1f} {mb:11.1f} {file_mib:>8}")
PY
  done
done
echo "(medians of $runs alternating runs; ratio = portrait / DuckDB $duck_version, per pair; lower is better)"
