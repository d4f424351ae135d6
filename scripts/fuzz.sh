#!/usr/bin/env bash
# Fuzzes one entry point of the loader with libFuzzer (Swift toolchain on Linux).
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]      TARGET: csv, xlsx, header or html
#   scripts/fuzz.sh TARGET run FILE…                          runs the target once on each FILE
#
# Builds PortraitCore (and ZIPFoundation) with -sanitize=fuzzer,address in its own scratch folder
# (.build-fuzz: the normal build is untouched; later runs only rebuild what changed), links the
# harness in Fuzz/TARGET with them, and fuzzes for SECONDS from the seeds in Fuzz/corpus/TARGET.
# Limits: 2 s per input (-timeout), 500 MB of memory (-rss_limit_mb, and no single allocation above
# it); inputs slower than 1 s are reported and saved as slow-unit-*. New corpus inputs go to
# .fuzz/corpus/TARGET and findings (crash-*, timeout-*, oom-*, slow-unit-*) to .fuzz/findings/TARGET;
# both are outside git. Options after SECONDS go to libFuzzer: -len_control=0 tries inputs up to the
# 64 KB maximum at once instead of growing them slowly (slower, but finds costs that grow with size).
# To keep a crash: `scripts/fuzz.sh TARGET run -minimize_crash=1 -max_total_time=60 FILE` shrinks it into
# minimized-from-*, which goes to Tests/PortraitCoreTests/Fixtures/fuzz-regressions/TARGET/ (run by
# FuzzRegressionTests.swift); for xlsx, PORTRAIT_FUZZ_SAVE_XLSX=OUT.xlsx with `run` writes the workbook
# the input stands for, which is what goes there.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/fuzz.sh csv|xlsx|header|html SECONDS [libFuzzer options…] | TARGET run FILE…" >&2; exit 64; }
[ $# -ge 2 ] || usage
target=$1; shift
case "$target" in csv|xlsx|header|html) ;; *) usage ;; esac

scratch=.build-fuzz
mkdir -p "$scratch"
flags=(-sanitize=fuzzer,address)
# Instrumented, optimised core targets (PortraitCore and the targets it re-exports) and ZIPFoundation objects (internal API reachable: -enable-testing).
# They get libFuzzer's coverage instrumentation without libFuzzer itself (which brings its own main), since
# the build also links and runs the embed-data tool (PortraitData, which PortraitCompare imports); the
# harness below is linked with libFuzzer.
coverage=-sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
ASAN_OPTIONS=detect_leaks=0 swift build --scratch-path "$scratch" -c release --target PortraitCore \
  -Xswiftc -sanitize=address -Xswiftc "$coverage" -Xswiftc -enable-testing -Xswiftc -g >"$scratch/build.log" 2>&1 \
  || { cat "$scratch/build.log" >&2; echo "fuzz.sh: building PortraitCore failed" >&2; exit 1; }
bin=$scratch/release
binary=$scratch/fuzz-$target
objects=("$bin"/ZIPFoundation.build/*.o "$bin"/Mustache.build/*.o)
for module in PortraitText PortraitStore PortraitLoad PortraitData PortraitCompare PortraitOutput PortraitCore; do
  objects+=("$bin/$module.build"/*.o)
done
sources=(Fuzz/Shared/*.swift Fuzz/"$target"/*.swift)
stale=no
[ -x "$binary" ] || stale=yes
for file in "${objects[@]}" "${sources[@]}"; do [ "$file" -nt "$binary" ] && stale=yes; done
if [ $stale = yes ]; then
  echo "fuzz.sh: linking $binary"
  swiftc -O -g -parse-as-library -swift-version 6 "${flags[@]}" -module-name "Fuzz_$target" \
    -I "$bin/Modules" -Xcc -fmodule-map-file="$scratch/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap" \
    -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap -Xcc -I/usr/include/libxml2 \
    "${sources[@]}" "${objects[@]}" -lz -lxml2 -o "$binary" 2>&1 | grep -v "Cannot export local symbol" >&2 || true
  [ -x "$binary" ] && [ "$binary" -nt "${sources[0]}" ] || { echo "fuzz.sh: linking failed" >&2; exit 1; }
fi

# Let libFuzzer and AddressSanitizer report crashes (the Swift backtracer would wait on them), and keep
# ASan's quarantine small so that its memory is not mistaken for the loader's.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=32:detect_leaks=0:allocator_may_return_null=0}
limits=(-timeout=2 -rss_limit_mb=500 -malloc_limit_mb=500 -report_slow_units=1)
dict=()
[ -f Fuzz/$target.dict ] && dict=(-dict=Fuzz/$target.dict)

if [ "$1" = run ]; then
  shift
  exec "$binary" "${limits[@]}" "$@"
fi
seconds=$1; shift
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
corpus=.fuzz/corpus/$target findings=.fuzz/findings/$target
mkdir -p "$corpus" "$findings"
log=.fuzz/$target.log
echo "fuzz.sh: fuzzing $target for $seconds s (log: $log, findings: $findings/)"
status=0
"$binary" "${limits[@]}" "${dict[@]}" -max_len=65536 -max_total_time="$seconds" -print_final_stats=1 \
  -artifact_prefix="$findings/" "$corpus" Fuzz/corpus/"$target" "$@" >"$log" 2>&1 || status=$?
grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb|slowest_unit_time_sec)|Slowest unit|^==[0-9]+==ERROR|^SUMMARY|Fatal error|fuzz finding|Test unit written" "$log" | tail -40 || true
echo "fuzz.sh: corpus $(ls "$corpus" | wc -l) inputs; findings in $findings/: $(ls "$findings" | wc -l)"
exit $status
