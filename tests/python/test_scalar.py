"""The scalar API: dossiers, decisions with traces, evaluate_json, enterprises."""
import json
import pickle

import pytest

import lde
from helpers import date


def dossier(**extra):
    kw = dict(birth_date="1980-05-10",
              rights=[{"kind": "lde", "granted": "2019-12-01"}],
              employment=[{"employer": "A", "first_day": date("2020-02-01")}])
    kw.update(extra)
    return lde.WorkerDossier(**kw)


def test_plain_trajectory_is_five_years():
    d = lde.evaluate(dossier(), "2022-06-01")
    assert d.trajectory_first_day == date("2020-02-01")
    assert d.trajectory_last_day == date("2025-01-31")  # I-1, I-7
    assert d.in_trajectory and d.compensated
    assert d.continuation == "none"
    assert d.right_kind == "lde"
    assert "2025-01-31" in repr(d) and "compensated=True" in repr(d)


def test_long_illness_extends_the_trajectory():
    d = lde.evaluate(dossier(absences=[{"first_day": "2021-03-01", "last_day": "2021-04-29", "reason": "illness"}]),
                     "2025-02-15")
    assert d.absence_extension_days == 60  # I-8: 60 qualifying days inside the trajectory
    assert d.trajectory_last_day == date("2025-04-01")
    assert d.in_trajectory
    assert "absence_extended" in lde.reason_names(d.reason)


def test_continuation_at_60():
    d = lde.evaluate(dossier(birth_date="1960-01-15"), "2025-03-01")
    assert d.continuation == "age60"  # I-10
    assert d.in_continuation and d.compensated
    assert d.continuation_from == date("2025-02-01")


def test_trace_is_printable_and_serialisable():
    d = lde.evaluate(dossier(), "2022-06-01")
    text = str(d.trace)
    assert "worker.trajectory" in text
    assert len(d.trace) > 0
    steps = d.trace.to_list()
    assert all("rule" in s and "source" in s for s in steps)
    assert json.loads(d.trace.to_json())[0]["rule"] == steps[0]["rule"]
    out = d.to_dict()
    assert out["receipt"]["parameters_fingerprint"] == lde.Parameters.default().fingerprint
    assert d.receipt["library_version"] == lde.__version__
    quiet = lde.evaluate(dossier(), "2022-06-01", trace=False)
    assert len(quiet.trace) == 0
    assert quiet.trajectory_last_day == d.trajectory_last_day


def test_dossier_json_round_trip_and_pickle():
    d = dossier(absences=[{"first_day": "2021-03-01", "last_day": "2021-04-29", "reason": "illness"}])
    again = lde.WorkerDossier.from_json(d.to_json())
    assert again.to_dict() == d.to_dict()
    assert pickle.loads(pickle.dumps(d)).to_dict() == d.to_dict()
    assert lde.evaluate(again, "2025-02-15").trajectory_last_day == date("2025-04-01")


def test_reform_changes_the_answer():
    # An absence of 25 days does not qualify by default (I-8: at least 30); with 21 it does.
    d = dossier(absences=[{"first_day": "2021-03-01", "last_day": "2021-03-25", "reason": "illness"}])
    base = lde.evaluate(d, "2025-02-15")
    reform = lde.Parameters.default().with_changes({"trajectory.absence_min_days": 21})
    changed = lde.evaluate(d, "2025-02-15", reform)
    assert base.absence_extension_days == 0
    assert changed.absence_extension_days == 25
    assert changed.trajectory_last_day == date("2025-02-25")
    assert changed.receipt["parameters_fingerprint"] == reform.fingerprint


def test_errors_name_the_field():
    with pytest.raises(lde.Error) as err:
        dossier(absences=[{"first_day": "2021-03-01", "last_day": "2021-02-01", "reason": "illness"}])
    assert "absences[0]" in err.value.field
    assert isinstance(err.value, ValueError)
    with pytest.raises(lde.Error) as err:
        dossier(absences=[{"first_day": "2021-03-01", "last_day": "2021-04-01", "reason": "flu"}])
    assert err.value.field.startswith("absences[0].reason")
    with pytest.raises(lde.Error) as err:
        lde.WorkerDossier(birth_date="1980-02-30")
    assert err.value.field == "birth_date"
    with pytest.raises(lde.Error):
        lde.evaluate(dossier(), "not a date")


def test_evaluate_json_matches_the_scalar_api():
    case = {"at": "2025-02-15", "worker": dossier(
        absences=[{"first_day": "2021-03-01", "last_day": "2021-04-29", "reason": "illness"}]).to_dict()}
    out = json.loads(lde.evaluate_json(json.dumps(case)))
    assert "2025-04-01" in json.dumps(out)
    quiet = json.loads(lde.evaluate_json(json.dumps(case), trace=False))
    assert quiet.get("trace") in ([], None)
    with pytest.raises(lde.Error) as err:
        lde.evaluate_json('{"at": "2025-02-15", "worker": {"birth_date": "1980-13-01"}}')
    assert "birth_date" in err.value.field


def test_evaluate_json_takes_parameters():
    case = {"at": "2025-02-15", "worker": dossier(
        absences=[{"first_day": "2021-03-01", "last_day": "2021-03-25", "reason": "illness"}]).to_dict()}
    reform = lde.Parameters.default().with_changes({"trajectory.absence_min_days": 21})
    base = json.loads(lde.evaluate_json(json.dumps(case), trace=False))
    changed = json.loads(lde.evaluate_json(json.dumps(case), trace=False, parameters=reform))
    assert base["trajectory"]["absence_extension_days"] == 0
    assert changed["trajectory"]["absence_extension_days"] == 25
    assert changed["receipt"]["parameters_fingerprint"] == reform.fingerprint
    # The same as the typed API with the same parameters, and a dict is accepted as input.
    typed = lde.evaluate(lde.WorkerDossier.from_json(case["worker"]), "2025-02-15", reform, trace=False)
    assert json.loads(lde.evaluate_json(case, False, parameters=reform)) == typed.to_dict()
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.evaluate_json(json.dumps(case), parameters={"trajectory.absence_min_days": 21})
    assert err.value.field == "parameters"


def test_nan_and_inf_are_rejected_naming_the_path():
    fields = dict(allocation_number="LDE-1", legal_form="vzw",
                  dmfa={"2026-Q1": [{"worker": "a", "fraction": float("nan")}]})
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.Enterprise(**fields)
    assert err.value.field == "dmfa.2026-Q1[0].fraction"
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.Enterprise(allocation_number="LDE-1", legal_form="vzw", hires={"2026-01": float("inf")})
    assert err.value.field == "hires.2026-01"
    with pytest.raises(lde.InvalidArgumentError) as err:
        dossier(employment=[{"employer": "A", "first_day": "2020-02-01", "employer_contingent_fte": float("nan")}])
    assert err.value.field == "employment[0].employer_contingent_fte"
    # A finite float that converts exactly is fine (docs/format.md).
    assert lde.Enterprise(allocation_number="LDE-1", legal_form="vzw",
                          dmfa={"2026-Q1": [{"worker": "a", "fraction": 0.8}]}).to_dict()["dmfa"]["2026-Q1"][0][
        "fraction"] == "0.80"


def test_empty_names_and_every_unknown_key():
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.Enterprise(allocation_number="LDE-1", legal_form="")
    assert err.value.field == "legal_form"
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.WorkerDossier.from_json({"birth_date": "1980-01-01", "zz": 1, "rigths": []})
    assert err.value.field == "zz"
    assert 'also unknown: "rigths" (did you mean "rights"?)' in str(err.value)
    with pytest.raises(lde.InvalidArgumentError) as err:
        lde.WorkerDossier.from_json({"birth_date": None})
    assert "got null" in str(err.value) and "null null" not in str(err.value)


def test_repr_in_docs_matches():
    """docs/python.md shows this repr; keep them equal."""
    d = lde.WorkerDossier(
        birth_date="1980-05-10",
        rights=[{"kind": "lde", "granted": "2019-12-01"}],
        employment=[{"employer": "A", "first_day": date("2020-02-01")}],
        absences=[{"first_day": "2021-03-01", "last_day": "2021-04-29", "reason": "illness"}],
    )
    r = lde.evaluate(d, "2025-02-15")
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "python.md").read_text()
    assert repr(r) in doc
    assert (r.trajectory_last_day, r.absence_extension_days) == (date("2025-04-01"), 60)
