"""Parameter sets: defaults, reforms, diff, pickling, errors."""
import datetime as dt
import pickle
from decimal import Decimal

import pytest

import lde


def test_version():
    assert lde.__version__.count(".") == 2
    assert lde.__version__ == lde._lde.__version__


def test_default_values_and_history():
    p = lde.Parameters.default()
    assert p.name == "default"
    assert p.value("compensation.annual_rate_per_fte", "2026-01-01") == Decimal("12600.00")
    assert p.value("trajectory.absence_min_days", dt.date(2020, 1, 1)) == 30
    assert "trajectory.absence_min_days" in p.names()
    assert p.history("compensation.annual_rate_per_fte")[0]["value"] == Decimal("12600.00")
    assert len(p.fingerprint) == 64


def test_reform_with_dated_change_and_diff():
    base = lde.Parameters.default()
    reform = base.with_changes(
        {"compensation.annual_rate_per_fte": [{"from": "2027-01-01", "value": "13000.00", "source": "reform"}]},
        name="rate13k")
    assert reform.value("compensation.annual_rate_per_fte", "2026-12-31") == Decimal("12600.00")
    assert reform.value("compensation.annual_rate_per_fte", "2027-01-01") == Decimal("13000.00")
    assert reform != base and reform.fingerprint != base.fingerprint
    diff = base.diff(reform)
    assert [d.name for d in diff] == ["compensation.annual_rate_per_fte"]
    assert diff[0].from_date == dt.date(2027, 1, 1)
    assert (diff[0].before, diff[0].after) == ("12600.00", "13000.00")
    assert base.diff(base) == []


def test_reform_from_json_text_and_plain_value():
    reform = lde.Parameters.default().with_changes('{"trajectory.absence_min_days": 21}')
    assert reform.value("trajectory.absence_min_days", "2026-01-01") == 21
    assert reform.value("trajectory.absence_min_days", "2015-04-01") == 21


def test_pickle_round_trip_keeps_fingerprint():
    reform = lde.Parameters.default().with_changes({"continuation.age_at_trajectory_end": 58}, name="cont58")
    back = pickle.loads(pickle.dumps(reform))
    assert back == reform
    assert back.fingerprint == reform.fingerprint
    assert back.value("continuation.age_at_trajectory_end", "2026-01-01") == 58
    assert lde.Parameters.from_json(reform.to_json()) == reform


def test_unknown_parameter_names_it():
    with pytest.raises(lde.Error) as err:
        lde.Parameters.default().with_changes({"compensation.anual_rate": "1.00"})
    assert err.value.field == "compensation.anual_rate"
    assert "compensation.anual_rate" in str(err.value)
    assert isinstance(err.value, lde.NotFoundError)


def test_bad_value_is_an_error():
    with pytest.raises(lde.Error):
        lde.Parameters.default().with_changes({"compensation.annual_rate_per_fte": "twelve"})
    with pytest.raises(lde.Error):
        lde.Parameters.default().value("no.such.parameter", "2026-01-01")


DUPLICATE = '{"trajectory.absence_min_days": 21, "trajectory.absence_min_days": 40}'


@pytest.mark.parametrize("name", [None, "dup"])
def test_reform_with_a_duplicated_key_is_refused_as_in_c_and_the_cli(name):
    # The same text as tests/c/test_capi.c test_reform_strict_reader and CTest cli_bad_params_duplicate.
    with pytest.raises(lde.ParseError) as err:
        lde.Parameters.default().with_changes(DUPLICATE, name=name)
    assert err.value.field.endswith("trajectory.absence_min_days")
    assert "appears twice" in str(err.value)


@pytest.mark.parametrize("number, words", [("1e400", "too large"), ("13000.000000000000000001", "cannot be stored exactly")])
def test_reform_numbers_beyond_a_double_are_named_parse_errors(number, words):
    with pytest.raises(lde.ParseError) as err:
        lde.Parameters.default().with_changes('{"compensation.annual_rate_per_fte": ' + number + "}")
    assert err.value.field == "compensation.annual_rate_per_fte"
    assert words in str(err.value)
