"""Hires registered per month given one by one (issue 4; I-14, I-20): the filled FTE is the exact
sum of the hires' contractual fractions, through the JSON path of lde.Enterprise."""
import pickle

import pytest

import lde

CONTINGENT = [{"from": "2015-04-01", "fte": "10.00"}]


def enterprise(hires):
    return lde.Enterprise(allocation_number="LDE-0042", legal_form="vzw", contingent=CONTINGENT, hires=hires)


def test_a_list_of_fractions_is_summed_exactly():
    e = enterprise({"2026-01": ["1.00", "0.50", 0.8], "2026-02": "9.50"})
    d = lde.evaluate_enterprise(e, 2026)
    # 12600 x (1.00 + 0.50 + 0.80) / 365 x 31 = 2461.3150... -> 2461.32; 12600 x 9.50 / 365 x 28 = 9182.47
    assert d.advances["2026-01"] == "2461.32"
    assert d.advances["2026-02"] == "9182.47"
    # The same month as a total gives the same advance.
    assert lde.evaluate_enterprise(enterprise({"2026-01": "2.30"}), 2026).advances["2026-01"] == "2461.32"
    # The trace of the advance records the number of hires and their sum.
    step = next(s for s in d.to_dict()["trace"]
                if s["rule"] == "enterprise.compensation.monthly_advance" and s["inputs"]["month"] == "2026-01")
    assert step["inputs"]["hires.count"] == "3"
    assert step["inputs"]["hires.fraction_sum"] == "2.30"
    # Each month keeps its form through to_dict and pickle; the population engine agrees.
    assert e.to_dict()["hires"] == {"2026-01": ["1.00", "0.50", "0.80"], "2026-02": "9.50"}
    assert pickle.loads(pickle.dumps(e)).to_dict()["hires"] == e.to_dict()["hires"]
    months = lde.enterprise_schedules([e], 2026).months
    assert int(months.loc[months.month == 1, "advance_cents"].iloc[0]) == 246132


@pytest.mark.parametrize("hires, field", [
    ({"2026-01": ["1.00", "1.20"]}, "hires.2026-01[1]"),
    ({"2026-01": ["0.50", "0.50", -0.1]}, "hires.2026-01[2]"),
    ({"2026-03": [float("nan")]}, "hires.2026-03[0]"),
    ({"2026-01": [True]}, "hires.2026-01[0]"),
])
def test_a_fraction_outside_0_1_names_the_hire(hires, field):
    with pytest.raises(lde.Error) as err:
        enterprise(hires)
    assert err.value.field == field
