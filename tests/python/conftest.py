"""pytest setup: tests run against whichever `lde` Python imports: a build tree's module when
PYTHONPATH (scripts/test.sh: build/ci/bindings/python/pkg) or LDE_PYTHONPATH points at
<build>/bindings/python/pkg, else the installed package (scripts/check-packaging.sh: pip install .)."""
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

if os.environ.get("LDE_PYTHONPATH"):
    sys.path.insert(0, os.environ["LDE_PYTHONPATH"])


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def small_population():
    import lde

    return lde.synthetic.population(3000, seed=7)
