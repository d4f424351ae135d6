# Helpers shared by the scripts/bench-*.sh benchmarks; sourced, not run. They expect to be called from
# the repository's root, with `bin` set to the release build's folder (swift build -c release --show-bin-path).

# bench_portrait ROWS FILE [--seed N]: writes a synthetic portrait of ROWS rows to FILE with the shared
# generator (../shared/bench/make_portrait.py), or, when it is missing, with portrait-bench's own
# generator (other sizes, and the seed is not used).
bench_portrait() {
  local rows=$1 file=$2
  shift 2
  if [ -f ../shared/bench/make_portrait.py ]; then
    python3 ../shared/bench/make_portrait.py "$rows" "$file" "$@" >/dev/null
  else
    echo "../shared/bench/make_portrait.py is missing: $file comes from portrait-bench's generator" >&2
    swift build -c release --product portrait-bench >&2
    "$bin/portrait-bench" --rows "$rows" --file "$file" --repeat 1 >/dev/null 2>&1
  fi
}

# bench_median RUNS COMMAND…: runs COMMAND once to warm up, then RUNS times under GNU time; prints the
# median wall time and the median peak resident set of the command's own process.
bench_median() {
  local runs=$1 times=() report
  shift
  report=$(mktemp)
  "$@" >/dev/null 2>&1
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$report" -f "%e %M" "$@" >/dev/null 2>&1
    times+=("$(tail -1 "$report")")
  done
  rm -f "$report"
  printf '%s\n' "${times[@]}" | sort -n | awk '{ w[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); printf "%.2f s, %.0f MiB", w[i], m[i] / 1024 }'
}
