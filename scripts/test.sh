#!/usr/bin/env bash
# Builds everything and runs every test, in eight timed stages:
#   1 the optimised build (-O1, C ABI, CLI, Python module) and every CTest;
#   2 the Python tests (pytest, notebook, Dask) against the module of stage 1;
#   3 the Doxygen reference (warnings are errors);
#   4 every CTest again under AddressSanitizer + UndefinedBehaviorSanitizer, LeakSanitizer on;
#   5 a short libFuzzer run of every harness (clang);
#   6 the threaded tests under ThreadSanitizer;
#   7 the cross-front-end cases; 8 the bad-input catalogue (docs/errors.md) in every front end.
# Each stage prints its time; docs/testing.md records them. The wheel (pip install .) is checked
# by scripts/check-packaging.sh, which CI runs after this script (.ci/run).
# LDE_FUZZ_SECONDS (default 20): seconds per fuzz harness in stage 5.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh

stage_start=$SECONDS
times=()
times_file=$(mktemp)
trap 'rm -f "$times_file"' EXIT
cpu_seconds() {  # sets cpu_now: user + system seconds of every finished child process so far
  # `times` runs in this shell (in a $(...) subshell it would count that subshell's children only).
  times >"$times_file"  # second line: "XmY.YYYs XmY.YYYs" (children: user, system)
  cpu_now=$(awk 'NR == 2 { n = 0; for (i = 1; i <= 2; ++i) { split($i, p, "m"); sub("s", "", p[2]); n += p[1] * 60 + p[2] } printf "%d", n }' "$times_file")
}
cpu_seconds
stage_cpu=$cpu_now
stage() {  # stage NAME: closes the previous stage's clock, opens the next
  if [ -n "${current:-}" ]; then
    cpu_seconds
    times+=("$(printf '%-44s %4ds  (CPU %5ds)' "$current" $((SECONDS - stage_start)) $((cpu_now - stage_cpu)))")
    stage_cpu=$cpu_now
  fi
  current=$1
  stage_start=$SECONDS
  echo "== $1 =="
}
# Compile flags chosen for the test run's time (docs/testing.md "Stage times"): -O1 without debug
# information compiles as fast as -O0 and still runs the optimiser over the code it tests; GCC's
# ASan + UBSan instrumentation costs three times as much to compile at -O1 as at -O0, so that build
# stays at -O0; line tables (-g1) for the sanitizers' stack traces.
opt=(-DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1" "-DCMAKE_C_FLAGS_RELEASE=-O1")
asan=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g1" "-DCMAKE_C_FLAGS_DEBUG=-O0 -g1")
tsan=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" "-DCMAKE_C_FLAGS_DEBUG=-O1 -g1")
export PYTHONPATH="$root/build/ci/bindings/python/pkg${PYTHONPATH:+:$PYTHONPATH}"

stage "1/8 build and test (-O1)"
cmake -S . -B build/ci -G Ninja "${opt[@]}" -DLDE_BUILD_PYTHON=ON >/dev/null
cmake --build build/ci -j"$jobs"
ctest --test-dir build/ci --output-on-failure -j"$jobs"

stage "2/8 Python module (pytest, stage-1 build)"
(cd /tmp && python3 -m pytest -q -p no:cacheprovider "$root/tests/python")

stage "3/8 API reference (Doxygen)"
cmake --build build/ci --target docs

stage "4/8 ASan + UBSan build and test"
cmake -S . -B build/asan -G Ninja "${asan[@]}" -DLDE_SANITIZE=ON -DLDE_BUILD_DOCS=OFF >/dev/null
cmake --build build/asan -j"$jobs"
# LeakSanitizer (detect_leaks=1) covers the C suite, the C example and the fuzz replays, error paths included.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j"$jobs"

stage "5/8 fuzz smoke (libFuzzer)"
LDE_FUZZ_BUILD=build/fuzz-smoke LDE_FUZZ_OPT="-O0 -g1" bash scripts/fuzz.sh "${LDE_FUZZ_SECONDS:-20}"

stage "6/8 ThreadSanitizer (threaded tests)"
# Only what runs threads: the population engine's tests, the C suite (its per-thread errors and
# batch calls) and the 8-thread stress test on shared handles.
cmake -S . -B build/tsan -G Ninja "${tsan[@]}" -DLDE_SANITIZE_THREAD=ON -DLDE_BUILD_DOCS=OFF \
  -DLDE_BUILD_CLI=OFF >/dev/null
cmake --build build/tsan -j"$jobs" --target test_population test_capi test_capi_stress
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  ctest --test-dir build/tsan --output-on-failure -R '^(population|capi_c_suite|capi_stress_threads)$'

stage "7/8 one answer across all front ends"
args=(--cli build/ci/src/cli/lde)
clib=$(find build/ci/bindings/c -maxdepth 1 -name 'liblde_c.so*' -type f 2>/dev/null | head -n1 || true)
[ -n "$clib" ] && args+=(--c-lib "$clib")
args+=(--python)  # the stage-1 module (PYTHONPATH)
python3 tests/cases/compare_frontends.py "${args[@]}" tests/cases/*.json

stage "8/8 bad-input catalogue in every front end"
python3 tests/errors/catalogue.py run --require-all --cli build/ci/src/cli/lde --c-lib "$clib" --python \
  --cpp build/ci/tests/lde_catalogue_cpp
python3 tests/errors/catalogue.py docs --check

stage "done"
echo "Stage times:"
printf '  %s\n' "${times[@]}"
echo "All test stages passed."
