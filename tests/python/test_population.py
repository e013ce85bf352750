"""The population API: equal to the scalar API, reforms, threads, reasons, errors."""
import decimal

import numpy as np
import pandas as pd
import pytest

import lde
from helpers import dossier_of_row

AT = "2026-06-30"


REFORM = {
    "compensation.annual_rate_per_fte": [{"from": "2026-04-01", "value": "13250.00", "source": "test reform"}],
    "trajectory.absence_min_days": 21,
    "continuation.age_at_trajectory_end": 58,
}


def _day(v):
    return None if pd.isna(v) else pd.Timestamp(v).date()


def assert_row_equals_decision(row, d, where):
    """Every result column of a population row against the scalar decision of the dossier it describes."""
    assert (None if pd.isna(row.right_kind) else str(row.right_kind)) == d.right_kind, where
    assert bool(row.right_valid) == d.right_valid, where
    assert _day(row.right_last_day) == d.right_last_day, where
    # The scalar API has no hiring decision without employment (None); the population says False.
    assert bool(row.hiring_eligible) == bool(d.hiring_eligible), where
    assert _day(row.trajectory_first_day) == d.trajectory_first_day, where
    assert _day(row.trajectory_last_day) == d.trajectory_last_day, where
    assert row.absence_extension_days == d.absence_extension_days, where
    assert row.competence_extension_months == d.competence_extension_months, where
    assert row.continuation == d.continuation, where
    assert bool(row.in_trajectory) == d.in_trajectory, where
    assert bool(row.in_continuation) == d.in_continuation, where
    assert bool(row.compensated) == d.compensated, where
    assert int(row.reason) == d.reason, where


@pytest.mark.parametrize("reform", [None, REFORM], ids=["default", "reform"])
@pytest.mark.parametrize("at", ["2022-03-15", AT])
def test_population_equals_scalar_on_a_random_sample(small_population, reform, at):
    workers, absences = small_population
    params = None if reform is None else lde.Parameters.default().with_changes(reform, name="test-reform")
    df = lde.evaluate_population(workers, at, absences=absences, parameters=params)
    assert len(df) == len(workers)
    rng = np.random.default_rng(11 if reform is None else 12)
    for i in rng.choice(len(workers), 80, replace=False):
        d = lde.evaluate(dossier_of_row(workers, absences, int(i)), at, params, trace=False)
        assert_row_equals_decision(df.iloc[int(i)], d, (at, int(i)))


def test_the_reform_sample_covers_what_it_changes(small_population):
    """The sampled comparison above is only meaningful if the reform changes rows: check it does."""
    workers, absences = small_population
    params = lde.Parameters.default().with_changes(REFORM, name="test-reform")
    base = lde.evaluate_population(workers, AT, absences=absences)
    reform = lde.evaluate_population(workers, AT, absences=absences, parameters=params)
    assert (reform.absence_extension_days != base.absence_extension_days).any()
    assert (reform.continuation != base.continuation).any()


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


@pytest.mark.parametrize("reform", [None, REFORM], ids=["default", "reform"])
def test_monthly_compensation_equals_the_scalar_api(small_population, reform):
    """Per worker and month: `compensated` is lde.evaluate on the month's first day, and the amount is
    the advance lde.evaluate_enterprise pays a one-worker enterprise for the worker's fraction (I-14)."""
    workers, absences = small_population
    params = None if reform is None else lde.Parameters.default().with_changes(reform, name="test-reform")
    head = workers.head(400)
    m = lde.monthly_compensation(head, 2026, fraction="fraction", absences=absences[absences.worker < 400],
                                 parameters=params)
    assert len(m) == 400 * 12
    assert (m.loc[~m.compensated, "amount_cents"] == 0).all()
    rng = np.random.default_rng(5)
    paid = m[m.compensated]
    sample = sorted(set(rng.choice(paid.worker.unique(), 12, replace=False)) |
                    set(rng.choice(m.worker.unique(), 4, replace=False)))
    for w in sample:
        dossier = dossier_of_row(workers, absences, int(w))
        mine = m[m.worker == w].set_index("month")
        fraction = f"{workers.fraction.iloc[int(w)]:.2f}"
        hires = {}
        for month in range(1, 13):
            d = lde.evaluate(dossier, f"2026-{month:02d}-01", params, trace=False)
            assert bool(mine.loc[month, "compensated"]) == d.compensated, (w, month)
            if d.compensated:
                hires[f"2026-{month:02d}"] = fraction
        e = lde.Enterprise(allocation_number="ONE", legal_form="vzw",
                           contingent=[{"from": "2015-04-01", "fte": "1.00"}], hires=hires)
        advances = lde.evaluate_enterprise(e, 2026, params, trace=False).advances
        for month in range(1, 13):
            cents = int(decimal.Decimal(advances[f"2026-{month:02d}"]) * 100)
            assert int(mine.loc[month, "amount_cents"]) == cents, (w, month)


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


def test_dates_as_text_lists_object_arrays_and_pandas_strings():
    """ISO text in a list, a numpy str array, an object array, a pandas string column, or
    numpy datetime64 objects inside an object array: all read the same dates."""
    ref = lde.evaluate_population(_workers(), AT)
    births = ["1980-01-01", "1970-06-30", "1990-02-28"]
    granted = ["2019-12-01", "2019-12-01", None]
    first = ["2020-02-01", "2020-03-01", None]
    variants = {
        "list": {"birth_date": births, "right_granted": granted, "employment_first_day": first},
        "numpy str": {"birth_date": np.array(births), "right_granted": np.array(["2019-12-01", "2019-12-01", "NaT"],
                                                                                 dtype="datetime64[D]"),
                      "employment_first_day": np.array(first, dtype=object)},
        "object datetime64": {"birth_date": np.array([np.datetime64(b) for b in births], dtype=object),
                              "right_granted": np.array([np.datetime64("2019-12-01"), np.datetime64("2019-12-01"),
                                                         np.datetime64("NaT")], dtype=object),
                              "employment_first_day": first},
        "pandas string": pd.DataFrame({"birth_date": pd.Series(births, dtype="string"),
                                       "right_granted": pd.Series(granted, dtype="string"),
                                       "employment_first_day": pd.Series(first, dtype="string")}),
    }
    for name, cols in variants.items():
        df = lde.evaluate_population(cols, AT)
        pd.testing.assert_series_equal(df["trajectory_last_day"].reset_index(drop=True),
                                       ref["trajectory_last_day"].reset_index(drop=True), obj=name)
    bad = {"birth_date": ["1980-01-01", "1980-02-30", "1990-02-28"], "right_granted": granted,
           "employment_first_day": first}
    assert _field(lambda: lde.evaluate_population(bad, AT)) == "rows[1].birth_date"
    timed = {"birth_date": np.array([np.datetime64("1980-01-01T12:00")] * 3, dtype=object),
             "right_granted": granted, "employment_first_day": first}
    assert _field(lambda: lde.evaluate_population(timed, AT)) == "rows[0].birth_date"


def test_misspelt_columns_are_errors_other_columns_are_ignored():
    w = _workers().assign(employer_recognized=[False, False, False])
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.evaluate_population(w, AT)
    assert err.value.field == "employer_recognized"
    assert "did you mean 'employer_recognised'" in str(err.value)
    # Columns far from every known name are the caller's own.
    ok = _workers().assign(employer=["A", "B", "C"], fraction=[1.0, 0.5, 0.8], id=[1, 2, 3])
    lde.evaluate_population(ok, AT)
    # The lde simulate CSV column name is accepted.
    fte = _workers().assign(employer_contingent_fte=["0.00", "1.00", "1.00"])
    assert not lde.evaluate_population(fte, AT).hiring_eligible.iloc[0]
    # An absences column (the CSV form) is not silently ignored.
    assert _field(lambda: lde.evaluate_population(_workers().assign(absences=["", "", ""]), AT)) == "absences"
    a = pd.DataFrame({"worker": [0], "first_day": np.array(["2021-01-01"], "datetime64[D]"),
                      "last_dya": np.array(["2021-03-01"], "datetime64[D]"), "reason": ["illness"]})
    assert _field(lambda: lde.evaluate_population(_workers(), AT, absences=a)) == "absences.last_dya"


def test_missing_right_kind_means_the_documented_default():
    w = _workers().assign(right_kind=[None, "maatwerk", None])
    df = lde.evaluate_population(w, "2020-06-01")
    assert list(df.right_kind.astype(object).iloc[:2]) == ["lde", "maatwerk"]
    nan = _workers().assign(right_kind=pd.Categorical([None, "vop", None], categories=["lde", "maatwerk", "vop"]))
    assert lde.evaluate_population(nan, "2020-06-01").right_kind.iloc[0] == "lde"
    assert _field(lambda: lde.evaluate_population(_workers().assign(right_kind=[0, 1, 1]), AT)) == "rows[0].right_kind"


def test_bad_arguments_are_lde_errors_naming_the_argument(small_population):
    workers, _ = small_population
    head = workers.head(5)
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.monthly_compensation(head, 2026, fraction="missing_col")
    assert err.value.field == "fraction"
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.monthly_compensation(head, 2026, fraction="fractoin")
    assert "did you mean 'fraction'" in str(err.value)
    for bad in (float("inf"), float("nan")):
        with pytest.raises(lde.InvalidArgumentError) as err:
            lde.monthly_compensation(head, 2026, fraction=bad)
        assert err.value.field == "fraction"
    inf = head.assign(fraction=[0.5, np.inf, 0.5, 0.5, 0.5])
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.monthly_compensation(inf, 2026, fraction="fraction")
    assert err.value.field == "rows[1].fraction"
    m = lde.monthly_compensation(head, 2026, fraction=0.5)
    assert len(m) == 60
    for threads in (-1, 1.5, "4", True, 1025, 100000, 2**70, -2**70):
        with pytest.raises(lde.InvalidArgumentError) as err:
            lde.evaluate_population(head, AT, threads=threads)
        assert err.value.field == "threads"
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.monthly_compensation(head, 2026, threads=-1)
    assert err.value.field == "threads"


def test_monthly_compensation_before_the_decree_uses_its_first_values():
    """I-21: a year before the decree's entry into force (2015-04-01) is answered with the values in
    force on that day, as evaluate_population answers each of its dates (it used to raise
    OutOfRangeError for the rate of 2014)."""
    import datetime

    workers = pd.DataFrame({"birth_date": pd.to_datetime(["1970-03-01", "1990-07-15"]),
                            "right_granted": pd.to_datetime(["2013-10-01", "2013-11-01"]),
                            "employment_first_day": pd.to_datetime(["2014-01-01", "2014-03-01"])})
    m = lde.monthly_compensation(workers, 2014)
    assert len(m) == 2 * 12
    p = lde.Parameters.default()
    assert p.rules_date("2014-06-01") == datetime.date(2015, 4, 1)
    assert p.rules_date("2016-06-01") == datetime.date(2016, 6, 1)
    rate_cents = int(p.value("compensation.annual_rate_per_fte", p.rules_date("2014-01-01")) * 100)
    for month in range(1, 13):
        first = datetime.date(2014, month, 1)
        r = lde.evaluate_population(workers, first)
        days = ((datetime.date(2014 + (month == 12), month % 12 + 1, 1)) - first).days
        for w in (0, 1):
            row = m[(m.month == month) & (m.worker == w)].iloc[0]
            assert bool(row.compensated) == bool(r.compensated.iloc[w]), (month, w)
            expected = (rate_cents * days * 2 + 365) // (2 * 365) if row.compensated else 0  # half away from zero
            assert int(row.amount_cents) == expected, (month, w)
    assert m.compensated.any()
