"""Readings that changed answers: I-22 (competence months as a period), I-25 (the last right named),
I-17 (exact scale average), I-23 (a rate changing inside a period), through the Python API."""
import json

import lde
from helpers import date


def _worker(first, months):
    return lde.WorkerDossier(birth_date="1980-05-10",
                             rights=[{"kind": "lde", "granted": "2020-01-01"}],
                             employment=[{"employer": "A", "first_day": date(first)}],
                             competence_extensions=[{"months": months, "approved": "2024-10-01"}])


def test_i22_competence_months_are_a_period():
    assert lde.evaluate(_worker("2020-05-01", 1), "2025-05-31").trajectory_last_day == date("2025-05-31")
    assert lde.evaluate(_worker("2020-03-01", 6), "2025-08-31").trajectory_last_day == date("2025-08-31")


def test_i25_the_last_right_in_force_is_named():
    w = lde.WorkerDossier(birth_date="1980-05-10", rights=[{"kind": "lde", "granted": "2020-01-10"}])
    d = lde.evaluate(w, "2025-01-10")
    assert not d.right_valid
    assert d.right_kind == "lde"
    assert d.right_granted == date("2020-01-10")
    assert d.right_last_day == date("2025-01-09")
    assert d.right_ended == "expired"
    assert lde.evaluate(w, "2025-01-09").right_ended is None
    before = lde.evaluate(w, "2019-12-31")
    assert before.right_kind is None and before.right_ended is None


def test_i17_and_i23_in_the_json_decision():
    def q(n, last=None):
        lines = [{"worker": f"w{i}", "fraction": "1.00"} for i in range(n)]
        if last:
            lines.append({"worker": "x", "fraction": last})
        return lines
    ent = {"allocation_number": "LDE-0042", "legal_form": "vzw", "seat": "flanders", "converted": True,
           "contingent": [{"from": "2015-04-01", "fte": "10.00"}],
           "hires": {"2026-01": "10.00", "2026-02": "10.00", "2026-03": "10.00"},
           "dmfa": {"2026-Q1": q(10), "2026-Q2": q(5), "2026-Q3": q(5), "2026-Q4": q(4, "0.99")}}
    out = json.loads(lde.evaluate_json(json.dumps({"year": 2026, "enterprise": ent})))
    assert out["scale"]["average_fte"] == "6.2475"  # (10.00 + 5.00 + 5.00 + 4.99) / 4, exact
    ent["dmfa"]["2026-Q1"] = q(5)
    out = json.loads(lde.evaluate_json(json.dumps({"year": 2026, "enterprise": ent})))
    assert out["scale"]["average_fte"] == "4.9975" and out["scale"]["compliant"] is False
    ent["dmfa"]["2026-Q1"] = q(10)
    raise_ = {"compensation.annual_rate_per_fte": [{"from": "2026-03-01", "value": "13000.00", "source": "test"}]}
    out = json.loads(lde.evaluate_json(json.dumps({"year": 2026, "enterprise": ent, "parameters": raise_})))
    assert out["advances"]["2026-03"] == "11041.10"
    assert out["quarter_rights"]["2026-Q1"] == "31408.22"
    assert out["settlements"]["2026-Q1"] == "0.00"
