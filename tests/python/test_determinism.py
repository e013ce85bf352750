"""Determinism: one population, the same answer bit for bit with 1, 2 and 8 threads and in two
processes (Dask), for the worker status, the monthly budgets and the enterprise schedules."""
import numpy as np
import pandas as pd
import pytest

import lde

N = 1500
AT = "2026-06-30"
YEAR = 2026


@pytest.fixture(scope="module")
def pop():
    return lde.synthetic.population(N, seed=20260630)


@pytest.fixture(scope="module")
def reform():
    return lde.Parameters.default().with_changes({"continuation.age_at_trajectory_end": 58})


def same_bits(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Equal columns, dtypes and values, byte for byte for every numeric column."""
    assert list(a.columns) == list(b.columns)
    assert len(a) == len(b)
    for col in a.columns:
        x, y = a[col].to_numpy(), b[col].to_numpy()
        assert x.dtype == y.dtype, col
        if x.dtype.kind in "biufcmM":
            assert x.tobytes() == y.tobytes(), col
        else:  # text and categorical columns: equal values, missing in the same rows
            assert a[col].equals(b[col]), col


def status(pop, reform, threads):
    return lde.evaluate_population(pop.workers, AT, absences=pop.absences, parameters=reform, threads=threads)


def budgets(pop, reform, threads):
    return lde.monthly_compensation(pop.workers, YEAR, absences=pop.absences, parameters=reform, threads=threads)


def schedules(ents, reform, threads):
    tables = lde.enterprise_schedules(ents, YEAR, reform, threads=threads)
    return [getattr(tables, f) for f in tables._fields]


@pytest.fixture(scope="module")
def one(pop, reform):
    """The single-thread answers every other run is compared with (computed once)."""
    monthly = budgets(pop, reform, 1)
    ents = lde.synthetic.enterprises(pop.workers, monthly, YEAR)
    return {"status": status(pop, reform, 1), "budgets": monthly, "enterprises": ents,
            "schedules": schedules(ents, reform, 1)}


@pytest.mark.parametrize("threads", [2, 8])
def test_status_same_bits_whatever_the_threads(pop, reform, one, threads):
    same_bits(one["status"], status(pop, reform, threads))


@pytest.mark.parametrize("threads", [2, 8])
def test_budgets_same_bits_whatever_the_threads(pop, reform, one, threads):
    assert one["budgets"]["amount_cents"].sum() > 0
    same_bits(one["budgets"], budgets(pop, reform, threads))


@pytest.mark.parametrize("threads", [2, 8])
def test_schedules_same_bits_whatever_the_threads(reform, one, threads):
    for a, b in zip(one["schedules"], schedules(one["enterprises"], reform, threads)):
        same_bits(a, b)


def _status_partition(part, absences, parameters):
    """One partition in a worker process: its absences renumbered to the partition's rows."""
    mine = absences[absences["worker_id"].isin(part["worker_id"])]
    position = pd.Series(np.arange(len(part), dtype=np.int64), index=part["worker_id"].to_numpy())
    local = pd.DataFrame({"worker": position.loc[mine["worker_id"].to_numpy()].to_numpy(),
                          "first_day": mine["first_day"].to_numpy(), "last_day": mine["last_day"].to_numpy(),
                          "reason": mine["reason"].to_numpy()})
    out = lde.evaluate_population(part, AT, absences=local, parameters=parameters, threads=2)
    out.insert(0, "worker_id", part["worker_id"].to_numpy())
    return out


def test_two_processes_same_bits(pop, reform, one):
    """Dask, two worker processes: the status per partition, the budgets and the schedules computed
    in another process equal this process's answer bit for bit (the parameter set travels pickled)."""
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import sys

    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers need not import this test module
    absences = pop.absences.assign(worker_id=pop.workers["worker_id"].to_numpy()[pop.absences["worker"].to_numpy()])
    absences = absences.drop(columns=["worker"])
    local = _status_partition(pop.workers, absences, reform)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        ddf = dd.from_pandas(pop.workers, npartitions=4)
        abs_future = client.scatter(absences, broadcast=True)
        remote = ddf.map_partitions(_status_partition, abs_future, reform, meta=local.iloc[:0]).compute()
        remote_budgets = client.submit(budgets, pop, reform, 2, pure=False).result()
        remote_schedules = client.submit(schedules, one["enterprises"], reform, 2, pure=False).result()
        pids = set(client.run(lambda: __import__("os").getpid()).values())
    assert len(pids) == 2 and __import__("os").getpid() not in pids
    remote = remote.sort_values("worker_id").reset_index(drop=True)
    same_bits(local.sort_values("worker_id").reset_index(drop=True), remote)
    same_bits(one["budgets"], remote_budgets)
    for a, b in zip(one["schedules"], remote_schedules):
        same_bits(a, b)
