"""lde.Population (issue 13): whole dossiers as tables keyed by worker id, equal to the scalar API.

(a) every case of tests/cases with a worker dossier, one Population per evaluation date, gives the
scalar decision's values in every output column (and the case's own expectations); (b) random and
synthetic dossiers round-trip dossier -> tables -> dossier (JSON equal) and evaluate like the scalar
call; (c) bad input is a named error; (d) pickling, sample, len, files."""
import datetime as dt
import json
import pickle
import random
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import lde
from lde import _lde

ROOT = Path(__file__).resolve().parents[2]
AT = "2026-06-30"


def _day(v):
    return None if v is None or pd.isna(v) else pd.Timestamp(v).date()


def assert_row_equals_decision(row, d, where):
    """Every output column of a Population row against the scalar decision of its dossier."""
    assert (None if pd.isna(row.right_kind) else str(row.right_kind)) == d.right_kind, where
    assert bool(row.right_valid) == d.right_valid, where
    assert _day(row.right_last_day) == d.right_last_day, where
    assert bool(row.hiring_eligible) == bool(d.hiring_eligible), where  # None (no employment) -> False
    assert _day(row.trajectory_first_day) == d.trajectory_first_day, where
    assert _day(row.trajectory_last_day) == d.trajectory_last_day, where
    assert row.absence_extension_days == d.absence_extension_days, where
    assert row.competence_extension_months == d.competence_extension_months, where
    assert row.continuation == d.continuation, where
    assert bool(row.in_trajectory) == d.in_trajectory, where
    assert bool(row.in_continuation) == d.in_continuation, where
    assert bool(row.compensated) == d.compensated, where
    assert int(row.reason) == d.reason, where
    assert _day(row.continuation_first_day) == d.continuation_from, where
    assert (None if pd.isna(row.right_ended) else row.right_ended) == d.right_ended, where
    gone = not d.right_valid and d.right_kind is not None  # I-25: the last right, when none is in force
    assert (None if pd.isna(row.right_last_in_force_kind) else row.right_last_in_force_kind) == \
        (d.right_kind if gone else None), where
    assert _day(row.right_last_in_force_last_day) == (d.right_last_day if gone else None), where


# (a) ------------------------------------------------------------------------------------------ cases

def _worker_cases():
    out = []
    for path in sorted((ROOT / "tests" / "cases").glob("*.json")):
        for case in json.loads(path.read_text()).get("cases", []):
            if "worker" in case and "expect_error" not in case:
                out.append(case)
    return out


_EXPECT = {  # case paths (docs/format.md) -> the population column that holds them
    "right.kind": lambda r: "none" if pd.isna(r.right_kind) else str(r.right_kind),
    "right.valid": lambda r: bool(r.right_valid),
    "right.last_day": lambda r: None if pd.isna(r.right_last_day) else str(_day(r.right_last_day)),
    "right.ended": lambda r: None if pd.isna(r.right_ended) else r.right_ended,
    "hiring.eligible": lambda r: bool(r.hiring_eligible),
    "trajectory.first_day": lambda r: None if pd.isna(r.trajectory_first_day) else str(_day(r.trajectory_first_day)),
    "trajectory.last_day": lambda r: None if pd.isna(r.trajectory_last_day) else str(_day(r.trajectory_last_day)),
    "trajectory.absence_extension_days": lambda r: int(r.absence_extension_days),
    "trajectory.competence_extension_months": lambda r: int(r.competence_extension_months),
    "continuation": lambda r: str(r.continuation),
    "continuation_detail.from": lambda r: None if pd.isna(r.continuation_first_day)
    else str(_day(r.continuation_first_day)),
    "status.in_trajectory": lambda r: bool(r.in_trajectory),
    "status.in_continuation": lambda r: bool(r.in_continuation),
    "status.compensated": lambda r: bool(r.compensated),
}


def test_every_worker_case_as_one_population_per_date_equals_the_scalar_decision():
    groups = defaultdict(list)
    for case in _worker_cases():
        groups[(case["at"], json.dumps(case.get("parameters"), sort_keys=True))].append(case)
    assert sum(map(len, groups.values())) >= 50 and len(groups) >= 10
    checked = 0
    for (at, changes), cases in sorted(groups.items()):
        params = None if changes == "null" else lde.Parameters.default().with_changes(json.loads(changes))
        pop = lde.Population.from_dossiers([c["worker"] for c in cases], ids=[c["id"] for c in cases])
        df = lde.evaluate_population(pop, at, parameters=params)
        assert list(df.index) == [c["id"] for c in cases]
        for case in cases:
            row = df.loc[case["id"]]
            d = lde.evaluate(lde.WorkerDossier.from_json(case["worker"]), at, params, trace=False)
            assert_row_equals_decision(row, d, case["id"])
            for key, want in case.get("expect", {}).items():
                if key in _EXPECT:
                    assert _EXPECT[key](row) == want, (case["id"], key)
                    checked += 1
            assert json.loads(pop.dossier(case["id"]).to_json()) == \
                json.loads(lde.WorkerDossier.from_json(case["worker"]).to_json()), case["id"]
    assert checked >= 40


# (b) ---------------------------------------------------------------------------------- random dossiers

def _iso(day):
    return (dt.date(1970, 1, 1) + dt.timedelta(days=int(day))).isoformat()


def random_dossier(rng: random.Random) -> dict:
    """A valid dossier with lists of 0-3 items: sequential employers, absences, approvals, non-cooperation."""
    birth = rng.randint(-3650, 12000)
    base = max(birth + 18 * 365, 16000)  # at least 18 years old, from 2013 on
    d = {"birth_date": _iso(birth)}
    kinds = ["lde", "maatwerk", "vop"]
    d["rights"] = [{"kind": rng.choice(kinds), "granted": _iso(base + k * rng.randint(200, 1500))}
                   for k in range(rng.choice([0, 1, 1, 2, 3]))]
    emp, day = [], base + rng.randint(0, 300)
    for k in range(rng.choice([0, 1, 1, 2, 3])):
        e = {"employer": f"E{k}", "first_day": _iso(day), "employer_recognised": rng.random() < 0.9,
             "employer_contingent_fte": rng.choice(["1.00", "0.5", "12.25", "0", "3.1234"]),
             "employer_in_brussels": rng.random() < 0.1}
        if rng.random() < 0.6:
            day += rng.randint(100, 1500)
            e["last_day"] = _iso(day)
            day += rng.randint(1, 60)
            emp.append(e)
        else:
            emp.append(e)
            break
    d["employment"] = emp
    d["absences"] = []
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        f = base + rng.randint(0, 2000)
        d["absences"].append({"first_day": _iso(f), "last_day": _iso(f + rng.randint(0, 200)),
                              "reason": rng.choice(["illness", "accident", "maternity_leave", "paternity_leave",
                                                    "adoption_leave", "other"])})
    d["competence_extensions"] = [{"months": rng.randint(1, 18), "approved": _iso(base + rng.randint(800, 2000))}
                                  for _ in range(rng.choice([0, 0, 1, 2]))]
    if rng.random() < 0.4:
        f = base + rng.randint(1000, 2000)
        ds = {"first_day": _iso(f), "last_day": _iso(f + rng.randint(30, 400))}
        if rng.random() < 0.4:
            ds["external_job_found"] = _iso(f + rng.randint(0, 300))
        ds["non_cooperation"] = [{"first_day": _iso(f + 10 + 60 * k), "last_day": _iso(f + 40 + 60 * k)}
                                 for k in range(rng.choice([0, 1, 2]))]
        d["doorstroom"] = ds
    if rng.random() < 0.2:
        letter = base + rng.randint(-100, 100)
        d["reconsideration"] = {"letter_sent": _iso(letter)}
        if rng.random() < 0.5:
            d["reconsideration"]["filed"] = _iso(letter + rng.randint(0, 90))
    return d


@pytest.fixture(scope="module")
def random_dossiers():
    rng = random.Random(2026)
    return [lde.WorkerDossier.from_json(random_dossier(rng)) for _ in range(150)]


@pytest.fixture(scope="module")
def synthetic():
    return lde.synthetic.population_tables(1500, seed=5)


def _json(d):
    return json.loads(d.to_json())


@pytest.mark.parametrize("at", ["2017-03-01", "2022-09-15", AT])
def test_random_dossiers_round_trip_and_evaluate_like_the_scalar_call(random_dossiers, at):
    ids = [f"w{i:03d}" for i in range(len(random_dossiers))]
    pop = lde.Population.from_dossiers(random_dossiers, ids=ids)
    assert len(pop) == len(random_dossiers) and list(pop.ids) == ids
    back = pop.to_dossiers()
    assert [_json(d) for d in back] == [_json(d) for d in random_dossiers]
    assert lde.Population(**pop.tables) == pop  # DataFrames -> tables -> DataFrames, exactly
    assert lde.Population(**{**pop.tables, "workers": pop.tables["workers"].set_index("id")}) == pop
    df = lde.evaluate_population(pop, at, threads=2)
    for wid, d in zip(ids, random_dossiers):
        assert_row_equals_decision(df.loc[wid], lde.evaluate(d, at, trace=False), (at, wid))


def test_the_random_dossiers_cover_every_list(random_dossiers):
    pop = lde.Population.from_dossiers(random_dossiers)
    per_worker = {t: pop.tables[t]["worker"].value_counts() for t in lde.tables.TABLES[1:]}
    for t in ("rights", "employment", "absences", "competence_extensions", "non_cooperation"):
        assert per_worker[t].max() >= 2, t
    assert pop.tables["workers"]["reconsideration_letter_sent"].notna().sum() >= 10


def test_synthetic_whole_dossiers_have_the_new_shapes_and_evaluate_like_the_scalar_call(synthetic):
    t = synthetic.tables
    rights = t["rights"].groupby("worker")["kind"].count()
    assert (rights >= 2).sum() >= 30  # replaced rights (I-6)
    emp = t["employment"].groupby("worker")["employer"].nunique()
    assert (emp >= 2).sum() >= 20  # a second employer (I-7)
    assert (t["competence_extensions"].groupby("worker").size() >= 2).sum() >= 10  # several approvals (I-9)
    assert t["non_cooperation"]["worker"].nunique() >= 30  # non-cooperation (I-11)
    assert set(t["non_cooperation"]["worker"]) <= set(t["doorstroom"]["worker"])
    assert synthetic == lde.synthetic.population_tables(1500, seed=5)  # seeded
    # The workers of the one-spell generator are the same people.
    base = lde.synthetic.population(1500, seed=5).workers
    assert (t["workers"]["birth_date"].to_numpy() == base["birth_date"].to_numpy()).all()
    sample = synthetic.sample(120, seed=1)
    interesting = set(rights[rights >= 2].index) | set(emp[emp >= 2].index) | set(t["non_cooperation"]["worker"])
    ids = list(sample.ids) + sorted(interesting)[:80]
    for at in ("2021-01-01", AT):
        df = lde.evaluate_population(synthetic, at)
        for wid in ids:
            d = synthetic.dossier(wid)
            assert_row_equals_decision(df.loc[wid], lde.evaluate(d, at, trace=False), (at, wid))
    dossiers = synthetic.sample(200, seed=2).to_dossiers()
    again = lde.Population.from_dossiers(dossiers).to_dossiers()
    assert [_json(d) for d in again] == [_json(d) for d in dossiers]


def test_the_shorthand_and_its_tables_give_identical_results(small_population):
    workers, absences = small_population
    pop = lde.Population.from_columns(workers, absences)
    assert len(pop) == len(workers) and list(pop.ids) == list(workers.index)
    for at in ("2022-03-15", AT):
        old = lde.evaluate_population(workers, at, absences=absences)
        new = lde.evaluate_population(pop, at)
        pd.testing.assert_frame_equal(new[list(old.columns)].reset_index(drop=True), old.reset_index(drop=True))
    tables, ids = lde.tables.table_arrays(workers, absences)
    assert (ids == np.arange(len(workers))).all()
    assert len(tables["employment"]["worker"]) == workers["employment_first_day"].notna().sum()
    assert lde.tables.table_arrays(pop)[0] is pop._arrays
    for row in (0, 17, len(workers) - 1):  # one worker's dossier alone = its dossier in the whole tables
        whole = _lde._dossier_of_tables(pop._arrays, row)
        assert pop.dossier(pop.ids[row]).to_json() == whole.to_json()


def test_explain_returns_the_full_decision_with_its_trace(synthetic):
    wid = int(synthetic.tables["non_cooperation"]["worker"].iloc[0])
    d = lde.explain(synthetic, wid, AT)
    want = lde.evaluate(synthetic.dossier(wid), AT)
    assert d.to_dict() == want.to_dict() and len(d.trace) > 0
    workers, absences = lde.synthetic.population(50, seed=1)
    assert lde.explain(workers, 7, AT, absences=absences).to_dict()["right"] == \
        lde.evaluate(lde.Population.from_columns(workers, absences).dossier(7), AT).to_dict()["right"]


# (c) --------------------------------------------------------------------------------------- bad input

@pytest.fixture(scope="module")
def small():
    return lde.synthetic.population_tables(60, seed=9).tables


def _raises(exc, field, fn, *words):
    with pytest.raises(exc) as info:
        fn()
    assert info.value.field == field, str(info.value)
    for w in words:
        assert w in str(info.value), str(info.value)
    return info.value


def test_bad_input_is_a_named_error(small):
    w = small["workers"]

    E = lde.InvalidArgumentError
    emp = small["employment"].copy()
    emp.loc[7, "worker"] = 4242
    _raises(E, "employment[7].worker", lambda: lde.Population(w, employment=emp), "4242", "not in workers")
    dup = w.copy()
    dup.loc[5, "id"] = dup.loc[2, "id"]
    _raises(E, "workers[5].id", lambda: lde.Population(dup), "duplicate", "workers[2]")
    _raises(E, "rights.granted", lambda: lde.Population(w, rights={"worker": [1], "granted": np.array([3.5])}), "dtype")
    _raises(E, "rights[0].granted", lambda: lde.Population(w, rights={"worker": [1], "granted": [3.5]}), "a date")
    emp = small["employment"].copy()
    emp.loc[3, "first_day"] = pd.NaT
    wid = emp.loc[3, "worker"]
    _raises(E, "employment[3].first_day", lambda: lde.Population(w, employment=emp), f"worker id {wid}")
    emp = small["employment"].copy()
    emp.loc[4, "employer_contingent"] = np.nan
    _raises(E, "employment[4].employer_contingent", lambda: lde.Population(w, employment=emp), "NaN")
    emp.loc[4, "employer_contingent"] = -0.5
    _raises(E, "employment[4].employer_contingent", lambda: lde.Population(w, employment=emp), "must lie in")
    emp["employer_contingent"] = 1
    emp.loc[4, "employer_contingent"] = 10 ** 15
    _raises(lde.OutOfRangeError, "employment[4].employer_contingent", lambda: lde.Population(w, employment=emp),
            "must lie in")
    emp["employer_contingent"] = "2.5"
    emp.loc[4, "employer_contingent"] = "100000.0001"
    _raises(lde.OutOfRangeError, "employment[4].employer_contingent", lambda: lde.Population(w, employment=emp))
    comp = small["competence_extensions"].copy()
    comp.loc[1, "months"] = 121
    _raises(E, "competence_extensions[1].months", lambda: lde.Population(w, competence_extensions=comp), "1..120")
    comp.loc[1, "months"] = 0
    _raises(E, "competence_extensions[1].months", lambda: lde.Population(w, competence_extensions=comp))
    rights = small["rights"].astype({"kind": object})
    rights.loc[2, "kind"] = "lde2"
    _raises(E, "rights[2].kind", lambda: lde.Population(w, rights=rights), "lde2")
    ab = small["absences"].astype({"reason": object})
    ab.loc[3, "reason"] = "flu"
    _raises(E, "absences[3].reason", lambda: lde.Population(w, absences=ab), "flu")
    ds = small["doorstroom"]
    _raises(E, f"doorstroom[{len(ds)}].worker",
            lambda: lde.Population(w, doorstroom=pd.concat([ds, ds.iloc[[1]]], ignore_index=True)), "doorstroom[1]")
    outside = sorted(set(w["id"]) - set(ds["worker"]))[0]
    _raises(E, "non_cooperation[0].worker", lambda: lde.Population(
        w, doorstroom=ds, non_cooperation={"worker": [outside], "first_day": ["2024-01-01"], "last_day": ["2024-02-01"]}),
        "doorstroom")
    _raises(E, "rights.grantd", lambda: lde.Population(w, rights={"worker": [1], "grantd": ["2020-01-01"]}), "granted")
    _raises(E, "workers[0].id", lambda: lde.Population({"id": [1, "a"], "birth_date": ["1980-01-01"] * 2}))
    _raises(E, "rights.granted", lambda: lde.Population(w, rights={"worker": [w["id"][0]]}), "required")
    flags = small["employment"].astype({"employer_recognised": object})
    flags.loc[0, "employer_recognised"] = "yes"
    _raises(E, "employment[0].employer_recognised", lambda: lde.Population(w, employment=flags))
    _raises(lde.NotFoundError, "worker_id", lambda: lde.Population(w).dossier("nobody"))
    _raises(E, "absences", lambda: lde.evaluate_population(lde.Population(w), AT, absences=small["absences"]))


def test_errors_of_the_library_name_the_table_row_and_the_worker_id(small):
    w = small["workers"]
    emp = small["employment"].copy()
    row = 2
    emp.loc[row, "last_day"] = emp.loc[row, "first_day"] - pd.Timedelta(days=1)  # ends before it starts
    wid = emp.loc[row, "worker"]
    pop = lde.Population(w, employment=emp)
    err = _raises(lde.Error, f"employment[{row}].last_day", lambda: lde.evaluate_population(pop, AT), f"worker id {wid}")
    assert err.code == "invalid_date"
    _raises(lde.Error, f"employment[{row}].last_day", lambda: pop.dossier(wid), f"worker id {wid}")
    # A scalar field of workers, and a list inside the dossier's doorstroom object.
    workers = w.copy()
    j = 4
    workers.loc[j, "reconsideration_letter_sent"] = pd.Timestamp("2020-03-01")
    workers.loc[j, "reconsideration_filed"] = pd.Timestamp("2020-02-01")
    pop = lde.Population(workers)
    _raises(lde.Error, f"workers[{j}].reconsideration_filed", lambda: lde.evaluate_population(pop, AT),
            f"worker id {workers.loc[j, 'id']}")
    ds = small["doorstroom"]
    k = len(ds) - 1
    nc = pd.DataFrame({"worker": list(ds["worker"]), "first_day": list(ds["first_day"] + pd.Timedelta(days=1)),
                       "last_day": list(ds["first_day"] + pd.Timedelta(days=5))})
    nc.loc[k, "first_day"] = ds["first_day"].iloc[k] - pd.Timedelta(days=1)  # before the trajectory starts
    pop = lde.Population(w, doorstroom=ds, non_cooperation=nc)
    _raises(lde.Error, f"non_cooperation[{k}].first_day", lambda: lde.evaluate_population(pop, AT),
            f"worker id {ds['worker'].iloc[k]}")
    _raises(lde.Error, f"non_cooperation[{k}].first_day", lambda: pop.dossier(ds["worker"].iloc[k]))


def _library_error(pop, table, column, row, value):
    arrays, _ = lde.tables.table_arrays(pop)
    bad = {t: dict(c) for t, c in arrays.items()}
    bad[table][column] = bad[table][column].copy()
    bad[table][column][row] = value
    with pytest.raises(lde.Error) as library:
        _lde._evaluate_tables(bad, 20000, lde.Parameters.default()._p, 1)
    return library.value


_BOUNDS = [("employment", "employer_contingent", 100000 * 10000 + 1), ("employment", "employer_contingent", -1),
           ("competence_extensions", "months", 121), ("competence_extensions", "months", 0)]


def _row_of_worker_with(pop, table, rows_of_worker):
    """The first table row of a worker with exactly ``rows_of_worker`` rows in ``table``."""
    w = pd.Series(pop._arrays[table]["worker"])
    counts = w.map(w.value_counts())
    return int(np.flatnonzero(counts.to_numpy() == rows_of_worker)[0])


def test_bounds_refused_in_python_are_refused_alike_by_the_library():
    """The converters check the schema's bounds; the library's own check of the same arrays gives the same
    code and field (one behaviour, whichever layer meets the value first)."""
    pop = lde.synthetic.population_tables(400, seed=9)
    for table, column, value in _BOUNDS:
        row = _row_of_worker_with(pop, table, 1)
        frame = pop.tables[table]
        frame[column] = frame[column].astype(object)
        frame.loc[row, column] = value / 10000 if column == "employer_contingent" else value
        with pytest.raises(lde.Error) as python:
            lde.Population(pop.tables["workers"], **{table: frame})
        library = _library_error(pop, table, column, row, value)
        assert (python.value.code, python.value.field) == (library.code, library.field), (column, value)
        assert python.value.field == f"{table}[{row}].{column}"


def test_the_library_names_the_first_of_two_rows():
    # Worker "b" owns rows 1 and 2; the bad value is in row 1 (the dossier's competence_extensions[0]).
    pop = lde.Population({"id": ["a", "b"], "birth_date": ["1980-01-01", "1981-01-01"]},
                         competence_extensions={"worker": ["a", "b", "b"], "months": [3, 4, 5],
                                                "approved": ["2021-01-01", "2021-02-01", "2022-02-01"]})
    assert _library_error(pop, "competence_extensions", "months", 1, 121).field == "competence_extensions[1].months"


def test_bad_dossiers_name_the_dossier():
    _raises(lde.InvalidDateError, "birth_date", lambda: lde.Population.from_dossiers([{"birth_date": "1980-02-30"}]),
            "dossiers[0]")
    _raises(lde.InvalidArgumentError, "dossiers[1]", lambda: lde.Population.from_dossiers([{"birth_date": "1980-01-01"}, 3]))
    _raises(lde.InvalidArgumentError, "ids", lambda: lde.Population.from_dossiers([{"birth_date": "1980-01-01"}], ids=[1, 2]))


# (d) ------------------------------------------------------------------------------ pickling, files

def test_pickling_sample_and_len(synthetic):
    again = pickle.loads(pickle.dumps(synthetic))
    assert again == synthetic and len(again) == 1500
    s = synthetic.sample(100, seed=4)
    assert len(s) == 100 and s == synthetic.sample(100, seed=4) and s != synthetic.sample(100, seed=5)
    assert list(s.ids) == sorted(s.ids)
    for t, df in s.tables.items():
        if t != "workers":
            full = synthetic.tables[t]
            assert len(df) == full["worker"].isin(list(s.ids)).sum(), t
    wid = s.ids[10]
    assert _json(s.dossier(wid)) == _json(synthetic.dossier(wid))
    _raises(lde.InvalidArgumentError, "n", lambda: synthetic.sample(1501))
    assert len(lde.Population({"birth_date": []})) == 0


def test_parquet_round_trip_is_exact(synthetic, tmp_path):
    pop = synthetic.sample(300, seed=3)
    pop.write(tmp_path / "pq")
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == sorted(f"{t}.parquet" for t in lde.tables.TABLES)
    back = lde.Population.read(tmp_path / "pq")
    assert back == pop
    text = lde.Population.from_dossiers(pop.to_dossiers(), ids=[f"id-{i}" for i in pop.ids])
    text.write(tmp_path / "text")
    assert lde.Population.read(tmp_path / "text") == text
    # Missing long-table files are tables without rows; a misspelt file is an error.
    for t in ("rights", "non_cooperation"):
        (tmp_path / "pq" / f"{t}.parquet").unlink()
    short = lde.Population.read(tmp_path / "pq")
    assert len(short.tables["rights"]) == 0 and len(short.tables["employment"]) == len(pop.tables["employment"])
    (tmp_path / "pq" / "employments.parquet").write_bytes(b"")
    _raises(lde.InvalidArgumentError, "path", lambda: lde.Population.read(tmp_path / "pq"), "employment.parquet")
    _raises(lde.NotFoundError, "path", lambda: lde.Population.read(tmp_path / "nothing"))


def test_a_parquet_export_of_another_system(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    folder = tmp_path / "export"
    folder.mkdir()
    pq.write_table(pa.table({"id": ["A7", "B2"], "birth_date": pa.array([dt.date(1980, 5, 10), dt.date(1964, 1, 2)])}),
                   folder / "workers.parquet")
    pq.write_table(pa.table({"worker": ["A7", "B2"], "kind": ["lde", "maatwerk"],
                             "granted": pa.array([dt.datetime(2019, 12, 1), dt.datetime(2020, 3, 1)])}),
                   folder / "rights.parquet")
    pq.write_table(pa.table({"worker": ["A7"], "employer": ["LDE-0001"], "first_day": [dt.date(2020, 2, 1)],
                             "employer_contingent": [2.5]}), folder / "employment.parquet")
    pop = lde.Population.read(folder)
    d = pop.dossier("A7").to_dict()
    assert d["rights"] == [{"kind": "lde", "granted": "2019-12-01"}]
    assert d["employment"][0]["employer_contingent_fte"] in ("2.50", "2.5", "2.5000")
    assert lde.evaluate_population(pop, AT).loc["A7", "compensated"] == lde.evaluate(pop.dossier("A7"), AT).compensated


def test_one_parquet_file_in_the_one_spell_form_is_the_shorthand(small_population, tmp_path):
    workers, _ = small_population
    part = workers.iloc[:200].drop(columns=["employer", "fraction", "worker_id"])
    part.to_parquet(tmp_path / "one.parquet")
    pop = lde.Population.read(tmp_path / "one.parquet")
    assert pop == lde.Population.from_columns(part)


def test_csv_round_trip_is_exact(synthetic, tmp_path):
    pop = synthetic.sample(300, seed=6)
    pop.write(tmp_path / "csv", format="csv")
    assert lde.Population.read(tmp_path / "csv") == pop
    text = lde.Population.from_dossiers(pop.to_dossiers(), ids=[f"id-{i}" for i in pop.ids])
    text.write(tmp_path / "text", format="csv")
    assert lde.Population.read(tmp_path / "text") == text


def test_csv_exports_and_one_spell_files_read_through_the_library(tmp_path):
    folder = lde.Population.read(ROOT / "tests" / "cli" / "population_tables")
    assert list(folder.ids) == [101, 102, 103, 104, 105]
    df = lde.evaluate_population(folder, AT)
    for wid in folder.ids:
        assert_row_equals_decision(df.loc[wid], lde.evaluate(folder.dossier(wid), AT, trace=False), wid)
    one = lde.Population.read(ROOT / "tests" / "cli" / "population.csv")  # the one-spell form of lde simulate
    assert list(one.ids)[:3] == ["ill", "plain", "sixty"]
    assert one.dossier("ill").absences_count == 1
    assert one.dossier("ill").to_dict()["employment"][0]["employer_contingent_fte"] in ("5.00", "5")
    # pandas writes True/False: the library reads them.
    folder.write(tmp_path / "csv", format="csv")
    w = pd.read_csv(tmp_path / "csv" / "employment.csv", dtype=str, keep_default_na=False)
    w["employer_recognised"] = w["employer_recognised"].map({"true": "True", "false": "False"})
    w.to_csv(tmp_path / "csv" / "employment.csv", index=False)
    assert lde.Population.read(tmp_path / "csv") == folder


def test_csv_files_are_the_documented_text(synthetic, tmp_path):
    pop = synthetic.sample(50, seed=7)
    pop.write(tmp_path, format="csv")
    assert (tmp_path / "employment.csv").read_text().splitlines()[0] == ",".join(pop.tables["employment"].columns)
    emp = pd.read_csv(tmp_path / "employment.csv", dtype=str, keep_default_na=False)
    assert set(emp["employer_recognised"]) <= {"true", "false"} and "" in set(emp["last_day"])
    units = [round(float(v) * 10000) for v in emp["employer_contingent"]]
    assert units == list(pop._arrays["employment"]["employer_contingent"])
    rights = pd.read_csv(tmp_path / "rights.csv", dtype=str, keep_default_na=False)
    assert set(rights["kind"]) <= {"lde", "maatwerk", "vop"}
    assert all(len(v) == 10 and v[4] == "-" for v in rights["granted"])
    workers = pd.read_csv(tmp_path / "workers.csv", dtype=str, keep_default_na=False)
    assert list(workers["id"]) == [str(i) for i in pop.ids]


def test_the_examples_of_docs_python_md_run(tmp_path, monkeypatch):
    """The code blocks of "Populations of whole dossiers" in docs/python.md run as shown."""
    text = (ROOT / "docs" / "python.md").read_text()
    section = text.split("## Populations of whole dossiers", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```python\n")[1:]]
    assert len(blocks) == 2
    monkeypatch.chdir(tmp_path)
    scope = {"lde": lde}
    for block in blocks:
        exec(compile(block, "docs/python.md", "exec"), scope)
    assert len(scope["decision"].trace) > 0
    assert len(scope["df"]) == 10_000 and (tmp_path / "export" / "workers.parquet").is_file()


def test_tables_given_wrongly_are_named_errors_not_silently_read():
    """Found by a review: rows without a worker column, scalars for columns, one text for a text
    column and an FTE beyond int64 were read as something else or raised a bare Python error."""
    import numpy as np
    from lde import _lde

    W = {"id": [1, 2], "birth_date": ["1980-01-01", "1970-01-01"]}
    with pytest.raises(lde.InvalidArgumentError) as e:
        lde.Population(W, rights={"who": [1, 2], "when": ["2020-01-01", "2020-01-01"]})
    assert e.value.field == "rights.worker"
    with pytest.raises(lde.InvalidArgumentError) as e:
        lde.Population(W, rights={"worker": 1, "granted": "2020-01-01"})
    assert e.value.field == "rights.worker"
    with pytest.raises(lde.OutOfRangeError) as e:
        lde.Population(W, employment={"worker": [1], "first_day": ["2020-01-01"], "employer_contingent": [1e20]})
    assert e.value.field == "employment[0].employer_contingent"
    t = {"workers": {"birth_date": np.array([0], dtype=np.int64)},
         "employment": {"worker": np.array([0, 0]), "first_day": np.array([1, 2], dtype=np.int64), "employer": "AB"}}
    with pytest.raises(lde.InvalidArgumentError) as e:
        _lde._evaluate_tables(t, 100, lde.Parameters.default()._p, 1)
    assert e.value.field == "employment.employer"


def test_enterprise_budget_refuses_two_contingents_for_one_employer():
    pop = lde.Population(
        {"id": ["a", "b"], "birth_date": ["1980-01-01", "1970-01-01"]},
        rights={"worker": ["a", "b"], "granted": ["2023-01-01", "2023-01-01"]},
        employment={"worker": ["a", "b"], "employer": ["E1", "E1"], "first_day": ["2023-02-01", "2023-02-01"],
                    "employer_contingent": [1.0, 5.0]})
    with pytest.raises(lde.InvalidArgumentError) as e:
        lde.enterprise_budget(pop, 2024)
    assert e.value.field == "employment[1].employer_contingent"
