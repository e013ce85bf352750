"""The notebook runs top to bottom, and the Dask example equals the single-process result."""
import importlib.util
import os

import pandas as pd
import pytest


def test_notebook_runs_top_to_bottom(root, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("LDE_NOTEBOOK_N", "1500")
    # The notebook selects the inline backend itself (%matplotlib inline), so figures
    # become image/png outputs whatever MPLBACKEND the environment sets.
    monkeypatch.setenv("MPLBACKEND", "Agg")
    # The kernel runs in the notebook's folder: it imports the same lde as this test, whether that
    # is installed or a build tree on a (possibly relative) PYTHONPATH.
    import lde
    here = os.path.dirname(os.path.dirname(os.path.abspath(lde.__file__)))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([here] + [os.path.abspath(p) for p in
                                                             os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    path = root / "examples" / "notebooks" / "policy_simulation.ipynb"
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)


def test_dask_example_equals_single_process(root):
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    spec = importlib.util.spec_from_file_location("dask_simulation", root / "examples" / "dask_simulation.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    import lde

    reform = lde.Parameters.default().with_changes({"continuation.age_at_trajectory_end": 58})
    distributed, single = mod.simulate(n=2000, partitions=3, workers=2, parameters=reform)
    assert len(distributed) == 2000
    pd.testing.assert_frame_equal(distributed, single)


def test_dask_example_help_does_not_need_dask(root):
    # `--help` prints the usage and exits 0 (it crashed parsing "--help" as the population size).
    import subprocess
    import sys

    env = dict(os.environ)
    if os.environ.get("LDE_PYTHONPATH"):
        env["PYTHONPATH"] = os.environ["LDE_PYTHONPATH"] + os.pathsep + env.get("PYTHONPATH", "")
    r = subprocess.run([sys.executable, str(root / "examples" / "dask_simulation.py"), "--help"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "partitions" in r.stdout
