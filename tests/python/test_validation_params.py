"""The I-14 year range of transition_amounts is read from the parameter set the rules use, not
from the defaults: lde.Enterprise() accepts an amount a reform allows (review 1, item 1)."""
import pytest

import lde

REFORM = {"compensation.fixed_amount_last_year": 2017}


def enterprise():
    return lde.Enterprise(allocation_number="LDE-1", legal_form="vzw", converted=True,
                          contingent=[{"from": "2015-01-01", "fte": "5.00"}],
                          transition_amounts={"2017": "1000.00"})


def test_construction_does_not_apply_the_default_years():
    e = enterprise()  # refused with the default parameters before the fix
    assert e.to_dict()["transition_amounts"] == {"2017": "1000.00"}
    assert lde.Enterprise.from_json(e.to_json()).allocation_number == "LDE-1"


def test_the_rules_check_the_years_with_their_parameters():
    e = enterprise()
    reform = lde.Parameters.default().with_changes(REFORM)
    d = lde.evaluate_enterprise(e, 2017, reform)
    assert d.to_dict()["advances"]
    with pytest.raises(lde.Error) as info:
        lde.evaluate_enterprise(e, 2017)
    assert info.value.field == "transition_amounts.2017"


def test_enterprise_schedules_under_the_reform():
    e = enterprise()
    reform = lde.Parameters.default().with_changes(REFORM)
    tables = lde.enterprise_schedules([e], 2017, reform, threads=1)
    assert len(tables.months) == 12
    typed = lde.evaluate_enterprise(e, 2017, reform).to_dict()["advances"]
    assert typed  # the same rules, the same parameters
    with pytest.raises(lde.Error):
        lde.enterprise_schedules([e], 2017, threads=1)


def test_structural_errors_are_still_refused_at_construction():
    with pytest.raises(lde.Error) as info:
        lde.Enterprise(allocation_number="LDE-1", legal_form="vzw",
                       transition_amounts={"2016": "1000000000.01"})
    assert info.value.field == "transition_amounts.2016"


def test_json_text_that_is_not_utf8_is_a_parse_error_in_every_reader():
    """Invalid bytes decoded with surrogateescape (lone surrogates) are refused by the one reader's
    front door with lde.ParseError and no field, as the C ABI and the CLI refuse the bytes; never
    pybind11's TypeError (issue 11)."""
    raw = b'{"at": "2026-06-30", "worker": {"birth_date": "1980-05-10", "employment": [{"employer": "LDE\xff", "first_day": "2020-02-01"}]}}'
    text = raw.decode("utf-8", "surrogateescape")
    calls = [
        lambda: lde.evaluate_json(text),
        lambda: lde.Parameters.from_json(text),
        lambda: lde.Parameters.default().with_changes(text),
        lambda: lde.WorkerDossier.from_json(text),
        lambda: lde.Enterprise.from_json(text),
    ]
    for call in calls:
        with pytest.raises(lde.ParseError) as err:
            call()
        assert err.value.field == ""
        assert "UTF-8" in str(err.value)


def test_byte_order_mark_before_json_is_skipped():
    """docs/format.md "Text encoding": a BOM at the very start is skipped (as before a CSV header)."""
    text = '\ufeff{"at": "2026-06-30", "worker": {"birth_date": "1980-05-10"}}'
    assert '"kind": "worker"' in lde.evaluate_json(text).replace('":"', '": "')
    with pytest.raises(lde.ParseError):
        lde.evaluate_json("\ufeff" + text)


def test_python_strings_that_are_not_utf8_name_their_field():
    """A str with a lone surrogate inside a dict, a keyword or a parameter name is
    lde.InvalidArgumentError naming its path, as a C setter refuses such a name; never TypeError."""
    bad = b"A\xff".decode("utf-8", "surrogateescape")
    cases = [
        (lambda: lde.Enterprise(allocation_number=bad, legal_form="vzw"), "allocation_number"),
        (lambda: lde.evaluate_json({"at": "2026-01-01", "worker": {"birth_date": "1980-01-01", "employment": [
            {"employer": bad, "first_day": "2020-01-01"}]}}), "worker.employment[0].employer"),
        (lambda: lde.Parameters.default().value(bad, "2020-01-01"), "name"),
        (lambda: lde.Parameters.default().history(bad), "name"),
    ]
    for call, field in cases:
        with pytest.raises(lde.InvalidArgumentError) as err:
            call()
        assert err.value.field == field
        assert "not valid UTF-8" in str(err.value)
