"""Throughput of the population evaluation (a benchmark, not a test).

For 10^4 ... 10^MAX workers (synthetic, lde.synthetic.population), times
lde.evaluate_population on all cores (generation excluded) and compares with
a per-row loop over the scalar Python API (lde.WorkerDossier + lde.evaluate,
trace off) on a sample. Each size runs in its own process so that the peak
memory (max RSS) is that size's own.

    python bench/population.py [--max-exp 6] [--sample 2000] [--threads 0]
    python bench/population.py --tables [--max-exp 6]

``--tables`` measures populations of whole dossiers (lde.Population, issue 13)
instead: the same synthetic rows as the one-spell columns and as tables, timed
side by side (interleaved, min of 3), and the peak memory of a process that
reads a Parquet export of lde.synthetic.population_tables(n) and evaluates it,
against the size of the tables it holds plus the result.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time


def _scalar_rate(workers, absences, at: str, sample: int) -> float:
    import numpy as np
    import pandas as pd
    import lde

    def d(v):
        return None if pd.isna(v) else pd.Timestamp(v).date()

    rows = workers.head(sample)
    # Only the sample's absences: grouping all of them would dominate the process's peak memory.
    sample_absences = absences[absences["worker"] < len(rows)] if len(absences) else absences
    by_worker = {w: g for w, g in sample_absences.groupby("worker")} if len(sample_absences) else {}
    t0 = time.perf_counter()
    for i, row in enumerate(rows.itertuples(index=False)):
        kw = {"birth_date": d(row.birth_date)}
        if d(row.right_granted):
            kw["rights"] = [{"kind": str(row.right_kind), "granted": d(row.right_granted)}]
        if d(row.employment_first_day):
            e = {"employer": row.employer, "first_day": d(row.employment_first_day),
                 "employer_recognised": bool(row.employer_recognised),
                 "employer_contingent_fte": f"{row.employer_contingent:.2f}",
                 "employer_in_brussels": bool(row.employer_in_brussels)}
            if d(row.employment_last_day):
                e["last_day"] = d(row.employment_last_day)
            kw["employment"] = [e]
        if i in by_worker:
            kw["absences"] = [{"first_day": d(a.first_day), "last_day": d(a.last_day), "reason": a.reason}
                              for a in by_worker[i].itertuples()]
        if row.competence_months > 0:
            kw["competence_extensions"] = [{"months": int(row.competence_months), "approved": d(row.competence_approved)}]
        if d(row.doorstroom_first_day):
            ds = {"first_day": d(row.doorstroom_first_day), "last_day": d(row.doorstroom_last_day)}
            if d(row.external_job_found):
                ds["external_job_found"] = d(row.external_job_found)
            kw["doorstroom"] = ds
        lde.evaluate(lde.WorkerDossier(**kw), at, trace=False)
    return len(rows) / (time.perf_counter() - t0)


def one(n: int, sample: int, threads: int) -> dict:
    import lde

    pop = lde.synthetic.population(n, seed=1)
    at = "2026-06-30"
    t0 = time.perf_counter()
    df = lde.evaluate_population(pop.workers, at, absences=pop.absences, threads=threads)
    seconds = time.perf_counter() - t0
    assert len(df) == n
    # Peak memory of generation + population evaluation, before the scalar sample runs.
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    scalar = _scalar_rate(pop.workers, pop.absences, at, min(sample, n)) if sample else float("nan")
    return {"n": n, "absences": len(pop.absences), "seconds": seconds, "rate": n / seconds, "scalar_rate": scalar,
            "max_rss_mb": max_rss_mb}


def _rss_mb() -> float:
    """The process's resident memory now (Linux /proc/self/statm), in MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def one_tables(n: int, threads: int) -> dict:
    import tempfile

    import lde
    from lde.tables import table_arrays

    at = "2026-06-30"
    # Side by side: the one-spell columns and the same rows as tables.
    spell = lde.synthetic.population(n, seed=1)
    same = lde.Population.from_columns(spell.workers, spell.absences)
    t_spell, t_tables = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        a = lde.evaluate_population(spell.workers, at, absences=spell.absences, threads=threads)
        t_spell.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        b = lde.evaluate_population(same, at, threads=threads)
        t_tables.append(time.perf_counter() - t0)
    assert (a["compensated"].to_numpy() == b["compensated"].to_numpy()).all()
    del spell, same, a, b
    # Memory: a Parquet export of whole dossiers, read and evaluated in a fresh process.
    folder = tempfile.mkdtemp(prefix="lde-bench-")
    lde.synthetic.population_tables(n, seed=1).write(folder, format="parquet")
    code = (
        "import json, resource, sys, time; sys.path[:0] = " + repr(sys.path) + "\n"
        "import lde, pandas, pyarrow.parquet; from lde.tables import table_arrays\n"
        "base = int(open('/proc/self/statm').read().split()[1]) * 4096 / 2**20  # after the imports\n"
        f"pop = lde.Population.read({folder!r})\n"
        "tables, ids = table_arrays(pop)\n"
        "inp = sum(a.nbytes for t in tables.values() for a in t.values() if hasattr(a, 'nbytes'))"
        " + sum(len(s) + 8 for t in tables.values() for a in t.values() if not hasattr(a, 'nbytes') for s in a)\n"
        "held = int(open('/proc/self/statm').read().split()[1]) * 4096 / 2**20\n"
        "read_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        # Reset the peak (VmHWM) so that it measures the evaluation alone (Linux >= 4.0).
        "open('/proc/self/clear_refs', 'w').write('5')\n"
        "t0 = time.perf_counter()\n"
        f"df = lde.evaluate_population(pop, {at!r}, threads={threads})\n"
        "sec = time.perf_counter() - t0\n"
        "out = int(df.memory_usage(deep=True).sum())\n"
        "peak = [int(l.split()[1]) / 1024 for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(json.dumps({'workers': len(pop), 'rows': {k: len(next(iter(v.values()))) for k, v in tables.items() if v},"
        " 'base_mb': base, 'held_mb': held, 'read_peak_mb': read_peak, 'input_mb': inp / 2**20,"
        " 'output_mb': out / 2**20, 'peak_mb': peak, 'seconds': sec}))\n")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    m = json.loads(out.stdout.strip().splitlines()[-1])
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    return {"n": n, "spell_s": min(t_spell), "tables_s": min(t_tables), **m}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-exp", type=int, default=6, help="largest size is 10^MAX_EXP (default 6; 7 needs ~4 GB of RSS)")
    ap.add_argument("--sample", type=int, default=2000, help="rows for the scalar per-row loop (0: skip)")
    ap.add_argument("--threads", type=int, default=0, help="threads for the population run (0: all cores)")
    ap.add_argument("--tables", action="store_true", help="whole-dossier populations (lde.Population): time and memory")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_tables(args.one, args.threads) if args.tables else one(args.one, args.sample, args.threads)))
        return 0
    if args.tables:
        import lde

        print(f"lde {lde.__version__}, Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")
        print(f"{'workers':>10} {'one-spell s':>12} {'tables s':>9} {'x':>5}   {'whole dossiers: rows of each table':<60}"
              f" {'eval s':>7} {'input MB':>9} {'output MB':>10} {'held MB':>8} {'eval peak MB':>13} {'x (in+out)':>11}"
              f" {'read peak MB':>13}")
        for e in range(4, args.max_exp + 1):
            out = subprocess.run([sys.executable, __file__, "--tables", "--one", str(10 ** e), "--threads",
                                  str(args.threads)], check=True, capture_output=True, text=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            rows = " ".join(f"{k}={v}" for k, v in r["rows"].items() if k != "workers")
            # Memory above the interpreter with its imports (base): held after reading, the peak while
            # evaluating (VmHWM reset just before), and the peak while reading the Parquet files.
            held, grown, read = r["held_mb"] - r["base_mb"], r["peak_mb"] - r["base_mb"], r["read_peak_mb"] - r["base_mb"]
            print(f"{r['n']:>10} {r['spell_s']:>12.3f} {r['tables_s']:>9.3f} {r['tables_s'] / r['spell_s']:>5.2f}   "
                  f"{rows:<60} {r['seconds']:>7.2f} {r['input_mb']:>9.1f} {r['output_mb']:>10.1f} {held:>8.1f} "
                  f"{grown:>13.1f} {grown / (r['input_mb'] + r['output_mb']):>11.2f} {read:>13.1f}", flush=True)
        return 0

    import lde

    print(f"lde {lde.__version__}, Python {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} cores, {platform.platform()}")
    print(f"{'workers':>10} {'absences':>9} {'seconds':>8} {'workers/s':>11} {'scalar loop/s':>14} {'ratio':>7} "
          f"{'peak RSS MB':>12}")
    for e in range(4, args.max_exp + 1):
        out = subprocess.run([sys.executable, __file__, "--one", str(10 ** e), "--sample", str(args.sample),
                              "--threads", str(args.threads)], check=True, capture_output=True, text=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        ratio = r["rate"] / r["scalar_rate"] if r["scalar_rate"] == r["scalar_rate"] else float("nan")
        print(f"{r['n']:>10} {r['absences']:>9} {r['seconds']:>8.2f} {r['rate']:>11,.0f} {r['scalar_rate']:>14,.0f} "
              f"{ratio:>7.1f} {r['max_rss_mb']:>12,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
