"""I-24: the Belgian public holidays and working days against Python's `holidays` package, 1950-2100."""
import datetime

import pytest

import lde

holidays = pytest.importorskip("holidays")


def test_belgian_non_working_days_match_the_holidays_package_1950_2100():
    for year in range(1950, 2101):
        listed = lde.belgian_public_holidays(year)
        assert len(listed) == 10, year  # ten entries; two may fall on one day (Ascension on 1 May 2008)
        ours = {datetime.date.fromisoformat(d) for d, _, _ in listed}
        theirs = set(holidays.country_holidays("BE", years=year).keys())
        # The package also lists Easter Sunday and Whit Sunday, which are Sundays: compare non-working days.
        day = datetime.date(year, 1, 1)
        while day.year == year:
            weekend = day.weekday() >= 5
            assert (weekend or day in ours) == (weekend or day in theirs), day
            day += datetime.timedelta(days=1)


def test_out_of_range_year_is_an_error():
    with pytest.raises(lde.Error):
        lde.belgian_public_holidays(1500)


def test_appeal_through_evaluate():
    w = lde.WorkerDossier(birth_date="1980-05-10", rights=[{"kind": "lde", "granted": "2025-01-01"}],
                          reconsideration={"letter_sent": "2026-03-10", "filed": "2026-05-11"})
    d = lde.evaluate(w, "2026-03-11").to_dict()
    assert d["appeal"]["last_day"] == "2026-05-11"  # 2026-05-10 is a Sunday (I-24)
    assert d["appeal"]["in_time"] is True
    assert d["referral"]["may_propose"] is True
