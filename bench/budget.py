"""Benchmark of the budget (issue 14; not a test: docs/performance.md records a run).

Prints, side by side, the min and median of interleaved repeats of a one-year monthly budget of
lde.synthetic.population(n, seed=1) (each worker at its own contractual fraction):

* lde.budget(..., by=("month",)) on all cores and on one thread (one evaluation per worker, the
  status rule on each month's first day, no worker x month table);
* lde.monthly_compensation, the reference it replaces (12 population evaluations, one row per
  worker and month);
* an OpenFisca model of the same rule (bench/openfisca/model.py, MONTH variable
  monthly_compensation over the DAY variable compensated of the month's first day), when
  openfisca-core is importable.

Before timing, the three are checked to agree to the cent: lde.budget's month totals against
OpenFisca's and the reference's, each worker's year total (lde's per-worker output) against
OpenFisca's worker rows, and at the smallest size every worker-month of the reference against
OpenFisca's. Then a multi-year run: n workers x 5 years x 3 scenarios, reported per worker-year
against the per-worker-year cost of the reference loop (monthly_compensation per year and
scenario) and its peak memory (tracemalloc of the Python side is not used: ru_maxrss deltas).

    cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DLDE_BUILD_PYTHON=ON
    cmake --build build/rel --target _lde
    python3 -m venv /tmp/of && /tmp/of/bin/pip install openfisca-core pandas numpy   # bench-only
    PYTHONPATH=build/rel/bindings/python/pkg /tmp/of/bin/python bench/budget.py [--sizes 100000 1000000]
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def _timed(f, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        f()
        out.append(time.perf_counter() - t0)
    return out


def _row(n: int, what: str, ts: list[float], ref: list[float]) -> None:
    lo, med = min(ts), statistics.median(ts)
    print(f"{n:>9} {what:<46} {lo:>8.3f} {med:>9.3f} {lo / min(ref):>10.1f}x {med / statistics.median(ref):>8.1f}x",
          flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--skip-reference", action="store_true", help="do not time lde.monthly_compensation")
    ap.add_argument("--multi-year", type=int, default=0, help="workers of the 5-year x 3-scenario run (0: largest size)")
    ap.add_argument("--enterprise", type=int, default=20_000,
                    help="workers of the enterprise-level comparison (C++ tables vs the Python composition; 0: skip)")
    args = ap.parse_args()

    import numpy as np

    import lde
    from lde.budget import _fraction_units, _run, _source

    try:
        sys.path.insert(0, os.path.join(HERE, "openfisca"))
        import model as openfisca_model  # needs openfisca-core (bench-only)
    except ImportError as e:
        openfisca_model = None
        print(f"(no OpenFisca comparison: {e}; run this script with a Python that has openfisca-core)")
    import lde.population as lp

    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"\n== One-year monthly budget ({args.year}), each worker at its own fraction ==")
    print(f"{'workers':>9} {'what':<46} {'min s':>8} {'median s':>9} {'x lde (min)':>11} {'(median)':>9}")
    year = args.year
    params = lde.Parameters.default()
    for n in args.sizes:
        pop = lde.synthetic.population(n, seed=1)
        kw = dict(by=("month",), fraction="fraction", absences=pop.absences)
        frac_units = lp._fte_units(pop.workers["fraction"], "fraction")

        # Agreement first.
        got = lde.budget(pop.workers, year, **kw)
        src = _source(pop.workers, pop.absences)
        per_worker = _run(src, params, year, year, 0, _fraction_units("fraction", n, pop.workers), None, True, 0,
                          None)["worker_cents"]
        checks = []
        if openfisca_model is not None:
            cols, rows, _ = lp.worker_columns(pop.workers)
            acols, _ = lp.absence_columns(pop.absences)
            w = {k: np.asarray(v) for k, v in cols.items()}
            w.setdefault("right_kind", np.ones(rows, dtype=np.int32))
            w["employer_recognised"] = w["employer_recognised"].astype(bool)
            w["employer_in_brussels"] = w["employer_in_brussels"].astype(bool)
            a = {k: np.asarray(v) for k, v in acols.items()}
            of_system, of_inputs = openfisca_model.build(w, a)  # set-up, not timed
            of = openfisca_model.monthly(of_system, of_inputs, frac_units, year)  # 12 x n cents
            if of.sum(axis=1).tolist() != got["amount_cents"].tolist():
                raise SystemExit(f"OpenFisca's month totals differ from lde.budget at {n} workers")
            if not (of.sum(axis=0) == per_worker).all():
                raise SystemExit(f"OpenFisca's worker totals differ from lde's at {n} workers")
            checks.append("OpenFisca month totals and worker totals")
        if not args.skip_reference and n == min(args.sizes):
            ref = lde.monthly_compensation(pop.workers, year, fraction="fraction", absences=pop.absences)
            if ref.groupby("month")["amount_cents"].sum().tolist() != got["amount_cents"].tolist():
                raise SystemExit(f"lde.monthly_compensation's month totals differ from lde.budget at {n} workers")
            if openfisca_model is not None:
                cells = ref["amount_cents"].to_numpy().reshape(12, n)
                if not (cells == of).all():
                    raise SystemExit("OpenFisca and lde.monthly_compensation differ on a worker-month")
                checks.append(f"every one of the {12 * n:,} worker-months of OpenFisca and the reference")
            checks.append("the reference's month totals")
        print(f"{n:>9} agree to the cent: {', '.join(checks) or 'nothing to compare with'}", flush=True)

        timings: dict[str, list[float]] = {"lde.budget, all cores": [], "lde.budget, 1 thread": []}
        if not args.skip_reference:
            timings["lde.monthly_compensation (reference), all cores"] = []
        if openfisca_model is not None:
            timings["OpenFisca model (1 thread)"] = []
        for _ in range(args.repeats):  # interleaved
            timings["lde.budget, all cores"] += _timed(lambda: lde.budget(pop.workers, year, **kw), 1)
            timings["lde.budget, 1 thread"] += _timed(lambda: lde.budget(pop.workers, year, threads=1, **kw), 1)
            if not args.skip_reference:
                timings["lde.monthly_compensation (reference), all cores"] += _timed(
                    lambda: lde.monthly_compensation(pop.workers, year, fraction="fraction", absences=pop.absences), 1)
            if openfisca_model is not None:
                timings["OpenFisca model (1 thread)"] += _timed(
                    lambda: openfisca_model.monthly(of_system, of_inputs, frac_units, year), 1)
        base = timings["lde.budget, all cores"]
        for what, ts in timings.items():
            _row(n, what, ts, base)
        if openfisca_model is not None:
            of_t, one = timings["OpenFisca model (1 thread)"], timings["lde.budget, 1 thread"]
            print(f"{n:>9} OpenFisca / lde.budget: {min(of_t) / min(base):.1f}x (all cores), "
                  f"{min(of_t) / min(one):.1f}x (1 thread against 1 thread)", flush=True)

    n = args.multi_year or max(args.sizes)
    pop = lde.synthetic.population(n, seed=1)
    scen = {"baseline": params,
            "rate +5%": params.with_changes({"compensation.annual_rate_per_fte": [
                {"from": "2027-01-01", "value": "13230.00", "source": "bench"}]}, name="rate +5%"),
            "trajectory 4 years": params.with_changes({"trajectory.length_years": [
                {"from": "2026-01-01", "value": 4, "source": "bench"}]}, name="trajectory 4 years")}
    print(f"\n== {n:,} workers x 5 years x 3 scenarios, by year ==")
    t = _timed(lambda: lde.budget(pop.workers, (2026, 2030), scen, fraction="fraction", absences=pop.absences), 1)[0]
    per = t / (n * 5 * 3)
    print(f"lde.budget: {t:.2f} s, {per * 1e6:.3f} us per worker-year")
    if not args.skip_reference:
        m = min(args.sizes)
        small = lde.synthetic.population(m, seed=1)
        tr = _timed(lambda: lde.monthly_compensation(small.workers, 2026, fraction="fraction",
                                                     absences=small.absences), 1)[0]
        ref_per = tr / m
        print(f"reference loop (lde.monthly_compensation per year and scenario, {m:,} workers): "
              f"{ref_per * 1e6:.3f} us per worker-year; lde.budget takes {per / ref_per:.3f} of it "
              f"(1/{ref_per / per:.0f})")
    if args.enterprise and getattr(lde._lde, "_BUDGET_TABLES", False):
        m = args.enterprise
        small = lde.synthetic.population(m, seed=1)
        tables = _tables_of(small)
        frac = small.workers["fraction"].to_numpy()
        print(f"\n== Enterprise level, {m:,} workers, 2026 (capped at each employer's contingent) ==")
        t0 = time.perf_counter()
        fast = lde.enterprise_budget(tables, 2026, fraction=frac, by_employer=True)
        t_fast = time.perf_counter() - t0
        t0 = time.perf_counter()
        slow = lde.enterprise_budget(small.workers, 2026, absences=small.absences, by_employer=True)
        t_slow = time.perf_counter() - t0
        a = fast.set_index("employer")["enterprise_level_cents"]
        b = slow.set_index("employer")["enterprise_level_cents"]
        same = all(int(a.get(k, 0)) == int(v) for k, v in b.items()) and all(int(b.get(k, 0)) == int(v) for k, v in a.items())
        print(f"C++ (population tables): {t_fast:.2f} s; Python composition (monthly_compensation + "
              f"lde.synthetic.enterprises + enterprise_schedules): {t_slow:.2f} s; {t_slow / t_fast:.0f}x; "
              f"{'the same' if same else 'DIFFERENT'} rights for all {len(b)} employers")
    return 0


def _tables_of(pop):
    """The synthetic population as issue 13's tables (one right and one employment row per worker)."""
    import numpy as np

    w, a = pop.workers, pop.absences
    nat = np.iinfo(np.int64).min
    days = lambda s: s.to_numpy().astype("datetime64[D]").astype(np.int64)  # noqa: E731
    granted, first, last = days(w["right_granted"]), days(w["employment_first_day"]), days(w["employment_last_day"])
    has_r, has_e = granted != nat, first != nat
    comp = w["competence_months"].to_numpy() > 0
    ds_first, ds_last, job = days(w["doorstroom_first_day"]), days(w["doorstroom_last_day"]), days(w["external_job_found"])
    has_d = ds_first != nat
    rows = np.arange(len(w), dtype=np.int64)
    kinds = {"lde": 1, "maatwerk": 2, "vop": 3}
    reasons = {"illness": 1, "accident": 2, "maternity_leave": 3, "paternity_leave": 4, "adoption_leave": 5, "other": 6}
    return {
        "workers": {"birth_date": days(w["birth_date"])},
        "rights": {"worker": rows[has_r], "granted": granted[has_r],
                   "kind": np.array([kinds[k] for k in w["right_kind"].astype(str)], dtype=np.int32)[has_r]},
        "employment": {"worker": rows[has_e], "first_day": first[has_e], "last_day": last[has_e],
                       "employer": list(w["employer"][has_e]),
                       "employer_recognised": w["employer_recognised"].to_numpy().astype(np.uint8)[has_e],
                       "employer_contingent": np.rint(w["employer_contingent"].to_numpy() * 10000).astype(np.int64)[has_e],
                       "employer_in_brussels": w["employer_in_brussels"].to_numpy().astype(np.uint8)[has_e]},
        "absences": {"worker": a["worker"].to_numpy().astype(np.int64), "first_day": days(a["first_day"]),
                     "last_day": days(a["last_day"]), "reason": np.array([reasons[r] for r in a["reason"]], dtype=np.int32)},
        "competence_extensions": {"worker": rows[comp], "months": w["competence_months"].to_numpy().astype(np.int32)[comp],
                                  "approved": days(w["competence_approved"])[comp]},
        "doorstroom": {"worker": rows[has_d], "first_day": ds_first[has_d], "last_day": ds_last[has_d],
                       "external_job_found": job[has_d]},
    }


if __name__ == "__main__":
    sys.exit(main())
