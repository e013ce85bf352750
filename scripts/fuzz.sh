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
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-600}
shift || true
build=${LDE_FUZZ_BUILD:-build/fuzz}
jobs=$(nproc 2>/dev/null || echo 2)

if ! command -v clang++ >/dev/null; then
  echo "scripts/fuzz.sh needs clang (scripts/install-deps.sh installs clang and libclang-rt-*-dev)" >&2
  exit 2
fi
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLDE_BUILD_FUZZ=ON \
  -DLDE_BUILD_DOCS=OFF -DLDE_BUILD_CLI=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs" --target lde_fuzzers

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
printf '%-18s %12s %8s %8s %8s  %s\n' harness executions edges features corpus result
for h in "${harnesses[@]}"; do
  bin="$build/tests/fuzz_$h"
  if [ ! -x "$bin" ]; then
    echo "no harness fuzz_$h (tests/fuzz/fuzz_$h.cpp + one lde_fuzz_harness line in tests/fuzz/tests.cmake)" >&2
    failed=1
    continue
  fi
  work="$build/corpus/$h"
  findings="$build/findings/$h"
  mkdir -p "$work" "$findings"
  dict=tests/fuzz/lde.dict
  [ "$h" = csv ] && dict=tests/fuzz/csv.dict
  [ "$h" = c_calls ] && dict=""
  log="$build/findings/$h.log"
  rc=0
  # The new inputs go to $work (build tree); the committed seeds are read only.
  "$bin" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=16384 -print_final_stats=1 \
    ${dict:+-dict=$dict} -artifact_prefix="$findings/" "$work" "tests/fuzz/corpus/$h" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -n1 || true)
  edges=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  if [ "$rc" -eq 0 ]; then
    result=ok
  else
    result="FINDING (exit $rc): see $log and $findings/"
    failed=1
  fi
  printf '%-18s %12s %8s %8s %8s  %s\n' "$h" "${execs:-?}" "${edges:-?}" "${features:-?}" "${corpus:-?}" "$result"
  if [ "$rc" -ne 0 ]; then
    grep -E 'ERROR|contract violated|runtime error|SUMMARY|Test unit written' "$log" | head -n 12 >&2 || true
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "fuzzing found a defect; fix it and keep the input under tests/fuzz/regressions/<harness>/" >&2
  exit 1
fi
echo "fuzzing: no findings in ${#harnesses[@]} harnesses (${seconds}s each)"
