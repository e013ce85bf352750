#!/usr/bin/env bash
# Builds everything and runs every test: C++ (doctest via CTest), the same
# tests under AddressSanitizer + UndefinedBehaviorSanitizer, the C ABI suite,
# the install/consumer check, the Doxygen reference (warnings are errors), the
# Python module (pytest, notebook, Dask) and the cross-front-end cases.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh

echo "== 1/5 build and test (RelWithDebInfo) =="
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/ci -j"$jobs"
ctest --test-dir build/ci --output-on-failure -j"$jobs"

echo "== 2/5 API reference (Doxygen, warnings are errors) =="
cmake --build build/ci --target docs

echo "== 3/5 build and test under ASan + UBSan =="
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLDE_SANITIZE=ON -DLDE_BUILD_DOCS=OFF >/dev/null
cmake --build build/asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j"$jobs"

if [ -f pyproject.toml ]; then
  echo "== 4/5 Python module (pip install, pytest) =="
  python3 -m pip install --quiet --upgrade pip >/dev/null
  python3 -m pip install --quiet ".[test]"
  (cd /tmp && python3 -m pytest -q "$root/tests/python")
fi

if [ -f tests/cases/compare_frontends.py ]; then
  echo "== 5/5 one answer across all front ends =="
  args=(--cli build/ci/src/cli/lde)
  clib=$(find build/ci/bindings/c -maxdepth 1 -name 'liblde_c.so*' -type f 2>/dev/null | head -n1 || true)
  [ -n "$clib" ] && args+=(--c-lib "$clib")
  python3 -c "import lde" 2>/dev/null && args+=(--python)
  python3 tests/cases/compare_frontends.py "${args[@]}" tests/cases/*.json
fi

echo "All test stages passed."
