"""pytest setup: tests run against the installed `lde` (pip install .), or against a
developer build when LDE_PYTHONPATH points at <build>/bindings/python/pkg."""
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
