#!/usr/bin/env bash
# The browser's own memory on a large file, beside the file's size: the release binary runs in tmux (a
# real terminal), a person's session is typed into it, and its peak and held resident memory are read
# from /proc/PID/status (VmHWM, VmRSS) of the browser's process, not of tmux or this script.
#
#   scripts/bench-browser-memory.sh [FILE]     (default: a 1M-row synthetic portrait, made once in /tmp)
#
# The session: the first screen once the file is loaded; a search typed a key at a time ("agent conv",
# then the phrase "agent conv" in quotes) and kept; the bodies, benefits and portfolios panes (v); the
# order changed and reversed (s, S); the details of the first initiative (Enter), then quit. The figures
# are printed after the load and at the end, with the time the benefits pane took to appear. Goal
# (issue 14): the peak stays under the file's size.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product portrait >&2
bin="$(swift build -c release --show-bin-path)"
source scripts/bench-lib.sh

file=${1:-}
if [ -z "$file" ]; then
  file=/tmp/portrait-bench-1000000.csv
  [ -f "$file" ] || bench_portrait 1000000 "$file"
fi
[ -f "$file" ] || { echo "no such file: $file" >&2; exit 66; }

session=portrait-memory-$$
socket=portrait-memory-$$
tmuxc() { tmux -L "$socket" "$@"; }
trap 'tmuxc kill-server 2>/dev/null || true' EXIT
tmuxc new-session -d -s "$session" -x 120 -y 40 "exec env LC_ALL=C.UTF-8 '$bin/portrait' browse --lang en '$file'"
pid=$(tmuxc display -p -t "$session" '#{pane_pid}')

mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }
memory() {  # prints "peak X MiB, held Y MiB" for the browser's process
  local hwm rss
  hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
  rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  echo "peak $(mib "$hwm"), held $(mib "$rss")"
}
# Waits until the browser has been idle (no processor time used) for a second: loading, and the word
# index and name order built in the background after the first frame, are then finished.
settle() {
  local before after
  before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  while sleep 1; after=$(awk '{ print $14 + $15 }' "/proc/$pid/stat"); [ "$after" != "$before" ]; do before=$after; done
}
keys() {  # types its arguments a key at a time, as a person would
  local text=$1 k
  for ((k = 0; k < ${#text}; k++)); do tmuxc send-keys -t "$session" -l -- "${text:k:1}"; sleep 0.02; done
}

settle
after_load=$(memory)
tmuxc send-keys -t "$session" /; keys "agent conv"; tmuxc send-keys -t "$session" Enter; settle
tmuxc send-keys -t "$session" /; tmuxc send-keys -t "$session" C-u; keys '"agent conv"'; tmuxc send-keys -t "$session" Enter; settle
tmuxc send-keys -t "$session" v; settle
# The benefits pane: the time from the key to the pane on the screen (its order is made when first shown).
start=$(date +%s%N)
tmuxc send-keys -t "$session" v
until tmuxc capture-pane -p -t "$session" | grep -qE '^(▸| ) Benefit '; do sleep 0.02; done
benefits_pane=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.2f s", ns / 1e9 }')
settle
tmuxc send-keys -t "$session" v; settle
tmuxc send-keys -t "$session" r; tmuxc send-keys -t "$session" s; settle; tmuxc send-keys -t "$session" S; settle
tmuxc send-keys -t "$session" Enter; settle
at_end=$(memory)
tmuxc send-keys -t "$session" Escape q

size=$(stat -c %s "$file")
echo "file: $file, $(mib $((size / 1024)))"
echo "browser after loading (index and order built): $after_load"
echo "browser after the session:                      $at_end"
echo "benefits pane shown after:                      $benefits_pane"
