#!/usr/bin/env bash
# The Python package as a user installs it: `pip install .` builds the wheel (scikit-build-core,
# Release, the library and the extension only) and installs it; then, outside the source tree,
# the installed package is imported and the Python tests run against it (tests/python/conftest.py
# uses the installed lde when PYTHONPATH does not point at a build). CI runs this after
# scripts/test.sh (.ci/run); it takes about 4-5 minutes on 2 cores, mostly the wheel's build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/install-deps.sh
echo "== packaging: pip install . (builds the wheel) =="
python3 -m pip install --quiet --disable-pip-version-check ".[test]"
cd /tmp
unset PYTHONPATH
python3 - <<'PY'
import pathlib, lde
where = pathlib.Path(lde.__file__).resolve()
assert "site-packages" in where.parts or "dist-packages" in where.parts, f"lde imported from {where}, not the installed wheel"
print(f"installed lde {lde.__version__} at {where.parent}")
PY
echo "== packaging: pytest against the installed package =="
python3 -m pytest -q -p no:cacheprovider "$root/tests/python"
echo "Packaging check passed."
