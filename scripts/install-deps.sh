#!/usr/bin/env bash
# Installs what lde needs to build and test, idempotently, from Debian's
# packages (and PyPI for the Python side: see scripts/test.sh).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-date-time-dev nlohmann-json3-dev doctest-dev pybind11-dev
  doxygen abigail-tools
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
