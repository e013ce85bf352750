"""Evaluate a population partitioned into a dask.dataframe on a LocalCluster.

When a population outgrows one machine, each partition is evaluated by
lde.evaluate_population in a worker process (the C++ loop inside uses every
core of that worker); the parameter set (a reform) travels to the workers by
pickling. Absences are joined to their partition first: in the long format,
``worker`` is the row position within the table passed to
evaluate_population, so each partition renumbers its own absences.

Run:  python examples/dask_simulation.py [n] [partitions] [workers]
"""
from __future__ import annotations

import sys

import numpy as np
import pandas as pd

import lde


def evaluate_partition(part: pd.DataFrame, absences: pd.DataFrame, at: str, parameters: lde.Parameters) -> pd.DataFrame:
    """Evaluates one partition (any index); absences refer to workers by ``worker_id``."""
    mine = absences[absences["worker_id"].isin(part["worker_id"])]
    position = pd.Series(np.arange(len(part), dtype=np.int64), index=part["worker_id"].to_numpy())
    local = pd.DataFrame({"worker": position.loc[mine["worker_id"].to_numpy()].to_numpy(),
                          "first_day": mine["first_day"].to_numpy(), "last_day": mine["last_day"].to_numpy(),
                          "reason": mine["reason"].to_numpy()})
    out = lde.evaluate_population(part, at, absences=local, parameters=parameters, threads=1)
    out.insert(0, "worker_id", part["worker_id"].to_numpy())
    # Plain dtypes so that partitions concatenate identically to the single-process result.
    out["right_kind"] = out["right_kind"].astype(object)
    out["continuation"] = out["continuation"].astype(object)
    return out


def simulate(n: int = 20_000, partitions: int = 4, workers: int = 2, at: str = "2026-06-30",
             parameters: lde.Parameters | None = None, seed: int = 42) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(distributed result, single-process result), both sorted by worker_id."""
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    parameters = parameters or lde.Parameters.default()
    pop = lde.synthetic.population(n, seed)
    absences = pop.absences.assign(worker_id=pop.workers["worker_id"].to_numpy()[pop.absences["worker"].to_numpy()])
    absences = absences.drop(columns=["worker"])

    single = evaluate_partition(pop.workers, absences, at, parameters)

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        ddf = dd.from_pandas(pop.workers, npartitions=partitions)
        abs_future = client.scatter(absences, broadcast=True)
        meta = single.iloc[:0]
        result = ddf.map_partitions(evaluate_partition, abs_future, at, parameters, meta=meta).compute()
    result = result.sort_values("worker_id").reset_index(drop=True)
    single = single.sort_values("worker_id").reset_index(drop=True)
    return result, single


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="dask_simulation.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=20_000, help="workers in the synthetic population (20000)")
    parser.add_argument("partitions", nargs="?", type=int, default=4, help="dask partitions (4)")
    parser.add_argument("workers", nargs="?", type=int, default=2, help="worker processes of the LocalCluster (2)")
    args = parser.parse_args(argv[1:])
    reform = lde.Parameters.default().with_changes({"continuation.age_at_trajectory_end": 58}, name="continuation58")
    distributed, single = simulate(args.n, args.partitions, args.workers, parameters=reform)
    pd.testing.assert_frame_equal(distributed, single)
    print(f"{args.n} workers, {args.partitions} partitions on {args.workers} processes: identical to the single-process result")
    print(distributed["continuation"].value_counts().to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
