#!/usr/bin/env bash
# Builds everything and runs every test: C++ (doctest via CTest), the same
# tests under AddressSanitizer + UndefinedBehaviorSanitizer, the C ABI suite,
# the install/consumer check, the Doxygen reference (warnings are errors), the
# threaded tests under ThreadSanitizer, a short libFuzzer run of every harness,
# the Python module (pytest, notebook, Dask), the cross-front-end cases and the
# bad-input catalogue (docs/errors.md) through every front end.
# Each stage prints its time; docs/testing.md records them.
# LDE_FUZZ_SECONDS (default 20): seconds per fuzz harness in stage 5.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh

stage_start=$SECONDS
times=()
stage() {  # stage NAME: closes the previous stage's clock, opens the next
  if [ -n "${current:-}" ]; then times+=("$(printf '%-34s %4ds' "$current" $((SECONDS - stage_start)))"); fi
  current=$1
  stage_start=$SECONDS
  echo "== $1 =="
}

stage "1/8 build and test (RelWithDebInfo)"
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/ci -j"$jobs"
ctest --test-dir build/ci --output-on-failure -j"$jobs"

stage "2/8 API reference (Doxygen)"
cmake --build build/ci --target docs

stage "3/8 ASan + UBSan build and test"
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLDE_SANITIZE=ON -DLDE_BUILD_DOCS=OFF >/dev/null
cmake --build build/asan -j"$jobs"
# LeakSanitizer (detect_leaks=1) covers the C suite, the C example and the fuzz replays, error paths included.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j"$jobs"

stage "4/8 ThreadSanitizer (threaded tests)"
# Only what runs threads: the population engine's tests, the C suite (its per-thread errors and
# batch calls) and the 8-thread stress test on shared handles.
cmake -S . -B build/tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLDE_SANITIZE_THREAD=ON -DLDE_BUILD_DOCS=OFF \
  -DLDE_BUILD_CLI=OFF >/dev/null
cmake --build build/tsan -j"$jobs" --target test_population test_capi test_capi_stress
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  ctest --test-dir build/tsan --output-on-failure -R '^(population|capi_c_suite|capi_stress_threads)$'

stage "5/8 fuzz smoke (libFuzzer)"
bash scripts/fuzz.sh "${LDE_FUZZ_SECONDS:-20}"

if [ -f pyproject.toml ]; then
  stage "6/8 Python module (pip install, pytest)"
  python3 -m pip install --quiet --upgrade pip >/dev/null
  python3 -m pip install --quiet ".[test]"
  (cd /tmp && python3 -m pytest -q "$root/tests/python")
fi

stage "7/8 one answer across all front ends"
args=(--cli build/ci/src/cli/lde)
clib=$(find build/ci/bindings/c -maxdepth 1 -name 'liblde_c.so*' -type f 2>/dev/null | head -n1 || true)
[ -n "$clib" ] && args+=(--c-lib "$clib")
python3 -c "import lde" 2>/dev/null && args+=(--python)
python3 tests/cases/compare_frontends.py "${args[@]}" tests/cases/*.json

stage "8/8 bad-input catalogue in every front end"
python3 tests/errors/catalogue.py run --require-all --cli build/ci/src/cli/lde --c-lib "$clib" --python \
  --cpp build/ci/tests/lde_catalogue_cpp
python3 tests/errors/catalogue.py docs --check

stage "done"
echo "Stage times:"
printf '  %s\n' "${times[@]}"
echo "All test stages passed."
