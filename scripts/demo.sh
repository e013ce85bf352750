#!/usr/bin/env bash
# The main job on bundled data: evaluates the example worker dossier and the
# example enterprise with the `lde` command and prints each decision with its
# trace (which rule, which parameter values, which source passage).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DLDE_BUILD_TESTS=OFF -DLDE_BUILD_DOCS=OFF \
  -DLDE_BUILD_C_API=OFF >/dev/null
cmake --build build/release --target lde_cli -j"$jobs" >/dev/null

lde=build/release/src/cli/lde
echo "### Worker dossier: examples/dossiers/worker.json"
"$lde" evaluate examples/dossiers/worker.json --explain
echo
echo "### Enterprise: examples/dossiers/enterprise.json"
"$lde" evaluate examples/dossiers/enterprise.json --explain
