#!/usr/bin/env bash
# Time from process start to the first complete frame of the browser on the embedded portrait, in a real
# terminal (a pseudo-terminal made by `script`), whole process, release build. Goal: under 30 ms.
#
#   scripts/bench-first-frame.sh [RUNS]     (default 30)
#
# It runs `portrait browse --quit-after-first-frame` (which draws the first screen, puts the terminal
# back and exits) RUNS times after a warm-up, and prints the minimum, median and maximum wall time; and,
# for comparison, the same for rendering that frame without a terminal (`--print-screen 100x30`).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
swift build -c release --product portrait >&2
bin="$(swift build -c release --show-bin-path)/portrait"

measure() {  # runs "$@" RUNS times, prints min median max in ms
  local times=()
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "min %.1f ms  median %.1f ms  max %.1f ms\n", a[1] / 1000, a[int((NR + 1) / 2)] / 1000, a[NR] / 1000 }'
}

with=$(measure script -qefc "stty cols 100 rows 30; exec $bin browse --quit-after-first-frame" /dev/null)
alone=$(measure script -qefc "stty cols 100 rows 30; exec true" /dev/null)
echo "first frame in a terminal (100x30 pty):  $with"
echo "script(1) alone, for its own overhead:    $alone"
echo "first frame without a terminal (text):    $(measure "$bin" --print-screen 100x30)"
median() { sed 's/.*median \([0-9.]*\).*/\1/' <<<"$1"; }
awk -v a="$(median "$with")" -v b="$(median "$alone")" 'BEGIN { printf "portrait itself, start to first frame:    median %.1f ms (goal: under 30 ms)\n", a - b }'
