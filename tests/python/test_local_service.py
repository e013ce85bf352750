"""Local services and the DAEB rules from Python (lde.LocalService, lde.evaluate_local_service): the worked
example of docs/rules/local-services.md, the same decision as lde.evaluate_json, errors naming the field, and
properties of the compensation cap (I-26) and the co-funding deduction (I-27) over random amounts."""
import datetime as dt
import json
import pickle
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lde

ELEMENTS = ["enterprise_name_address", "duration", "service_description", "compensation_mechanism",
            "overcompensation_arrangements", "legal_basis", "non_transferability", "daeb_reference"]
PARTS = ["policy", "service_impact", "employment", "target_group", "budgetary", "local_supply", "long_term",
         "flemish_policy"]
RESTAURANT = {
    "name": "sociaal restaurant", "klaverblad": "local", "trajectories": "local", "daeb_declared_by": "college",
    "assignment": {"given_by": "ocmw_council", "submitted_to_department": True, "legally_binding": True,
                   "elements": ELEMENTS},
    "market": {"situation": "not_provided"},
    "impact_analysis": {"drawn_up_by": "college", "parts": PARTS,
                        "advice": {"forum": "local_employment_forum", "trade_unions": True,
                                   "employers_organisations": True}},
}


def euro(c):
    """Cents as exact euro text ("1234.56")."""
    return f"{c // 100}.{c % 100:02d}"


def cents(text):
    return int(Decimal(text) * 100)


def test_worked_example_compensation_cap():
    svc = lde.LocalService(**RESTAURANT, compensation={
        "first_day": "2024-01-01", "last_day": "2024-12-31", "costs": "100000.00", "revenues": "20000.00",
        "capital_employed": "50000.00", "swap_rate_percent": "2.50", "compensation": "81750.01"})
    d = lde.evaluate_local_service(svc, dt.date(2024, 6, 1))
    assert d.may_execute and d.overcompensated
    assert d.failing == ["overcompensation"]
    assert d.compensation["cap"] == "81750.00"
    assert d.compensation["overcompensation"] == "0.01"
    assert d.klaverblad == "local" and d.at == dt.date(2024, 6, 1)
    assert d.check("daeb_declaration")["rule"] == "local_service.daeb.declared_by"
    assert [n["rule"] for n in d.notes] == ["local_service.notes", "local_service.notes"]
    assert any(step["rule"] == "local_service.compensation.cap" for step in d.trace)
    # The same decision as the JSON front end.
    same = json.loads(lde.evaluate_json({"at": "2024-06-01", "local_service": svc.to_dict()}))
    assert same == d.to_dict()
    # A reform of the premium (I-26 parameter) through Parameters.with_changes.
    reform = lde.Parameters.default().with_changes({"daeb.reasonable_profit_premium_percent": "2.00"})
    r = lde.evaluate_local_service(svc, "2024-06-01", reform)
    assert r.compensation["cap"] == "82250.00" and not r.overcompensated


def test_round_trip_and_pickle():
    svc = lde.LocalService(**RESTAURANT)
    again = pickle.loads(pickle.dumps(svc))
    assert again.to_json() == svc.to_json()
    assert lde.LocalService.from_json(svc.to_json()).to_dict() == svc.to_dict()
    assert "sociaal restaurant" in repr(svc)


def test_missing_element_and_wrong_bodies():
    body = json.loads(json.dumps(RESTAURANT))
    body["assignment"]["elements"] = [e for e in ELEMENTS if e != "legal_basis"]
    body["impact_analysis"]["drawn_up_by"] = "ocmw_council"
    d = lde.evaluate_local_service(lde.LocalService.from_json(body), "2024-06-01", trace=False)
    assert not d.may_execute
    assert d.failing == ["decision_missing_elements", "impact_analysis_wrong_body"]
    assert d.check("decision")["missing"] == ["legal_basis"]
    assert d.trace == []


@pytest.mark.parametrize("change, code, field", [
    ({"compensation": {"first_day": "2024-01-01", "last_day": "2024-12-31", "costs": "-1.00", "revenues": "0",
                       "capital_employed": "0", "swap_rate_percent": "1", "compensation": "0"}},
     "invalid_argument", "compensation.costs"),
    ({"compensation": {"first_day": "2024-01-01", "last_day": "2024-12-31", "costs": "1.00", "revenues": "0",
                       "capital_employed": "0", "swap_rate_percent": "-7", "compensation": "0"}},
     "out_of_range", "compensation.swap_rate_percent"),
    ({"compensation": {"first_day": "2024-01-01", "last_day": "2024-12-31", "costs": "1.00", "revenues": "0",
                       "capital_employed": "0", "swap_rate_percent": "NaN", "compensation": "0"}},
     "parse_error", "compensation.swap_rate_percent"),
    ({"daeb_declared_by": "burgemeester"}, "invalid_argument", "daeb_declared_by"),
    ({"co_funding": {"first_day": "2024-07-01", "last_day": "2024-06-30", "trajectory_compensation": "0",
                     "local_co_funding": "0", "net_cost": "0"}}, "invalid_date", "co_funding.last_day"),
])
def test_named_errors(change, code, field):
    with pytest.raises(lde.Error) as e:
        lde.LocalService(**dict(RESTAURANT, **change))
    assert e.value.code == code
    assert e.value.field == field


def test_python_argument_errors():
    with pytest.raises(lde.InvalidArgumentError) as e:
        lde.LocalService(**RESTAURANT, colour="red")
    assert e.value.field == "colour"
    with pytest.raises(lde.InvalidArgumentError):
        lde.evaluate_local_service("not a service", "2024-01-01")
    with pytest.raises(lde.InvalidArgumentError):
        lde.evaluate_local_service(lde.LocalService(**RESTAURANT), 20240101)
    with pytest.raises(lde.InvalidArgumentError):
        lde.evaluate_local_service(lde.LocalService(**RESTAURANT), "2024-01-01").check("colour")


def year_share(first, last):
    share, day = Fraction(0), first
    while day <= last:
        year_days = 366 if (day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)) else 365
        share += Fraction(1, year_days)
        day += dt.timedelta(days=1)
    return share


def round_half_away(x):
    """An exact fraction rounded to an integer, half away from zero (I-12)."""
    sign = -1 if x < 0 else 1
    n, r = divmod(abs(x.numerator), x.denominator)
    return sign * (n + (1 if 2 * r >= x.denominator else 0))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(costs=st.integers(0, 10**9), revenues=st.integers(0, 10**9), capital=st.integers(0, 10**9),
       swap=st.integers(-50000, 100000), paid=st.integers(0, 2 * 10**9),
       start=st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)), days=st.integers(0, 800))
def test_cap_property(costs, revenues, capital, swap, paid, start, days):
    """I-26 computed independently: cap = max(0, net + round(max(0, swap + 1 %) x capital x share)),
    overcompensation = max(0, paid - cap)."""
    last = start + dt.timedelta(days=days)
    rate = Fraction(max(0, swap + 10000), 1000000)
    profit = round_half_away(rate * capital * year_share(start, last))
    cap = max(0, costs - revenues + profit)
    svc = lde.LocalService(**RESTAURANT, compensation={
        "first_day": start.isoformat(), "last_day": last.isoformat(), "costs": euro(costs),
        "revenues": euro(revenues), "capital_employed": euro(capital),
        "swap_rate_percent": str(Decimal(swap) / 10000), "compensation": euro(paid)})
    c = lde.evaluate_local_service(svc, "2024-06-01", trace=False).compensation
    assert cents(c["max_profit"]) == profit
    assert cents(c["cap"]) == cap
    assert cents(c["overcompensation"]) == max(0, paid - cap)
    assert c["met"] == (paid <= cap)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(traj=st.integers(0, 10**9), local=st.integers(0, 10**9), net=st.integers(0, 2 * 10**9))
def test_co_funding_property(traj, local, net):
    """I-27: the deduction is the overcompensation, at most the co-funding; never below the net cost's due."""
    svc = lde.LocalService(**RESTAURANT, co_funding={
        "first_day": "2024-01-01", "last_day": "2024-12-31", "trajectory_compensation": euro(traj),
        "local_co_funding": euro(local), "net_cost": euro(net)})
    c = lde.evaluate_local_service(svc, "2024-06-01", trace=False).co_funding
    over = max(0, traj + local - net)
    assert cents(c["overcompensation"]) == over
    assert cents(c["deduction"]) == min(over, local)
    assert cents(c["trajectory_compensation_after"]) == traj - min(over, local)
    # What the enterprise keeps for insertion and guidance is at least the net cost, or all of it when below.
    assert traj - min(over, local) + local >= min(net, traj + local)
