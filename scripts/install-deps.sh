#!/usr/bin/env bash
# Installs what lde needs to build and test, idempotently, from Debian's
# packages (and PyPI for the Python side: see scripts/test.sh).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-date-time-dev nlohmann-json3-dev doctest-dev pybind11-dev libcli11-dev
  doxygen abigail-tools valgrind
  libsqlite3-dev  # the lde ledger store (src/cli/ledger_store.cpp)
  clang  # tests/fuzz (libFuzzer) and scripts/fuzz.sh; its runtime package follows below
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# libFuzzer and the sanitizer runtimes of clang: libclang-rt-<major>-dev of the installed clang
# (Debian 12: clang 14, libclang-rt-14-dev).
clang_major=$(clang --version 2>/dev/null | sed -n 's/.*clang version \([0-9][0-9]*\).*/\1/p' | head -n1)
if [ -n "$clang_major" ]; then
  rt="libclang-rt-${clang_major}-dev"
  if ! dpkg-query -W -f='${Status}' "$rt" 2>/dev/null | grep -q "install ok installed"; then
    echo "Installing Debian package: $rt"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y -qq --no-install-recommends "$rt" >/dev/null
  fi
fi

# The Python side, from PyPI: what pyproject.toml lists to build the module ([build-system]
# requires), to run it ([project] dependencies) and to test it (the "test" extra). The tests run
# against the module of the CMake build (scripts/test.sh); scripts/check-packaging.sh installs the
# package itself. pip is quick when everything is already there.
python_requirements=$(python3 - "$(dirname "$0")/../pyproject.toml" <<'PY'
import sys
try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib
with open(sys.argv[1], "rb") as f:
    project = tomllib.load(f)
requirements = project["build-system"]["requires"] + project["project"]["dependencies"]
requirements += project["project"]["optional-dependencies"]["test"]
print("\n".join(dict.fromkeys(requirements)))
PY
)
mapfile -t python_requirements <<<"$python_requirements"
if ! python3 -m pip install --quiet --disable-pip-version-check "${python_requirements[@]}"; then
  echo "install-deps: pip could not install the Python requirements of pyproject.toml" >&2
  exit 1
fi
