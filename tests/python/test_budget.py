"""lde.budget, lde.budget_difference, lde.attribution (issue 14) against the reference
lde.monthly_compensation (12 population evaluations per year) and evaluate() per month."""
import datetime as dt
import decimal
import itertools
import math
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

import lde
from lde.budget import changed_parameters, weight_units

from helpers import dossier_of_row


@pytest.fixture(scope="module")
def synthetic():
    pop = lde.synthetic.population(600, seed=14)
    dossiers = [dossier_of_row(pop.workers, pop.absences, i) for i in range(len(pop.workers))]
    return pop, dossiers


def reform_mid_year():
    # The rate rises on 1 July 2026 (a month boundary: the reference reads the rate on each month's
    # first day, which I-23 then agrees with) and the trajectory shortens from 2026-01-01.
    return lde.Parameters.default().with_changes({
        "compensation.annual_rate_per_fte": [{"from": "2026-07-01", "value": "13250.00", "source": "test"}],
        "trajectory.length_years": [{"from": "2026-01-01", "value": 4, "source": "test"}],
    }, name="reform A")


@pytest.mark.parametrize("reform", [False, True])
def test_budget_by_month_equals_monthly_compensation_to_the_cent(synthetic, reform):
    pop, dossiers = synthetic
    params = reform_mid_year() if reform else lde.Parameters.default()
    ref = lde.monthly_compensation(pop.workers, 2026, fraction="fraction", absences=pop.absences, parameters=params)
    want = ref.groupby("month")["amount_cents"].sum()
    paid = ref.groupby("month")["compensated"].sum()
    got = lde.budget(dossiers, 2026, {"s": params}, by=("year", "month"), fraction=pop.workers["fraction"].to_numpy())
    assert list(got["month"]) == list(range(1, 13))
    assert got["amount_cents"].tolist() == want.tolist()
    assert got["workers_compensated"].tolist() == paid.tolist()
    assert got["amount_cents"].dtype == np.int64
    assert got["amount_cents"].sum() > 0


def test_weighted_budget_is_the_exactly_rounded_weighted_sum_of_each_workers_months(synthetic):
    pop, dossiers = synthetic
    rng = np.random.default_rng(3)
    n = len(dossiers)
    weights = np.round(rng.uniform(0, 50, n), 3)
    params = reform_mid_year()
    ref = lde.monthly_compensation(pop.workers, 2026, fraction="fraction", absences=pop.absences, parameters=params)
    units = weight_units(weights, n)
    got = lde.budget(dossiers, 2026, {"r": params}, by=("quarter",), weights=weights,
                     fraction=pop.workers["fraction"].to_numpy())
    for q in range(1, 5):
        part = ref[(ref["month"] - 1) // 3 + 1 == q]
        exact = sum(Fraction(int(units[w]) * int(c), 10 ** 6) for w, c in zip(part["worker"], part["amount_cents"]))
        half_up = math.floor(exact + Fraction(1, 2))
        assert int(got.loc[got["quarter"] == q, "amount_cents"].iloc[0]) == half_up
    # Integer weights: the weighted sum is an integer number of cents, workers are integers.
    iw = rng.integers(0, 5, n)
    g = lde.budget(dossiers, 2026, {"r": params}, weights=iw, fraction=pop.workers["fraction"].to_numpy())
    assert int(g["amount_cents"].iloc[0]) == int(sum(iw[w] * c for w, c in zip(ref["worker"], ref["amount_cents"])))
    assert g["workers_compensated"].dtype == np.int64


def test_years_scenarios_difference_and_groups(synthetic):
    _, dossiers = synthetic
    scen = {"baseline": lde.Parameters.default(), "reform A": reform_mid_year()}
    df = lde.budget(dossiers, range(2025, 2028), scen, by=("year", "right_kind"))
    assert set(df["scenario"]) == set(scen)
    assert set(df["right_kind"]) <= {"none", "lde", "maatwerk", "vop"}
    total = lde.budget(dossiers, "2025..2027", scen, by=())
    for name in scen:
        assert df[df["scenario"] == name]["amount_cents"].sum() == int(total[total["scenario"] == name]["amount_cents"].iloc[0])
    diff = lde.budget_difference(lde.budget(dossiers, (2025, 2027), scen), baseline="baseline")
    assert list(diff["scenario"].unique()) == ["reform A"]
    by_year = lde.budget(dossiers, (2025, 2027), scen)
    for y in (2025, 2026, 2027):
        a = by_year[(by_year["scenario"] == "reform A") & (by_year["year"] == y)]["amount_cents"].iloc[0]
        b = by_year[(by_year["scenario"] == "baseline") & (by_year["year"] == y)]["amount_cents"].iloc[0]
        assert diff[diff["year"] == y]["amount_cents"].iloc[0] == a - b
    assert lde.budget(dossiers, 2026, scen, difference="baseline").equals(
        lde.budget_difference(lde.budget(dossiers, 2026, scen), "baseline"))
    # The FTE figures: a full-time worker compensated all year counts one FTE-year.
    one = lde.WorkerDossier(birth_date="1980-01-01", rights=[{"kind": "lde", "granted": "2025-06-01"}],
                            employment=[{"employer": "A", "first_day": "2025-07-01"}])
    f = lde.budget([one], (2026, 2027), by="year")
    assert f["fte_years"].tolist() == [1.0, 1.0]
    assert f["fte_days"].tolist() == [365.0, 365.0]
    # Each month rounded once (I-12): Σ round(12600.00 × days / 365) is 1,260,004 cents, not 1,260,000.
    days = [(dt.date(2026 + (m == 12), m % 12 + 1, 1) - dt.date(2026, m, 1)).days for m in range(1, 13)]
    per_year = sum(math.floor(Fraction(1260000 * d, 365) + Fraction(1, 2)) for d in days)
    assert per_year == 1260004
    assert f["amount_cents"].tolist() == [per_year, per_year]


def test_bad_arguments_are_named(synthetic):
    _, dossiers = synthetic
    cases = [
        (dict(years="2026..20x"), "years"),
        (dict(years=[2026, 2028]), "years"),
        (dict(by=("yaer",)), "by"),
        (dict(fraction=1.5), "fraction"),
        (dict(weights=np.full(len(dossiers), 1 / 3)), "weights[0]"),
        (dict(weights=np.full(len(dossiers), -1.0)), "weights[0]"),
        (dict(weights=np.ones(3)), "weights"),
        (dict(scenarios={"x": "not params"}), "scenarios['x']"),
        (dict(threads=5000), "threads"),
    ]
    for kw, field in cases:
        args = dict(years=2026)
        args.update(kw)
        with pytest.raises(lde.Error) as e:
            lde.budget(dossiers, args.pop("years"), args.pop("scenarios", None), **args)
        assert e.value.field == field, kw
    w = [decimal.Decimal("1.5")] * len(dossiers)
    assert lde.budget(dossiers, 2026, weights=w)["workers_compensated"].dtype == np.float64


def test_progress_bar_on_request_and_off_when_not_interactive(synthetic, capsys):
    _, dossiers = synthetic
    a = lde.budget(dossiers, 2026, progress=True)
    err = capsys.readouterr().err
    assert "budget" in err  # tqdm writes its bar to stderr
    b = lde.budget(dossiers, 2026)
    assert capsys.readouterr().err == ""  # not a terminal: no bar
    assert a.equals(b)


def _reform_three():
    return lde.Parameters.default().with_changes({
        "compensation.annual_rate_per_fte": [{"from": "2026-03-17", "value": "13500.00", "source": "test"}],
        "trajectory.length_years": [{"from": "2025-01-01", "value": 4, "source": "test"}],
        "trajectory.competence_max_months": [{"from": "2020-01-01", "value": 24, "source": "test"}],
    }, name="three changes")


@pytest.mark.parametrize("method", ["shapley", "sequential"])
def test_attribution_adds_up_exactly_in_total_and_per_worker(synthetic, method):
    pop, dossiers = synthetic
    reform = _reform_three()
    w = np.random.default_rng(5).integers(1, 30, len(dossiers)) / 4  # decimals .25, .5, .75
    att = lde.attribution(dossiers, (2025, 2027), lde.Parameters.default(), reform, method=method, weights=w,
                          per_worker=True)
    total = lde.budget(dossiers, (2025, 2027), {"b": lde.Parameters.default(), "r": reform}, by=(), weights=w)
    diff = int(total["amount_cents"].iloc[1]) - int(total["amount_cents"].iloc[0])
    assert att.reform_cents - att.baseline_cents == diff
    assert int(att.total["contribution_cents"].sum()) == diff
    changed = changed_parameters(lde.Parameters.default(), reform)
    assert sorted(att.total["parameter"]) == sorted(changed)
    assert len(changed) == 3
    cols = list(att.total["parameter"])
    assert (att.workers[cols].sum(axis=1) == att.workers["difference_cents"]).all()
    assert att.workers["difference_cents"].abs().sum() > 0


def test_shapley_equals_the_average_over_orders_and_sequential_depends_on_order(synthetic):
    _, dossiers = synthetic
    base, reform = lde.Parameters.default(), _reform_three()
    names = changed_parameters(base, reform)
    seq = {}
    for order in itertools.permutations(names):
        a = lde.attribution(dossiers, 2026, base, reform, method="sequential", order=order)
        seq[order] = dict(zip(a.total["parameter"], a.total["contribution_cents"]))
    sh = lde.attribution(dossiers, 2026, base, reform)
    for name in names:
        exact = Fraction(sum(s[name] for s in seq.values()), len(seq))
        got = int(sh.total.set_index("parameter").loc[name, "contribution_cents"])
        assert abs(got - exact) < 1  # the exact average, rounded to a neighbouring cent
    with pytest.raises(lde.Error) as e:
        lde.attribution(dossiers, 2026, base, reform, order=names[:2])
    assert e.value.field == "order"


def test_apportion_rounding_adds_up():
    from lde.budget import _apportion, _apportion_rows

    assert _apportion([Fraction(1, 3)] * 3, 1) == [1, 0, 0]
    assert _apportion([Fraction(1, 3)] * 3, 2) == [1, 1, 0]
    assert _apportion([Fraction(-5, 2), Fraction(7, 2)], 1) == [-2, 3] or sum(_apportion([Fraction(-5, 2), Fraction(7, 2)], 1)) == 1
    num = np.array([[1, 1, 1], [-1, 4, 0], [6, 0, 0]], dtype=np.int64)
    out = _apportion_rows(num, 3, np.array([1, 1, 2]))
    assert out.sum(axis=1).tolist() == [1, 1, 2]
    assert (np.abs(out * 3 - num) < 3).all()


def test_worker_dataframe_gives_the_budget_of_its_dossiers_and_names_bad_rows(synthetic):
    pop, dossiers = synthetic
    scen = {"baseline": lde.Parameters.default(), "reform A": reform_mid_year()}
    workers = pop.workers.assign(weight=np.arange(len(pop.workers)) % 7)
    a = lde.budget(workers, (2025, 2027), scen, by=("year", "quarter", "continuation"), absences=pop.absences,
                   fraction="fraction", weights="weight")
    b = lde.budget(dossiers, (2025, 2027), scen, by=("year", "quarter", "continuation"),
                   fraction=pop.workers["fraction"].to_numpy(), weights=workers["weight"].to_numpy())
    pd.testing.assert_frame_equal(a, b)
    bad = pop.workers.copy()
    bad.loc[3, "employment_first_day"] = pd.Timestamp("1900-01-01")
    with pytest.raises(lde.Error) as e:
        lde.budget(bad, 2026, absences=pop.absences)
    assert e.value.field.startswith("rows[3].")


def _tables_of(pop):
    """The synthetic population in the tables format of issue 13 (dict of numpy arrays)."""
    w = pop.workers
    n = len(w)
    nat = np.iinfo(np.int64).min
    days = lambda s: s.to_numpy().astype("datetime64[D]").astype(np.int64)  # noqa: E731
    granted, first, last = days(w["right_granted"]), days(w["employment_first_day"]), days(w["employment_last_day"])
    has_r, has_e = granted != nat, first != nat
    kinds = {"lde": 1, "maatwerk": 2, "vop": 3}
    comp = w["competence_months"].to_numpy() > 0
    ds_first, ds_last, job = days(w["doorstroom_first_day"]), days(w["doorstroom_last_day"]), days(w["external_job_found"])
    has_d = ds_first != nat
    rows = np.arange(n, dtype=np.int64)
    reasons = {"illness": 1, "accident": 2, "maternity_leave": 3, "paternity_leave": 4, "adoption_leave": 5, "other": 6}
    a = pop.absences
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
                     "last_day": days(a["last_day"]),
                     "reason": np.array([reasons[r] for r in a["reason"]], dtype=np.int32)},
        "competence_extensions": {"worker": rows[comp], "months": w["competence_months"].to_numpy().astype(np.int32)[comp],
                                  "approved": days(w["competence_approved"])[comp]},
        "doorstroom": {"worker": rows[has_d], "first_day": ds_first[has_d], "last_day": ds_last[has_d],
                       "external_job_found": job[has_d]},
    }


@pytest.mark.skipif(not lde._lde._BUDGET_TABLES, reason="needs the population tables of issue 13")
def test_population_tables_give_the_budget_of_the_worker_dataframe(synthetic):
    pop, _ = synthetic
    scen = {"baseline": lde.Parameters.default(), "reform A": reform_mid_year()}
    tables = _tables_of(pop)
    frac = pop.workers["fraction"].to_numpy()
    a = lde.budget(tables, (2025, 2027), scen, by=("year", "right_kind"), fraction=frac, weights=np.arange(len(frac)) % 3)
    b = lde.budget(pop.workers, (2025, 2027), scen, by=("year", "right_kind"), absences=pop.absences, fraction=frac,
                   weights=np.arange(len(frac)) % 3)
    pd.testing.assert_frame_equal(a, b)
    tables["employment"]["first_day"] = tables["employment"]["first_day"].copy()
    tables["employment"]["first_day"][4] = np.int64(-30000)  # 1887: before the worker's birth
    with pytest.raises(lde.Error) as e:
        lde.budget(tables, 2026)
    assert e.value.field.startswith("employment[4]") or e.value.field.startswith("workers[")


def test_dask_dataframe_on_a_local_cluster_gives_the_single_process_budget():
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    pop = lde.synthetic.population(3000, seed=8)
    workers = pop.workers.assign(weight=(np.arange(3000) % 9) / 4)
    scen = {"baseline": lde.Parameters.default(), "reform A": reform_mid_year()}
    kw = dict(by=("year", "quarter", "right_kind"), fraction="fraction", weights="weight", absences=pop.absences)
    local = lde.budget(workers, (2025, 2026), scen, **kw)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        remote = lde.budget(dd.from_pandas(workers, npartitions=5), (2025, 2026), scen, **kw)
    pd.testing.assert_frame_equal(local, remote)
    with pytest.raises(lde.Error) as e:
        lde.budget(dd.from_pandas(workers, npartitions=2), 2026, weights=np.ones(3000))
    assert e.value.field == "weights"


def test_enterprise_level_beside_the_worker_level():
    pop = lde.synthetic.population(400, seed=21)
    scen = {"baseline": lde.Parameters.default(), "reform A": reform_mid_year()}
    df = lde.enterprise_budget(pop.workers, 2026, scen, absences=pop.absences)
    for name, p in scen.items():
        row = df[df["scenario"] == name].iloc[0]
        monthly = lde.monthly_compensation(pop.workers, 2026, fraction="fraction", absences=pop.absences, parameters=p)
        assert row["worker_level_cents"] == int(monthly["amount_cents"].sum())
        tables = lde.enterprise_schedules(lde.synthetic.enterprises(pop.workers, monthly, 2026), 2026, p)
        assert row["enterprise_level_cents"] == int(tables.quarters["right_cents"].sum())
        assert row["capped_cents"] == row["worker_level_cents"] - row["enterprise_level_cents"]
    # A contingent far below the hires caps the enterprise level.
    tight = pop.workers.assign(employer_contingent=0.01)
    capped = lde.enterprise_budget(tight, 2026, absences=pop.absences)
    assert capped["enterprise_level_cents"].iloc[0] < df[df["scenario"] == "baseline"]["enterprise_level_cents"].iloc[0]
    assert capped["capped_cents"].iloc[0] > 0


def test_a_rate_changing_inside_a_month_counts_day_by_day_in_both(synthetic):
    """I-23: lde.budget and the reference lde.monthly_compensation agree on every month when the
    rate changes on the 17th, and equal the advance of a one-worker enterprise."""
    pop, dossiers = synthetic
    mid = lde.Parameters.default().with_changes({"compensation.annual_rate_per_fte": [
        {"from": "2026-03-17", "value": "13000.00", "source": "test"}]}, name="mid-March")
    ref = lde.monthly_compensation(pop.workers, 2026, fraction="fraction", absences=pop.absences, parameters=mid)
    got = lde.budget(dossiers, 2026, {"m": mid}, by="month", fraction=pop.workers["fraction"].to_numpy())
    assert got["amount_cents"].tolist() == ref.groupby("month")["amount_cents"].sum().tolist()
    # 1.00 FTE in March 2026: (12600 × 16 + 13000 × 15) / 365 = 1086.58 (I-23 by hand).
    march = ref[(ref["month"] == 3) & ref["compensated"]]
    full = pop.workers["fraction"].to_numpy()[march["worker"].to_numpy()] == 1.0
    assert set(march["amount_cents"][full]) == {108658}


def test_a_bad_weight_in_a_column_names_its_row(synthetic):
    pop, dossiers = synthetic
    workers = pop.workers.assign(weight=1.0)
    workers.loc[7, "weight"] = -2.0
    with pytest.raises(lde.Error) as e:
        lde.budget(workers, 2026, weights="weight", absences=pop.absences)
    assert e.value.field == "workers[7].weight"
    with pytest.raises(lde.Error) as e:
        lde.attribution(dossiers, 2026, lde.Parameters.default(), reform_mid_year(), weights="weight")
    assert e.value.field == "weights"


@pytest.mark.skipif(not lde._lde._BUDGET_TABLES, reason="needs the population tables of issue 13")
def test_enterprise_level_in_cpp_from_tables_equals_the_python_composition():
    pop = lde.synthetic.population(500, seed=33)
    scen = {"baseline": lde.Parameters.default(), "reform A": reform_mid_year()}
    frac = pop.workers["fraction"].to_numpy()
    tables = _tables_of(pop)
    fast = lde.enterprise_budget(tables, (2025, 2026), scen, fraction=frac, by_employer=True)
    slow = lde.enterprise_budget(pop.workers, (2025, 2026), scen, absences=pop.absences, by_employer=True)
    slow = slow[(slow["worker_level_cents"] != 0) | (slow["enterprise_level_cents"] != 0)]
    key = ["scenario", "year", "employer"]
    merged = slow.merge(fast, on=key, how="outer", suffixes=("_py", "_cpp")).fillna(0)
    assert len(merged) > 10
    for c in ("worker_level_cents", "enterprise_level_cents"):
        assert (merged[c + "_py"].astype(np.int64) == merged[c + "_cpp"].astype(np.int64)).all(), c
    total = lde.enterprise_budget(tables, (2025, 2026), scen, fraction=frac)
    wl = lde.budget(tables, (2025, 2026), scen, fraction=frac)
    assert total["worker_level_cents"].tolist() == wl["amount_cents"].tolist()
    with pytest.raises(lde.Error) as e:
        lde.enterprise_budget(tables, 2026, fraction="fraction")
    assert e.value.field == "fraction"


def test_an_lde_population_of_whole_dossiers_gives_the_budget_of_its_dossiers():
    if not hasattr(lde, "Population") or not hasattr(lde.synthetic, "population_tables"):
        pytest.skip("needs lde.Population (issue 13)")
    pop = lde.synthetic.population_tables(400, seed=5)
    scen = {"baseline": lde.Parameters.default(), "reform A": reform_mid_year()}
    a = lde.budget(pop, (2025, 2027), scen, by=("year", "right_kind"), weights=np.arange(len(pop)) % 4)
    b = lde.budget(pop.to_dossiers(), (2025, 2027), scen, by=("year", "right_kind"), weights=np.arange(len(pop)) % 4)
    pd.testing.assert_frame_equal(a, b)
    assert a["amount_cents"].sum() > 0
    e = lde.enterprise_budget(pop, (2025, 2027), scen)
    assert e["worker_level_cents"].tolist() == lde.budget(pop, (2025, 2027), scen)["amount_cents"].tolist()
    assert (e["enterprise_level_cents"] > 0).all()
