#!/usr/bin/env bash
# Runs every libFuzzer harness of tests/fuzz for SECONDS each (default 600) on a copy of its
# committed seed corpus, with its dictionary, under AddressSanitizer + UndefinedBehaviorSanitizer.
# Any finding (crash, sanitizer report, leak, timeout, broken contract) fails the run; the input is
# saved under build/fuzz/findings/<harness>/: reproduce it with
#   build/fuzz/tests/fuzz_<harness> build/fuzz/findings/<harness>/crash-...
# and, once fixed, keep it as a regression: copy it to tests/fuzz/regressions/<harness>/ (replayed
# by CTest fuzz_replay_<harness> in every build).
#
# usage: scripts/fuzz.sh [SECONDS] [HARNESS...]     (scripts/test.sh runs it with a short time)
# Prints one line per harness: executions, coverage (edges, features), corpus size, result.
# LDE_FUZZ_JOBS (default: the number of cores): harnesses fuzzed at the same time, one core each.
# LDE_FUZZ_BUILD (default build/fuzz): the build directory; configured here when it has no CMake
# cache yet, else used as it is (it must have -DLDE_BUILD_FUZZ=ON).
# LDE_FUZZ_OPT (default "-O2 -g"): compiler flags of that first configuration; scripts/test.sh's
# smoke uses "-O0 -g1" (a third of the compile time, fewer executions per second).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-600}
shift || true
build=${LDE_FUZZ_BUILD:-build/fuzz}
jobs=${LDE_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}

if ! command -v clang++ >/dev/null; then
  echo "scripts/fuzz.sh needs clang (scripts/install-deps.sh installs clang and libclang-rt-*-dev)" >&2
  exit 2
fi
if [ -f "$build/CMakeCache.txt" ]; then
  # Configured before (by this script or by hand): used as it is, the harnesses brought up to date.
  grep -q '^LDE_BUILD_FUZZ:BOOL=ON' "$build/CMakeCache.txt" || {
    echo "$build is not configured with -DLDE_BUILD_FUZZ=ON" >&2
    exit 2
  }
else
  launcher=()
  if command -v ccache >/dev/null; then launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=${LDE_FUZZ_OPT:--O2 -g}" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=${LDE_FUZZ_OPT:--O2 -g}" \
    -DLDE_BUILD_FUZZ=ON -DLDE_BUILD_DOCS=OFF -DLDE_BUILD_CLI=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target lde_fuzzers

harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
  for f in tests/fuzz/fuzz_*.cpp; do
    h=$(basename "$f" .cpp)
    harnesses+=("${h#fuzz_}")
  done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
# run_one HARNESS: fuzzes one harness, writes its result line to $build/findings/HARNESS.result
run_one() {
  local h=$1 bin="$build/tests/fuzz_$1" work="$build/corpus/$1" findings="$build/findings/$1"
  local dict=tests/fuzz/lde.dict log="$build/findings/$1.log" rc=0 execs last edges features corpus result
  mkdir -p "$work" "$findings"
  [ "$h" = csv ] && dict=tests/fuzz/csv.dict
  [ "$h" = population_csv ] && dict=tests/fuzz/csv.dict
  [ "$h" = c_calls ] && dict=""
  # The new inputs go to $work (build tree); the committed seeds are read only.
  "$bin" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=16384 -print_final_stats=1 \
    ${dict:+-dict=$dict} -artifact_prefix="$findings/" "$work" "tests/fuzz/corpus/$h" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -n1 || true)
  edges=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  if [ "$rc" -eq 0 ]; then result=ok; else result="FINDING (exit $rc): see $log and $findings/"; fi
  printf '%-18s %12s %8s %8s %8s  %s\n' "$h" "${execs:-?}" "${edges:-?}" "${features:-?}" "${corpus:-?}" "$result" \
    >"$build/findings/$h.result"
  return "$rc"
}

for h in "${harnesses[@]}"; do
  if [ ! -x "$build/tests/fuzz_$h" ]; then
    echo "no harness fuzz_$h (tests/fuzz/fuzz_$h.cpp + one lde_fuzz_harness line in tests/fuzz/tests.cmake)" >&2
    exit 1
  fi
  rm -f "$build/findings/$h.result"
done
echo "fuzzing ${#harnesses[@]} harnesses for ${seconds}s each, $jobs at a time (LDE_FUZZ_JOBS)"
# $jobs harnesses at a time, each on one core (libFuzzer without -jobs is single-threaded).
running=0
for h in "${harnesses[@]}"; do
  if ((running >= jobs)); then
    wait -n || true
    running=$((running - 1))
  fi
  run_one "$h" &
  running=$((running + 1))
done
wait || true

printf '%-18s %12s %8s %8s %8s  %s\n' harness executions edges features corpus result
for h in "${harnesses[@]}"; do
  line=$(cat "$build/findings/$h.result" 2>/dev/null || echo "$h (no result: the run was killed)")
  echo "$line"
  if [[ "$line" != *" ok" ]]; then
    failed=1
    grep -E 'ERROR|contract violated|runtime error|SUMMARY|Test unit written' "$build/findings/$h.log" 2>/dev/null \
      | head -n 12 >&2 || true
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "fuzzing found a defect; fix it and keep the input under tests/fuzz/regressions/<harness>/" >&2
  exit 1
fi
echo "fuzzing: no findings in ${#harnesses[@]} harnesses (${seconds}s each)"
