"""Benchmarks of the rule core (not tests; docs/performance.md records a run).

Prints side-by-side figures, each the min and median of interleaved repeats:

1. C++ (`lde_scalar_bench`, a Release build with -DLDE_BUILD_BENCH=ON): the
   population pass against a pass that only reads the input columns, 1 vs 2
   threads, 0/1/5/20 absences per worker, one scalar decision trace off/on,
   heap allocations per worker.
2. callgrind (valgrind): instructions per worker of the population pass, the
   difference of two runs over different numbers of rows divided by the
   difference of their rows (so set-up and the parameter set do not count).
3. Python, on lde.synthetic.population(n, seed=1) at 10^5 and 10^6 workers:
   lde.evaluate_population and its C++ call alone (lde.population.evaluate_arrays
   on converted columns), against a numpy model of the same rules written the
   way OpenFisca users write formulas (bench/numpy_model.py) and a numpy pass
   that only reads the columns, and an OpenFisca model of the same rules
   (bench/openfisca: YAML parameters, vectorised formulas, absences as K padded
   column pairs) when openfisca-core is importable. Both models are first
   checked to agree with lde on every output column for every row.

    cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DLDE_BUILD_PYTHON=ON -DLDE_BUILD_BENCH=ON
    cmake --build build/rel --target lde_scalar_bench _lde
    python3 -m venv /tmp/of && /tmp/of/bin/pip install openfisca-core pandas   # bench-only dependency
    /tmp/of/bin/python bench/core.py --build build/rel [--sizes 100000 1000000] [--repeats 5] [--skip-cpp] [--skip-callgrind]
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def _callgrind_instructions(exe: str, rows: int, absences: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", exe, "--callgrind", str(rows)]
        if absences >= 0:
            cmd += ["--absences", str(absences)]
        subprocess.run(cmd, check=True, capture_output=True, text=True)
        with open(out, encoding="utf-8") as f:
            for line in f:
                if line.startswith("summary:") or line.startswith("totals:"):
                    return int(line.split()[1])
    raise RuntimeError("no instruction total in the callgrind output")


def callgrind(exe: str) -> None:
    print("\n== callgrind: instructions per worker of the population pass (1 thread) ==")
    print(f"{'absences per worker':>22} {'instructions/worker':>20}")
    for absences, label in ((-1, "Poisson(0.6)"), (0, "0"), (1, "1"), (5, "5"), (20, "20")):
        lo, hi = 2000, 12000
        a = _callgrind_instructions(exe, lo, absences)
        b = _callgrind_instructions(exe, hi, absences)
        print(f"{label:>22} {(b - a) / (hi - lo):>20,.0f}", flush=True)


def _timed(f, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        f()
        out.append(time.perf_counter() - t0)
    return out


def python_side(sizes: list[int], repeats: int, of_repeats: int) -> None:
    import numpy as np

    import lde
    import lde.population as lp

    sys.path.insert(0, HERE)
    import numpy_model
    try:
        sys.path.insert(0, os.path.join(HERE, "openfisca"))
        import model as openfisca_model  # needs openfisca-core (bench-only, see the module doc)
    except ImportError as e:
        openfisca_model = None
        print(f"(no OpenFisca comparison: {e}; run this script with a Python that has openfisca-core)")

    at = "2026-06-30"
    at_day = int(np.datetime64(at, "D").astype(np.int64))
    print("\n== Python: lde against a numpy model of the same rules (OpenFisca-style formulas) ==")
    print(f"{'workers':>9} {'what':<44} {'min s':>8} {'median s':>9} {'x lde C++ call (min/median)':>28}")
    for n in sizes:
        pop = lde.synthetic.population(n, seed=1)
        cols, rows, index = lp.worker_columns(pop.workers)
        acols, arows = lp.absence_columns(pop.absences)
        # The numpy model reads the same converted arrays (kNoDate = NaT as int64).
        w = {k: np.asarray(v) for k, v in cols.items()}
        w.setdefault("right_kind", np.ones(rows, dtype=np.int32))
        w["employer_recognised"] = w["employer_recognised"].astype(bool)
        w["employer_in_brussels"] = w["employer_in_brussels"].astype(bool)
        a = {k: np.asarray(v) for k, v in acols.items()}

        def run_lde(threads):
            return lp.evaluate_arrays((cols, rows, index), at, absences=(acols, arows), threads=threads)

        ref = run_lde(0)
        model = numpy_model.evaluate(w, a, at_day)
        bad = {k: int((np.asarray(ref[k]).astype(np.int64) != np.asarray(model[k]).astype(np.int64)).sum()) for k in ref}
        wrong = {k: v for k, v in bad.items() if v}
        if wrong:
            raise SystemExit(f"the numpy model disagrees with lde at {n} workers: {wrong}")

        if openfisca_model is not None:
            of_system, of_inputs = openfisca_model.build(w, a)  # set-up (system, padded columns), not timed
            of = openfisca_model.evaluate(of_system, of_inputs, at)
            wrong = {k: int((np.asarray(ref[k]).astype(np.int64) != np.asarray(of[k]).astype(np.int64)).sum())
                     for k in ref}
            wrong = {k: v for k, v in wrong.items() if v}
            if wrong:
                raise SystemExit(f"the OpenFisca model disagrees with lde at {n} workers: {wrong}")

        def read_only():
            s = 0
            for v in list(cols.values()) + list(acols.values()):
                s += int(np.asarray(v).view(np.uint8).sum())
            return s

        timings = {"lde C++ call, all cores": [], "lde C++ call, 1 thread": [], "lde.evaluate_population, all cores": [],
                   "numpy model (1 thread)": [], "numpy pass reading every column": []}
        for _ in range(repeats):  # interleaved: each repeat runs every contender once
            timings["lde C++ call, all cores"] += _timed(lambda: run_lde(0), 1)
            timings["lde C++ call, 1 thread"] += _timed(lambda: run_lde(1), 1)
            timings["lde.evaluate_population, all cores"] += _timed(
                lambda: lde.evaluate_population(pop.workers, at, absences=pop.absences), 1)
            timings["numpy model (1 thread)"] += _timed(lambda: numpy_model.evaluate(w, a, at_day), 1)
            timings["numpy pass reading every column"] += _timed(read_only, 1)
            if openfisca_model is not None and len(timings.setdefault("OpenFisca model (1 thread)", [])) < of_repeats:
                timings["OpenFisca model (1 thread)"] += _timed(
                    lambda: openfisca_model.evaluate(of_system, of_inputs, at), 1)
        base = timings["lde C++ call, all cores"]
        for what, t in timings.items():
            print(f"{n:>9} {what:<44} {min(t):>8.3f} {statistics.median(t):>9.3f} "
                  f"{min(t) / min(base):>13.2f} / {statistics.median(t) / statistics.median(base):<.2f}", flush=True)
        print(f"{n:>9} numpy{' and OpenFisca models agree' if openfisca_model else ' model agrees'} with lde on all "
              f"{len(ref)} columns of all {n} rows "
              f"({arows} absences, K = {int(np.bincount(a['worker'], minlength=n).max()) if arows else 0} padded pairs)")


def python_scalar(repeats: int) -> None:
    """One decision through Python (lde.evaluate, trace off) next to the same call in C++ on the
    same dossiers (lde_scalar_bench --dossiers-json times evaluate_worker on them), interleaved."""
    import json
    import tempfile

    import lde

    pop = lde.synthetic.population(5000, seed=1)
    dossiers = lde.Population.from_columns(pop.workers, pop.absences).to_dossiers()
    at = datetime.date(2026, 6, 30)
    p = lde.Parameters.default()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump([json.loads(d.to_json()) for d in dossiers], f)
        path = f.name
    t_py, t_cpp = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for d in dossiers:
            lde.evaluate(d, at, p, trace=False)
        t_py.append((time.perf_counter() - t0) / len(dossiers) * 1e9)
        out = subprocess.run([SCALAR_EXE[0], "--dossiers-json", path], check=True, capture_output=True, text=True)
        t_cpp.append(float(out.stdout.split()[0]))
    os.unlink(path)
    py, cpp = min(t_py), min(t_cpp)
    print("\n== one decision, trace off, on the same 5000 dossiers (lde.synthetic.population(5000, seed=1)) ==")
    print(f"C++ evaluate_worker {cpp:.0f} ns, Python lde.evaluate {py:.0f} ns per call (min of {repeats}): "
          f"Python / C++ = {py / cpp:.2f}")


SCALAR_EXE: list = []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build/rel", help="Release build with LDE_BUILD_BENCH and LDE_BUILD_PYTHON")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows of the C++ benchmark")
    ap.add_argument("--openfisca-repeats", type=int, default=3, help="repeats of the (slow) OpenFisca model")
    ap.add_argument("--skip-cpp", action="store_true")
    ap.add_argument("--skip-callgrind", action="store_true")
    ap.add_argument("--skip-python", action="store_true")
    args = ap.parse_args()
    exe = os.path.join(args.build, "lde_scalar_bench")
    pkg = os.path.join(args.build, "bindings", "python", "pkg")
    if os.path.isdir(pkg):
        sys.path.insert(0, pkg)
    print(f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}")
    if not args.skip_cpp:
        print("\n== C++: lde_scalar_bench ==", flush=True)
        subprocess.run([exe, "--rows", str(args.rows), "--repeats", str(args.repeats)], check=True)
    if not args.skip_callgrind:
        if shutil.which("valgrind"):
            callgrind(exe)
        else:
            print("\n(valgrind not found: no instruction counts)")
    if not args.skip_python:
        SCALAR_EXE.append(exe)
        python_scalar(args.repeats)
        python_side(args.sizes, args.repeats, args.openfisca_repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
