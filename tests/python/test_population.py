"""The population API: equal to the scalar API, reforms, threads, reasons, errors."""
import numpy as np
import pandas as pd
import pytest

import lde
from helpers import dossier_of_row

AT = "2026-06-30"


def test_population_equals_scalar_on_a_random_sample(small_population):
    workers, absences = small_population
    df = lde.evaluate_population(workers, AT, absences=absences)
    assert len(df) == len(workers)
    rng = np.random.default_rng(11)
    for i in rng.choice(len(workers), 60, replace=False):
        d = lde.evaluate(dossier_of_row(workers, absences, int(i)), AT, trace=False)
        row = df.iloc[int(i)]
        last = None if pd.isna(row.trajectory_last_day) else row.trajectory_last_day.date()
        assert last == d.trajectory_last_day, i
        assert row.absence_extension_days == d.absence_extension_days, i
        assert row.competence_extension_months == d.competence_extension_months, i
        assert row.continuation == d.continuation, i
        assert bool(row.compensated) == d.compensated, i
        assert bool(row.in_trajectory) == d.in_trajectory, i
        assert bool(row.right_valid) == d.right_valid, i
        assert int(row.reason) == d.reason, i


def test_threads_do_not_change_the_result(small_population):
    workers, absences = small_population
    one = lde.evaluate_population(workers, AT, absences=absences, threads=1)
    many = lde.evaluate_population(workers, AT, absences=absences, threads=4)
    pd.testing.assert_frame_equal(one, many)


def test_numpy_columns_work_like_a_dataframe(small_population):
    workers, absences = small_population
    cols = {c: workers[c].to_numpy() for c in ("birth_date", "right_granted", "employment_first_day",
                                                 "employment_last_day")}
    df = lde.evaluate_population(cols, AT)
    ref = lde.evaluate_population(workers[list(cols)], AT)
    assert (df["trajectory_last_day"].to_numpy() == ref["trajectory_last_day"].to_numpy()).sum() == \
        ref["trajectory_last_day"].notna().sum()


def test_reforms_move_the_population(small_population):
    workers, absences = small_population
    base = lde.evaluate_population(workers, AT, absences=absences)
    r21 = lde.Parameters.default().with_changes({"trajectory.absence_min_days": 21})
    lower = lde.evaluate_population(workers, AT, absences=absences, parameters=r21)
    assert (lower.absence_extension_days >= base.absence_extension_days).all()
    assert (lower.absence_extension_days > base.absence_extension_days).any()
    r58 = lde.Parameters.default().with_changes({"continuation.age_at_trajectory_end": 58})
    earlier = lde.evaluate_population(workers, AT, absences=absences, parameters=r58)
    assert (earlier.continuation == "age60").sum() > (base.continuation == "age60").sum()


def test_reasons_map_to_rules_in_one_call(small_population):
    workers, absences = small_population
    df = lde.evaluate_population(workers, AT, absences=absences)
    long = lde.reasons(df["reason"])
    assert set(long.columns) == {"worker", "reason", "rule", "source", "interpretations"}
    ext = long[long.reason == "absence_extended"]
    assert len(ext) == int((df.absence_extension_days > 0).sum())
    assert set(ext.rule) == {"worker.trajectory.absence_extension"}
    assert (ext.interpretations == "I-8").all()
    table = lde.reason_table()
    assert table.loc["continuation_60", "rule"] == "worker.continuation.age60"


def test_monthly_compensation_per_worker(small_population):
    workers, absences = small_population
    m = lde.monthly_compensation(workers.head(400), 2026, fraction="fraction",
                                 absences=absences[absences.worker < 400])
    assert len(m) == 400 * 12
    jan = m[(m.month == 1) & m.compensated]
    w = workers.loc[jan.worker]
    # I-14 for one worker: 12600 x fraction / 365 x 31, rounded once to the cent.
    expected = [int((2 * int(round(f * 10000)) * 1260000 * 31 + 3650000) // 7300000) for f in w.fraction]
    assert jan.amount_cents.tolist() == expected
    assert (m.loc[~m.compensated, "amount_cents"] == 0).all()


def _workers():
    return pd.DataFrame({
        "birth_date": np.array(["1980-01-01", "1970-06-30", "1990-02-28"], dtype="datetime64[D]"),
        "right_granted": np.array(["2019-12-01", "2019-12-01", "NaT"], dtype="datetime64[D]"),
        "employment_first_day": np.array(["2020-02-01", "2020-03-01", "NaT"], dtype="datetime64[D]"),
    })


def _field(fn):
    with pytest.raises(lde.Error) as err:
        fn()
    return err.value.field


def test_bad_input_names_column_and_first_row():
    w = _workers()
    bad = w.copy()
    bad.loc[1, "birth_date"] = pd.NaT
    bad.loc[2, "birth_date"] = pd.NaT
    assert _field(lambda: lde.evaluate_population(bad, AT)) == "rows[1].birth_date"

    nan = w.assign(employer_contingent=[1.0, np.nan, 2.0])
    assert _field(lambda: lde.evaluate_population(nan, AT)) == "rows[1].employer_contingent"

    wrong = w.assign(birth_date=[1980, 1970, 1990])
    assert _field(lambda: lde.evaluate_population(wrong, AT)) == "birth_date"

    cols = {c: w[c].to_numpy() for c in w.columns}
    cols["employment_first_day"] = cols["employment_first_day"][:2]
    assert _field(lambda: lde.evaluate_population(cols, AT)) == "employment_first_day"

    absences = pd.DataFrame({"worker": [0, 1], "first_day": np.array(["2021-01-01", "2021-01-01"], "datetime64[D]"),
                             "last_day": np.array(["2021-03-01", "2021-03-01"], "datetime64[D]"),
                             "reason": ["illness", "flu"]})
    err_field = _field(lambda: lde.evaluate_population(w, AT, absences=absences))
    assert err_field == "absences[1].reason"

    absences.loc[1, "reason"] = "illness"
    absences.loc[1, "worker"] = 7
    assert _field(lambda: lde.evaluate_population(w, AT, absences=absences)) == "absences[1].worker"

    kinds = w.assign(right_kind=["lde", "lde", "sabbatical"])
    assert _field(lambda: lde.evaluate_population(kinds, AT)) == "rows[2].right_kind"

    with pytest.raises(lde.NotFoundError) as err:
        lde.evaluate_population(w, AT, parameters=lde.Parameters.default().with_changes({"no.such.param": 1}))
    assert err.value.field == "no.such.param"

    missing = w.drop(columns=["right_granted"])
    assert _field(lambda: lde.evaluate_population(missing, AT)) == "right_granted"

    timed = w.assign(birth_date=pd.to_datetime(["1980-01-01 12:00", "1970-06-30 00:00", "1990-02-28 00:00"]))
    assert _field(lambda: lde.evaluate_population(timed, AT)) == "rows[0].birth_date"


def test_no_rows_dropped_and_index_kept():
    w = _workers()
    w.index = ["a", "b", "c"]
    df = lde.evaluate_population(w, AT)
    assert list(df.index) == ["a", "b", "c"]
    assert df.loc["c", "trajectory_last_day"] is pd.NaT
    assert df.loc["a", "trajectory_last_day"] == pd.Timestamp("2025-01-31")
