"""Property tests (hypothesis)."""
import datetime as dt

import numpy as np
import pandas as pd
from hypothesis import given, settings, HealthCheck
from hypothesis import strategies as st

import lde
from helpers import one_worker

QUALIFYING = ["illness", "accident", "maternity_leave", "paternity_leave", "adoption_leave"]
START = dt.date(2018, 1, 1)

absence = st.tuples(st.integers(0, 6 * 365), st.integers(1, 200),
                    st.sampled_from(QUALIFYING + ["other"]))


def _absences(items):
    return [((START + dt.timedelta(days=s)).isoformat(), (START + dt.timedelta(days=s + n - 1)).isoformat(), r)
            for s, n, r in items]


def _last_day(items, at="2030-01-01"):
    workers, absences = one_worker(first=START.isoformat(), granted="2017-12-01", absences=_absences(items))
    r = lde.evaluate_arrays(workers, at, absences=absences, threads=1)
    return int(r["trajectory_last_day"][0])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(absence, max_size=4), st.integers(0, 6 * 365), st.integers(1, 150), st.sampled_from(QUALIFYING))
def test_more_qualifying_absence_never_ends_a_trajectory_earlier(base, start, length, reason):
    before = _last_day(base)
    after = _last_day(base + [(start, length, reason)])
    assert after >= before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(absence, max_size=3), st.integers(0, 6 * 365), st.integers(1, 150), st.sampled_from(QUALIFYING))
def test_longer_absence_never_ends_a_trajectory_earlier(base, start, length, reason):
    shorter = _last_day(base + [(start, length, reason)])
    longer = _last_day(base + [(start, length + 30, reason)])
    assert longer >= shorter


fraction = st.integers(0, 10000).map(lambda u: f"{u / 10000:.4f}")
month_fte = st.integers(0, 150000).map(lambda u: f"{u / 10000:.4f}")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(year=st.integers(2016, 2030), contingent=st.integers(0, 20000).map(lambda u: f"{u / 100:.2f}"),
       hires=st.lists(month_fte, min_size=12, max_size=12),
       dmfa=st.lists(st.lists(fraction, max_size=6), min_size=4, max_size=4))
def test_advances_and_settlements_add_up_to_the_quarterly_rights(year, contingent, hires, dmfa):
    e = lde.Enterprise(
        allocation_number="LDE-P", legal_form="vzw", seat="flanders",
        contingent=[{"from": "2015-04-01", "fte": contingent}],
        hires={f"{year}-{m + 1:02d}": h for m, h in enumerate(hires)},
        dmfa={f"{year}-Q{q + 1}": [{"worker": f"w{k}", "fraction": f} for k, f in enumerate(lines)]
              for q, lines in enumerate(dmfa)})
    tables = lde.enterprise_schedules([e], year)
    months, quarters = tables.months, tables.quarters
    assert len(months) == 12 and len(quarters) == 4
    for q in range(1, 5):
        adv = int(months.loc[(months.month > 3 * (q - 1)) & (months.month <= 3 * q), "advance_cents"].sum())
        row = quarters[quarters.quarter == q].iloc[0]
        assert row.advances_cents == adv
        assert adv + row.settlement_cents == row.right_cents  # I-15, exactly
    assert int(months.advance_cents.sum() + quarters.settlement_cents.sum()) == int(quarters.right_cents.sum())
    # The scalar API agrees to the cent.
    d = lde.evaluate_enterprise(e, year, trace=False)
    total = int(quarters.right_cents.sum())
    assert d.total_rights == f"{total // 100}.{total % 100:02d}"
